/** Labels and sentences of the overview page, keyed by language; sentences are functions of the figures they embed. */
import type { Lang } from './ui.ts';

export interface OverviewPlan {
  title: string;
  start: number;
  end: number;
  baseline: number;
  /** The plan status label (征求意见稿 / Draft for comment). */
  status: string;
  indicators: number;
  programmes: number;
  milestones: number;
}

export interface CapabilityCounts {
  total: number;
  operating: number;
  building: number;
  planned: number;
}

const zh = {
  description: (p: OverviewPlan) =>
    `${p.title}（${p.start}–${p.end}年）的20项主要指标、重点专栏、“3+3”平台和“四重”目录的实施进展。`,
  lede: (p: OverviewPlan) =>
    `规划期 ${p.start}–${p.end} 年，基期 ${p.baseline} 年。规划文本状态：${p.status}。本站按年度跟踪 ${p.indicators} 项主要指标、${p.programmes} 个重点专栏的 ${p.milestones} 项目标与成果、“3+3”公共服务平台和“四重”目录。`,
  laggingBinding: '滞后的约束性指标',
  laggingLine: (latest: string, end: number, target: string) =>
    `最新 ${latest}，${end}年目标 ${target}`,
  status: '主要指标进展',
  noPlanData: (start: number, end: number, n: number) =>
    `规划期（${start}–${end}年）的年度数据尚未发布，${n} 项指标目前均为“暂无数据”。数据发布后，本站按评估方法自动判断每项指标的进度。`,
  standing: (year: number, n: number) =>
    `截至 ${year} 年数据，${n} 项指标的进展如下（约束性指标另列）。`,
  allIndicators: (n: number) => `全部指标（${n} 项）`,
  bindingTargets: (n: number) => `约束性指标（${n} 项）`,
  timeElapsed: (n: number, N: number) => `时间进度：已过 ${n} / ${N} 年。`,
  indicators: '20 项主要指标',
  indicatorCaption: '专栏1 “十五五”时期药品安全及促进高质量发展主要指标',
  baselineHeading: (y: number) => `${y}年基期值`,
  targetHeading: (y: number) => `${y}年目标值`,
  programmes: '重点专栏',
  platforms: '“3+3”公共服务平台',
  capabilities: (c: CapabilityCounts) =>
    `${c.total} 项功能：已运行 ${c.operating}、建设中 ${c.building}、规划中 ${c.planned}。`,
  keyItems: '“四重”目录',
};

const en: typeof zh = {
  description: (p) =>
    `Progress of the ${p.title}: its headline indicators, key programmes, 3+3 platforms and key items.`,
  lede: (p) =>
    `Plan period ${p.start}–${p.end}, baseline year ${p.baseline}. Plan status: ${p.status.toLowerCase()}. This site tracks ${p.indicators} headline indicators, ${p.milestones} targets and deliverables of ${p.programmes} key programmes, the 3+3 platforms and the key-items catalogue.`,
  laggingBinding: 'Binding targets lagging',
  laggingLine: (latest, end, target) => `latest ${latest}, ${end} target ${target}`,
  status: 'Where the indicators stand',
  noPlanData: (start, end, n) =>
    `No plan-period (${start}–${end}) figures have been published yet, so all ${n} indicators show “no data yet”. Once figures arrive, each indicator's status is computed by the published methodology.`,
  standing: (year, n) =>
    `Using figures up to ${year}, the ${n} indicators stand as follows (binding targets counted apart).`,
  allIndicators: (n) => `All indicators (${n})`,
  bindingTargets: (n) => `Binding targets (${n})`,
  timeElapsed: (n, N) => `Time elapsed: ${n} of ${N} years.`,
  indicators: 'The headline indicators',
  indicatorCaption: 'Box 1: headline indicators',
  baselineHeading: (y) => `${y} baseline`,
  targetHeading: (y) => `${y} target`,
  programmes: 'Key programmes',
  platforms: 'The 3+3 public service platforms',
  capabilities: (c) =>
    `${c.total} capabilities: ${c.operating} operating, ${c.building} being built, ${c.planned} planned.`,
  keyItems: 'Key items (四重)',
};

export const OVERVIEW_UI: Record<Lang, typeof zh> = { zh, en };
