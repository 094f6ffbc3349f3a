/** Labels and sentences of the methodology page, keyed by language; sentences are functions of the plan years. */
import type { Lang } from './ui.ts';

/** The years a methodology sentence embeds: baseline B0, end T0 and the plan length N. */
export interface PlanYears {
  B0: number;
  T0: number;
  N: number;
}

export interface ThresholdTexts {
  ahead: string;
  onTrack: string;
  atRisk: string;
}

const zh = {
  description: '本站如何计算每项目标的当前值、应达值、进度比和进度状态，含阈值和算例。',
  lede: ({ T0 }: PlanYears) =>
    `每项指标都回答一个问题：按现在的进度，${T0} 年能否完成目标？本站参照我国规划年度监测、中期评估（2028年）和总结评估（2030年）的做法，以及联合国可持续发展目标进展图的“进度比”方法，按指标的计算方式分别计算。每个指标页面都列出计算所用的数字，读者可以自行复算。`,
  terms: '符号',
  termB: ({ B0 }: PlanYears) => `基期值（${B0} 年）；规划未给基期值时，以规划期第一个数据为起点`,
  termT: ({ T0 }: PlanYears) => `目标值（${T0} 年）；区间目标取下限`,
  termN: ({ B0, N }: PlanYears) => `已过年数（有数据的最近一年减 ${B0}）/ 规划年数 ${N}`,
  termC: '当前值：水平值、年度值取最近一年；累计值取规划期逐年之和；平均值取规划期逐年平均',
  termE: '应达值：水平值、年度值为 B + (T − B) × n ÷ N；累计值为 T × n ÷ N；平均值为 T',
  termR: '进度比：水平值、年度值为 (C − B) ÷ (E − B)；累计值为 C ÷ E',
  maintain:
    '目标值等于基期值时为“保持”目标：达到即完成，未达到即滞后。平均值目标在 2030 年前看其余年份所需的平均值 (N × T − 已有年份之和) ÷ (N − n) 是否还能做到（百分比不能超过 100%）；做不到即为滞后。年度报告只使用该年及以前的数据，所以 2028 年中期评估的结论不会被后来的数据改写。',
  status: '状态与阈值',
  thresholds: (x: ThresholdTexts) =>
    `阈值保存在数据文件 status-thresholds.csv 中，当前为：快于预期 ${x.ahead}、进度正常 ${x.onTrack}、略有滞后 ${x.atRisk}。0.95 是联合国可持续发展目标进展图和 Open SDG 使用的“达标线”。约束性指标没有“略有滞后”一档。`,
  final: '规划期末的判定（总结评估）',
  finalText: (end: number) =>
    `规划期最后一年（${end}年）的数据报送后，有该年数据的每项指标和量化目标只判“已完成”或“未完成”：达到目标即已完成，未达到即未完成，不再按进度比 r 判为快于预期、进度正常、略有滞后或滞后。例如某项指标 ${end - 1} 年 r = 0.96（进度正常），${end} 年仍未达到目标，总结评估中判为未完成。累计值目标看五年累计数，平均值目标看五年平均数。缺少 ${end} 年数据的，仍按最近一年的数据和上述规则判断，总结评估报告会注明有几项。`,
  examples: '算例',
  examplesLede: '以下算例中的数字为说明而设，不是实际数据；结论由本站的计算程序实际算出。',
  verdict: '结论：',
  example: {
    annual: {
      title: '水平值、年度值（如抽检数量 批次/年）',
      setup: ({ B0, T0 }: PlanYears) =>
        `基期 ${B0} 年 3500，目标 ${T0} 年 ≥3800；${B0 + 2} 年实际 3700。`,
    },
    ceiling: {
      title: '上限目标（如审评时限 ≤60 工作日）',
      setup: ({ B0 }: PlanYears) =>
        `基期 200，目标 ≤60；${B0 + 2} 年实际 120。数值越小越好，公式不变。`,
    },
    cumulative: {
      title: '累计值（〔〕五年累计数，如课题数〔62〕）',
      setup: ({ B0 }: PlanYears) => `五年目标 62 项；${B0 + 1} 年 13 项、${B0 + 2} 年 12 项。`,
    },
    average: {
      title: '平均值（*五年平均数，如码级追溯覆盖率 100%*，约束性）',
      setup: ({ B0 }: PlanYears) =>
        `五年平均目标 100%；${B0 + 1} 年 99.2%。其余年份每年都要超过 100% 才能补足，已不可能。`,
    },
  },
};

