/**
 * The progress engine: how far a target has come and what status that earns, exactly as
 * shared/design/methodology.md sets out. Pure functions; every number is reproducible by hand
 * from the figures the indicator page prints.
 *
 * B = baseline (plan.baseline_year), T = target, N = end_year − baseline_year (5),
 * n = latest plan-period year with data − baseline_year, s = +1 for >=, −1 for <=.
 */
import type { Comparator, Measure } from '../schemas/indicator.ts';

export const STATUSES = [
  'achieved',
  'ahead',
  'on-track',
  'at-risk',
  'behind',
  'missed',
  'not-assessable',
  'no-data',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_ZH: Record<Status, string> = {
  achieved: '已完成',
  ahead: '快于预期',
  'on-track': '进度正常',
  'at-risk': '略有滞后',
  behind: '滞后',
  missed: '未完成',
  'not-assessable': '暂无法评估',
  'no-data': '暂无数据',
};

export const STATUS_EN: Record<Status, string> = {
  achieved: 'Achieved',
  ahead: 'Ahead of schedule',
  'on-track': 'On track',
  'at-risk': 'Slightly behind',
  behind: 'Behind',
  missed: 'Missed',
  'not-assessable': 'Not yet assessable',
  'no-data': 'No data yet',
};

export interface Thresholds {
  /** r at or above which a target is ahead (1.10). */
  ahead: number;
  /** r at or above which a target is on track (0.95). */
  onTrack: number;
  /** r at or above which an expected (预期性) target is only at risk (0.80). */
  atRisk: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { ahead: 1.1, onTrack: 0.95, atRisk: 0.8 };

export interface PlanPeriod {
  baselineYear: number;
  startYear: number;
  endYear: number;
}

export interface TargetSpec {
  baseline: number | null;
  target: number;
  /** Upper end of a range; reaching the lower end (target) meets it. */
  targetMax: number | null;
  comparator: Comparator;
  measure: Measure;
  /** 约束性: any r below the on-track line is behind, there is no at-risk band. */
  binding: boolean;
  /** Percentages cap an average's required mean at 100. */
  percent: boolean;
}

export interface Observation {
  year: number;
  value: number;
  provisional: boolean;
}

export interface Assessment {
  status: Status;
  /** Latest plan-period year with data (≤ the year assessed), or null. */
  latestYear: number | null;
  /** C: the latest value, the running total, or the running mean, depending on the measure. */
  currentValue: number | null;
  /** E: where the target should be by now. */
  expectedValue: number | null;
  /** r: the progress ratio, where the measure defines one. */
  progressRatio: number | null;
  /** For averages: the mean still needed in each remaining year. */
  requiredMean: number | null;
  /** Whether the target's condition is met by C. */
  met: boolean;
  /** Any counted observation is provisional (初步数). */
  provisional: boolean;
  /** Years elapsed n and plan length N. */
  n: number | null;
  N: number;
  /** How the status was reached, in Chinese and in English. */
  rule: string;
  ruleEn: string;
}

/** Round for display and for the API: 4 decimals, no float noise. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const fmt = (v: number) => String(round(v, 4));
const fmtR = (v: number) => v.toFixed(2);
/** Thresholds as the methodology writes them: 1.10, 0.95, 0.80. */
export const fmtThreshold = (v: number) => v.toFixed(2);

/** Direction of good: +1 when higher is better. For `=`, towards the target from the start. */
function direction(spec: TargetSpec, start: number | null): 1 | -1 {
  if (spec.comparator === '<=') return -1;
  if (spec.comparator === '>=') return 1;
  return start !== null && start > spec.target ? -1 : 1;
}

/** Whether C meets T under the comparator (ranges: reaching the lower end is enough). */
export function meets(value: number, spec: TargetSpec): boolean {
  const eps = 1e-9;
  if (spec.comparator === '>=') return value >= spec.target - eps;
  if (spec.comparator === '<=') return value <= spec.target + eps;
  return Math.abs(value - spec.target) <= eps;
}

/** Classify a progress ratio with the thresholds; binding targets have no at-risk band. */
export function classify(r: number, binding: boolean, t: Thresholds): Status {
  if (r >= t.ahead) return 'ahead';
  if (r >= t.onTrack) return 'on-track';
  if (!binding && r >= t.atRisk) return 'at-risk';
  return 'behind';
}

function bandText(r: number, binding: boolean, t: Thresholds, status: Status): [string, string] {
  const zh = STATUS_ZH[status];
  const en = STATUS_EN[status].toLowerCase();
  if (status === 'ahead')
    return [
      `r = ${fmtR(r)} ≥ ${fmtThreshold(t.ahead)}，${zh}`,
      `r = ${fmtR(r)} ≥ ${fmtThreshold(t.ahead)}: ${en}`,
    ];
  if (status === 'on-track')
    return [
      `${fmtThreshold(t.onTrack)} ≤ r = ${fmtR(r)} < ${fmtThreshold(t.ahead)}，${zh}`,
      `${fmtThreshold(t.onTrack)} ≤ r = ${fmtR(r)} < ${fmtThreshold(t.ahead)}: ${en}`,
    ];
  if (status === 'at-risk')
    return [
      `${fmtThreshold(t.atRisk)} ≤ r = ${fmtR(r)} < ${fmtThreshold(t.onTrack)}，预期性指标为${zh}`,
      `${fmtThreshold(t.atRisk)} ≤ r = ${fmtR(r)} < ${fmtThreshold(t.onTrack)}: an expected target is ${en}`,
    ];
  return binding
    ? [
        `r = ${fmtR(r)} < ${fmtThreshold(t.onTrack)}，约束性指标为${zh}`,
        `r = ${fmtR(r)} < ${fmtThreshold(t.onTrack)}: a binding target is ${en}`,
      ]
    : [
        `r = ${fmtR(r)} < ${fmtThreshold(t.atRisk)}，${zh}`,
        `r = ${fmtR(r)} < ${fmtThreshold(t.atRisk)}: ${en}`,
      ];
}

/**
 * Assess one target as of `asOfYear`, using only observations of plan-period years ≤ asOfYear.
 * Observations before the plan period (the 14th-plan context) never count.
 */
export function assess(
  spec: TargetSpec,
  observations: readonly Observation[],
  period: PlanPeriod,
  thresholds: Thresholds,
  asOfYear: number = period.endYear,
): Assessment {
  const N = period.endYear - period.baselineYear;
  const used = observations
    .filter((o) => o.year >= period.startYear && o.year <= Math.min(asOfYear, period.endYear))
    .sort((a, b) => a.year - b.year);
  const last = used[used.length - 1];
  const empty = {
    latestYear: null,
    currentValue: null,
    expectedValue: null,
    progressRatio: null,
    requiredMean: null,
    met: false,
    provisional: false,
    n: null,
    N,
  };
  if (!last)
    return {
      ...empty,
      status: 'no-data',
      rule: `规划期（${period.startYear}–${period.endYear}年）尚无${asOfYear < period.endYear ? `截至${asOfYear}年的` : ''}数据，暂不判断进度。`,
      ruleEn: `No plan-period figure${asOfYear < period.endYear ? ` up to ${asOfYear}` : ''} yet; progress is not judged.`,
    };
  const n = last.year - period.baselineYear;
  if (spec.measure === 'cumulative') return assessCumulative(spec, used, n, N, thresholds);
  if (spec.measure === 'average') return assessAverage(spec, used, n, N, thresholds);
  return assessLevel(spec, used, n, N, period, thresholds);
}

function assessLevel(
  spec: TargetSpec,
  used: Observation[],
  n: number,
  N: number,
  period: PlanPeriod,
  t: Thresholds,
): Assessment {
  const last = used[used.length - 1] as Observation;
  const first = used[0] as Observation;
  const C = last.value;
  const T = spec.target;
  const met = meets(C, spec);
  const kind = spec.measure === 'annual' ? '年度值' : '水平值';
  const kindEn = spec.measure === 'annual' ? 'Annual figure' : 'Level';
  const base = {
    latestYear: last.year,
    currentValue: C,
    requiredMean: null,
    provisional: last.provisional,
    n,
    N,
    met,
  };
  const metText: [string, string] = [
    `${kind}：${last.year}年实际值 ${fmt(C)} 已达到目标 ${spec.comparator === '<=' ? '≤' : spec.comparator === '=' ? '=' : '≥'} ${fmt(T)}，${last.year < period.endYear ? '提前实现' : '已完成'}。`,
    `${kindEn}: the ${last.year} figure ${fmt(C)} meets the target ${spec.comparator} ${fmt(T)}${last.year < period.endYear ? ' ahead of time' : ''}.`,
  ];

  // The path starts at the baseline, or, where the plan gives none, at the first plan-period figure.
  let B = spec.baseline;
  let startYear = period.baselineYear;
  if (B === null) {
    B = first.value;
    startYear = first.year;
  }
  const span = period.endYear - startYear;
  const elapsed = last.year - startYear;
  const E = span > 0 ? B + ((T - B) * elapsed) / span : T;
  if (met)
    return {
      ...base,
      status: 'achieved',
      expectedValue: round(E),
      progressRatio: null,
      rule: metText[0],
      ruleEn: metText[1],
    };
  // The final verdict: in the plan's last year a target is met or it is not (未完成), whatever r is.
  if (last.year >= period.endYear) {
    const r = Math.abs(E - B) < 1e-9 ? null : round((C - B) / (E - B));
    return {
      ...base,
      status: 'missed',
      expectedValue: round(E),
      progressRatio: r,
      rule: `${kind}：规划期末（${last.year}年）实际值 ${fmt(C)} 未达到目标 ${fmt(T)}${r === null ? '' : `（进度比 r = ${fmtR(r)}）`}；规划期已结束，不再判断进度，判为未完成。`,
      ruleEn: `${kindEn}: at the end of the plan (${last.year}) the figure ${fmt(C)} falls short of the target ${fmt(T)}${r === null ? '' : ` (progress ratio r = ${fmtR(r)})`}; the period is over, so progress is no longer judged: missed.`,
    };
  }
  if (spec.baseline === null && elapsed === 0)
    return {
      ...base,
      status: 'not-assessable',
      expectedValue: null,
      progressRatio: null,
      rule: `${kind}：规划未给出基期值，只有 ${last.year} 年一个数据（${fmt(C)}），尚未达到目标 ${fmt(T)}；以该年数据为起点，需要下一年的数据才能判断进度。`,
      ruleEn: `${kindEn}: the plan gives no baseline and there is only the ${last.year} figure (${fmt(C)}), short of the target ${fmt(T)}; it starts the path, and a second year is needed to judge progress.`,
    };
  const startText =
    spec.baseline === null
      ? `${startYear}年首个数据 ${fmt(B)}（规划未给基期值）`
      : `基期值 ${fmt(B)}`;
  const startTextEn =
    spec.baseline === null
      ? `the first figure, ${fmt(B)} in ${startYear} (the plan gives no baseline)`
      : `the baseline ${fmt(B)}`;
  if (Math.abs(T - B) < 1e-9) {
    // Target equals the starting point: a "maintain" target, met or behind.
    return {
      ...base,
      status: 'behind',
      expectedValue: round(E),
      progressRatio: null,
      rule: `${kind}：目标 ${fmt(T)} 与${startText}相同，属“保持”目标；${last.year}年实际值 ${fmt(C)} 未达到，判为滞后。`,
      ruleEn: `${kindEn}: the target ${fmt(T)} equals ${startTextEn}, a "maintain" target; the ${last.year} figure ${fmt(C)} falls short, so it is behind.`,
    };
  }
  const r = (C - B) / (E - B);
  const status = classify(r, spec.binding, t);
  const [band, bandEn] = bandText(r, spec.binding, t, status);
  return {
    ...base,
    status,
    expectedValue: round(E),
    progressRatio: round(r),
    rule: `${kind}：按${startText} 到 ${period.endYear} 年目标 ${fmt(T)} 的直线路径，${last.year}年应达 E = ${fmt(round(E))}；实际 C = ${fmt(C)}。进度比 r = (C − B) ÷ (E − B) = (${fmt(C)} − ${fmt(B)}) ÷ (${fmt(round(E))} − ${fmt(B)})；${band}。`,
    ruleEn: `${kindEn}: on the straight path from ${startTextEn} to the ${period.endYear} target ${fmt(T)}, ${last.year} should reach E = ${fmt(round(E))}; actual C = ${fmt(C)}. Progress ratio r = (C − B) / (E − B) = (${fmt(C)} − ${fmt(B)}) / (${fmt(round(E))} − ${fmt(B)}); ${bandEn}.`,
  };
}

function assessCumulative(
  spec: TargetSpec,
  used: Observation[],
  n: number,
  N: number,
  t: Thresholds,
): Assessment {
  const last = used[used.length - 1] as Observation;
  const C = used.reduce((sum, o) => sum + o.value, 0);
  const T = spec.target;
  const E = (T * n) / N;
  const met = meets(C, spec);
  const years = `${used[0]?.year}–${last.year}年`;
  const base = {
    latestYear: last.year,
    currentValue: round(C),
    expectedValue: round(E),
    requiredMean: null,
    provisional: used.some((o) => o.provisional),
    n,
    N,
    met,
  };
  if (met)
    return {
      ...base,
      status: 'achieved',
      progressRatio: round(C / E),
      rule: `累计值：${years}累计 C = ${fmt(round(C))}，已达到五年目标 ${fmt(T)}，${n < N ? '提前实现' : '已完成'}。`,
      ruleEn: `Cumulative: the ${used[0]?.year}–${last.year} total C = ${fmt(round(C))} reaches the five-year target ${fmt(T)}${n < N ? ' ahead of time' : ''}.`,
    };
  const r = C / E;
  if (n >= N)
    return {
      ...base,
      status: 'missed',
      progressRatio: round(r),
      rule: `累计值：${years}累计 C = ${fmt(round(C))}，未达到五年目标 ${fmt(T)}（r = ${fmtR(r)}）；规划期已结束，判为未完成。`,
      ruleEn: `Cumulative: the ${used[0]?.year}–${last.year} total C = ${fmt(round(C))} falls short of the five-year target ${fmt(T)} (r = ${fmtR(r)}); the period is over: missed.`,
    };
  const status = classify(r, spec.binding, t);
  const [band, bandEn] = bandText(r, spec.binding, t, status);
  return {
    ...base,
    status,
    progressRatio: round(r),
    rule: `累计值：${years}累计 C = ${fmt(round(C))}；五年目标 ${fmt(T)} 按年均分，${n} 年应累计 E = ${fmt(T)} × ${n} ÷ ${N} = ${fmt(round(E))}。进度比 r = C ÷ E；${band}。`,
    ruleEn: `Cumulative: the ${used[0]?.year}–${last.year} total is C = ${fmt(round(C))}; spreading the five-year target ${fmt(T)} evenly, ${n} year(s) should give E = ${fmt(T)} × ${n} / ${N} = ${fmt(round(E))}. Progress ratio r = C / E; ${bandEn}.`,
  };
}

function assessAverage(
  spec: TargetSpec,
  used: Observation[],
  n: number,
  N: number,
  t: Thresholds,
): Assessment {
  const last = used[used.length - 1] as Observation;
  const sum = used.reduce((s, o) => s + o.value, 0);
  const mean = sum / used.length;
  const T = spec.target;
  const s = direction(spec, null);
  const met = meets(mean, spec);
  const unit = spec.percent ? '%' : '';
  const base = {
    latestYear: last.year,
    currentValue: round(mean),
    expectedValue: T,
    provisional: used.some((o) => o.provisional),
    n,
    N,
    met,
  };
  const meanText = `${used.length} 年平均 C = ${fmt(round(mean))}${unit}`;
  const meanTextEn = `the mean of ${used.length} year(s) is C = ${fmt(round(mean))}${unit}`;
  if (n >= N)
    return met
      ? {
          ...base,
          status: 'achieved',
          progressRatio: null,
          requiredMean: null,
          rule: `平均值：规划期${meanText}，达到五年平均目标 ${fmt(T)}${unit}，已完成。`,
          ruleEn: `Average: over the plan period ${meanTextEn}, meeting the five-year average target ${fmt(T)}${unit}.`,
        }
      : {
          ...base,
          status: 'missed',
          progressRatio: null,
          requiredMean: null,
          rule: `平均值：规划期${meanText}，未达到五年平均目标 ${fmt(T)}${unit}；规划期已结束，判为未完成。`,
          ruleEn: `Average: over the plan period ${meanTextEn}, short of the five-year average target ${fmt(T)}${unit}; the period is over: missed.`,
        };
  // Before the end: the mean the remaining years still need, (N·T − ΣV) ÷ (N − n), must be feasible.
  const needed = (N * T - sum) / (N - n);
  const feasible = s > 0 ? !spec.percent || needed <= 100 + 1e-9 : needed >= -1e-9;
  const neededText = `其余 ${N - n} 年平均需达 (${N} × ${fmt(T)} − ${fmt(round(sum))}) ÷ ${N - n} = ${fmt(round(needed))}${unit}`;
  const neededTextEn = `the remaining ${N - n} year(s) need a mean of (${N} × ${fmt(T)} − ${fmt(round(sum))}) / ${N - n} = ${fmt(round(needed))}${unit}`;
  if (!feasible)
    return {
      ...base,
      status: 'behind',
      progressRatio: null,
      requiredMean: round(needed),
      rule: `平均值：${meanText}；${neededText}，${s > 0 ? '超过 100%' : '低于 0'}，五年平均目标 ${fmt(T)}${unit} 已无法实现，判为滞后。`,
      ruleEn: `Average: ${meanTextEn}; ${neededTextEn}, which is ${s > 0 ? 'above 100%' : 'below 0'}, so the five-year average target ${fmt(T)}${unit} can no longer be met: behind.`,
    };
  if (met)
    return {
      ...base,
      status: 'on-track',
      progressRatio: null,
      requiredMean: round(needed),
      rule: `平均值：${meanText}，不低于五年平均目标 ${fmt(T)}${unit}；${neededText}，仍可实现，进度正常（五年结束时才能判定完成）。`,
      ruleEn: `Average: ${meanTextEn}, meeting the five-year average target ${fmt(T)}${unit}; ${neededTextEn}, still feasible: on track (completion is judged at the end).`,
    };
  const r = s > 0 ? mean / T : T / mean;
  const status = classify(r, spec.binding, t);
  const [band, bandEn] = bandText(r, spec.binding, t, status);
  return {
    ...base,
    status,
    progressRatio: round(r),
    requiredMean: round(needed),
    rule: `平均值：${meanText}，低于五年平均目标 ${fmt(T)}${unit}；${neededText}，仍可实现。进度比 r = ${s > 0 ? 'C ÷ T' : 'T ÷ C'}；${band}。`,
    ruleEn: `Average: ${meanTextEn}, below the five-year average target ${fmt(T)}${unit}; ${neededTextEn}, still feasible. Progress ratio r = ${s > 0 ? 'C / T' : 'T / C'}; ${bandEn}.`,
  };
}

/**
 * Status in each plan-period year that has a figure, each computed only from figures up to that
 * year: what the annual reports of those years show.
 */
export function statusByYear(
  spec: TargetSpec,
  observations: readonly Observation[],
  period: PlanPeriod,
  thresholds: Thresholds,
): Record<string, Status> {
  const years = [...new Set(observations.map((o) => o.year))]
    .filter((y) => y >= period.startYear && y <= period.endYear)
    .sort((a, b) => a - b);
  return Object.fromEntries(
    years.map((y) => [String(y), assess(spec, observations, period, thresholds, y).status]),
  );
}

/**
 * “时间过半、任务过半”: the share of the way from start to target that C has covered (0 at the
 * start, 1 at the target; may exceed 1), or null where a share makes no sense (no data, averages,
 * or a target equal to its start).
 */
export function shareOfTarget(
  spec: TargetSpec,
  a: Assessment,
  firstValue: number | null,
): number | null {
  if (a.currentValue === null || a.status === 'no-data' || a.status === 'not-assessable')
    return null;
  if (spec.measure === 'average') return null;
  if (spec.measure === 'cumulative')
    return spec.target === 0 ? null : round(a.currentValue / spec.target);
  const start = spec.baseline ?? firstValue;
  if (start === null || Math.abs(spec.target - start) < 1e-9) return null;
  return round((a.currentValue - start) / (spec.target - start));
}
