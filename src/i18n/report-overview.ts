/** The sentences of the report's sections 一 and 二 (src/lib/report/indicators.ts), keyed by language. */
import type { Lang } from './ui.ts';

/** The figures the overall-progress sentences embed. */
export interface OverviewFacts {
  year: number;
  start: number;
  end: number;
  indicators: number;
  /** n of N years passed, and n / N as a percentage. */
  n: number;
  N: number;
  time: number;
  assessed: number;
  achieved: number;
  missed: number;
  bindingMissed: number;
  good: number;
  goodPercent: number;
  lagging: number;
  laggingBinding: number;
  shares: number;
  onPace: number;
  midTerm: boolean;
}

const zh = {
  noData: (f: Pick<OverviewFacts, 'year' | 'start' | 'end' | 'indicators'>) =>
    `截至 ${f.year} 年，规划期（${f.start}–${f.end}年）的年度数据尚未报送，${f.indicators} 项指标均为“暂无数据”，本报告暂不作进度判断。`,
  final: (f: OverviewFacts) => {
    const rest = f.assessed - f.achieved - f.missed;
    return `规划期已结束。有数据的 ${f.assessed} 项指标中，已完成 ${f.achieved} 项，未完成 ${f.missed} 项（其中约束性指标 ${f.bindingMissed} 项）${rest > 0 ? `；另有 ${rest} 项缺少 ${f.end} 年数据，仍按最近一年的数据判断` : ''}。`;
  },
  verdict: (f: OverviewFacts) =>
    `规划期已过 ${f.n} 年（共 ${f.N} 年，时间进度 ${f.time}%）。有数据的 ${f.assessed} 项指标中，已完成、快于预期或进度正常的 ${f.good} 项（${f.goodPercent}%），滞后或略有滞后的 ${f.lagging} 项，其中约束性指标 ${f.laggingBinding} 项。`,
  pace: (f: OverviewFacts) =>
    `${f.midTerm ? '按“时间过半、任务过半”的要求，' : ''}在可计算完成进度（已完成目标增量的比例）的 ${f.shares} 项指标中，${f.onPace} 项的完成进度达到或超过时间进度 ${f.time}%。`,
  expectedNote:
    '“应达值”为按直线路径截至最新数据年份应达到的水平；每项状态的判定依据见附件2。〔 〕内为五年累计数。',
  noneLagging: '没有滞后、略有滞后或未完成的指标。',
  sep: '：',
};

const en: typeof zh = {
  noData: (f) =>
    `As of ${f.year} no plan-period figures have been reported; all ${f.indicators} indicators show “no data yet” and no progress is judged.`,
  final: (f) => {
    const rest = f.assessed - f.achieved - f.missed;
    return `The plan period is over. Of ${f.assessed} indicators with data, ${f.achieved} are achieved and ${f.missed} missed (${f.bindingMissed} of them binding)${rest > 0 ? `; ${rest} lack a ${f.end} figure and are still judged on their latest year` : ''}.`;
  },
  verdict: (f) =>
    `${f.n} of ${f.N} years have passed (${f.time}% of the period). Of ${f.assessed} indicators with data, ${f.good} (${f.goodPercent}%) are achieved, ahead or on track and ${f.lagging} are behind or slightly behind, ${f.laggingBinding} of them binding.`,
  pace: (f) =>
    `${f.midTerm ? 'Against the mid-term rule “half the time, half the work”: ' : ''}of ${f.shares} indicators whose share of the way to target can be computed, ${f.onPace} have covered at least the ${f.time}% of the period elapsed.`,
  expectedNote:
    '“Expected by now” is where the straight path says the figure should be in its latest year; Annex 2 gives the rule behind each status. Figures in 〔 〕 are five-year totals.',
  noneLagging: 'No indicator is behind, slightly behind or missed.',
  sep: ': ',
};

export const REPORT_OVERVIEW_UI: Record<Lang, typeof zh> = { zh, en };