const en: typeof zh = {
  description:
    'How the site computes current value, expected value, progress ratio and status, with thresholds and worked examples.',
  lede: ({ T0 }) =>
    `Each indicator answers one question: at the current pace, will the ${T0} target be met? The site follows Chinese plan monitoring (annual monitoring, the 2028 mid-term and 2030 final reviews) and the progress-ratio method of the UN SDG progress chart, with rules per kind of target. Every indicator page lists the numbers used, so anyone can recompute its status.`,
  terms: 'Terms',
  termB: ({ B0 }) =>
    `baseline (${B0}); where the plan gives none, the first plan-period figure starts the path`,
  termT: ({ T0 }) => `target (${T0}); for a range, its lower end`,
  termN: ({ B0, N }) => `years elapsed (latest year with data minus ${B0}) / plan years ${N}`,
  termC:
    'current value: the latest year (level, annual), the running total (cumulative) or the running mean (average)',
  termE:
    'expected by now: B + (T − B) × n / N (level, annual); T × n / N (cumulative); T (average)',
  termR: 'progress ratio: (C − B) / (E − B) for level and annual; C / E for cumulative',
  maintain:
    'Where the target equals the baseline it is a “maintain” target: met or behind. Before 2030, an average target checks whether the mean still needed in the remaining years, (N × T − sum so far) / (N − n), is achievable (at most 100% for a percentage); if not, it is behind. A report for a year uses only figures up to that year, so the 2028 mid-term review stays what it was.',
  status: 'Statuses and thresholds',
  thresholds: (x) =>
    `Thresholds live in the data file status-thresholds.csv; currently ahead ${x.ahead}, on track ${x.onTrack}, at risk ${x.atRisk}. 0.95 is the on-track line of the UN SDG progress chart and Open SDG. Binding targets have no “slightly behind” band.`,
  final: 'The final verdict (final review)',
  finalText: (end) =>
    `Once the figures for the plan's last year (${end}) are in, every indicator and quantity target with a figure for that year is either achieved (target met) or missed (not met): r no longer makes it ahead, on track, slightly behind or behind. A target at r = 0.96 (on track) in ${end - 1} that still falls short in ${end} is missed in the final review. Cumulative targets are judged on the five-year total, average targets on the five-year mean. A target without a ${end} figure is still judged on its latest year by the rules above, and the final review says how many there are.`,
  examples: 'Worked examples',
  examplesLede:
    'The figures below are illustrative, not real data; the verdicts are produced by the site’s own engine.',
  verdict: 'Verdict: ',
  example: {
    annual: {
      title: 'Level or annual figure (e.g. inspections per year)',
      setup: ({ B0, T0 }) => `Baseline ${B0}: 3500; target ${T0}: ≥3800; actual ${B0 + 2}: 3700.`,
    },
    ceiling: {
      title: 'A ceiling (e.g. review time ≤ 60 working days)',
      setup: ({ B0 }) =>
        `Baseline 200, target ≤ 60; actual ${B0 + 2}: 120. Lower is better; the formula is the same.`,
    },
    cumulative: {
      title: 'Five-year total (〔〕, e.g. 〔62〕 projects)',
      setup: ({ B0 }) => `Five-year target 62; ${B0 + 1}: 13, ${B0 + 2}: 12.`,
    },
    average: {
      title: 'Five-year average (*, e.g. traceability coverage 100%*, binding)',
      setup: ({ B0 }) =>
        `Five-year average target 100%; ${B0 + 1}: 99.2%. The remaining years would each need more than 100%, which is impossible.`,
    },
  },
};

export const METHODOLOGY_UI: Record<Lang, typeof zh> = { zh, en };
