/** The sentences of the report's sections 五, 六 and annex 2 (src/lib/report/closing.ts), keyed by language. */
import type { Lang } from './ui.ts';

export interface LaggingFact {
  name: string;
  binding: boolean;
  statusLabel: string;
}

/** The thresholds as printed, the plan's last year and the report year. */
export interface RuleFacts {
  ahead: string;
  onTrack: string;
  atRisk: string;
  end: number;
  year: number;
}

const zh = {
  /** The office's text of one scope, named: （药品抽检数量）…. */
  named: (name: string, text: string) => `（${name}）${text}`,
  column: (n: number) => `专栏${n}`,
  lagging: (facts: LaggingFact[], final: boolean) =>
    `从数据看，${facts.length} 项指标${final ? '未完成或' : ''}进度滞后：${facts.map((f) => `${f.name}（${f.binding ? '约束性，' : ''}${f.statusLabel}）`).join('；')}。`,
  rules: (r: RuleFacts) =>
    `进度比 r = (C − B) ÷ (E − B)：B 为基期值，C 为最新实际值（累计值目标为累计数，平均值目标为平均数），E 为按基期值到${r.end}年目标的直线路径截至最新数据年份应达到的值。r ≥ ${r.ahead} 为快于预期，${r.onTrack} ≤ r < ${r.ahead} 为进度正常，${r.atRisk} ≤ r < ${r.onTrack} 为略有滞后（仅预期性指标；约束性指标 r < ${r.onTrack} 即为滞后），更低为滞后。达到目标为已完成（${r.end}年前达到为提前实现）。规划期最后一年（${r.end}年）只判已完成或未完成，不再按 r 判断。本报告只使用${r.year}年及以前的数据。`,
};

const en: typeof zh = {
  named: (name, text) => `(${name}) ${text}`,
  column: (n) => `Column ${n}`,
  lagging: (facts, final) =>
    `The data show ${facts.length} indicator(s) ${final ? 'missed or ' : ''}lagging: ${facts.map((f) => `${f.name} (${f.binding ? 'binding, ' : ''}${f.statusLabel})`).join('; ')}.`,
  rules: (r) =>
    `Progress ratio r = (C − B) / (E − B): B the baseline, C the latest figure (the running total or mean for cumulative and average targets), E where the straight path from the baseline to the ${r.end} target says the figure should be in its latest year. r ≥ ${r.ahead} is ahead, ${r.onTrack} ≤ r < ${r.ahead} on track, ${r.atRisk} ≤ r < ${r.onTrack} slightly behind (expected targets only; a binding target below ${r.onTrack} is behind), lower is behind. A target met is achieved (achieved early before ${r.end}). In the plan's last year (${r.end}) a target is only achieved or missed; r no longer grades it. This report uses figures up to ${r.year} only.`,
};

export const REPORT_CLOSING_UI: Record<Lang, typeof zh> = { zh, en };
