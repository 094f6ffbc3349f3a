/** The sentences of the report's sections 三 and 四 (src/lib/report/tasks.ts), keyed by language. */
import type { Lang } from './ui.ts';

export interface ProgrammeCounts {
  year: number;
  quantity: number;
  withData: number;
  deliverables: number;
  done: number;
  inProgress: number;
  notStarted: number;
}

const zh = {
  /** A quantity target's latest figure: 3600 批次/年（2027）. */
  latest: (value: string, year: number) => `${value}（${year}）`,
  programmesAwaiting: '各专栏推进情况分析',
  programmeHeading: (col: number, title: string) => `专栏${col}\u3000${title}`,
  programmeCounts: (n: ProgrammeCounts) =>
    `量化目标 ${n.quantity} 项，其中有数据 ${n.withData} 项；成果事项 ${n.deliverables} 项，截至${n.year}年底已完成 ${n.done} 项、推进中 ${n.inProgress} 项、未开始 ${n.notStarted} 项。`,
  targetDue: '目标 · 时限',
  capabilitySep: '、',
  platformText: (name: string, section: string, text: string) => `${name}（${section}）：${text}`,
  platformsAwaiting: '平台建设情况分析',
  noKeyItems: '“四重”目录尚未公布入选项目，暂无统计。',
  total: '合计',
};

const en: typeof zh = {
  latest: (value, year) => `${value}（${year}）`,
  programmesAwaiting: 'analysis of each programme',
  programmeHeading: (col, title) => `Column ${col}: ${title}`,
  programmeCounts: (n) =>
    `${n.quantity} quantified targets, ${n.withData} with data; ${n.deliverables} deliverables: by the end of ${n.year} ${n.done} done, ${n.inProgress} in progress, ${n.notStarted} not started.`,
  targetDue: 'Target · due',
  capabilitySep: '; ',
  platformText: (name, section, text) => `${name} (${section}): ${text}`,
  platformsAwaiting: 'analysis of the platforms',
  noKeyItems: 'No item of the “four key” catalogue has been published yet.',
  total: 'Total',
};

export const REPORT_TASKS_UI: Record<Lang, typeof zh> = { zh, en };
