/**
 * The words of the progress rules (src/lib/explain.ts): the status names and, per language, one
 * template per rule of the methodology. Each template gets the rule's figures (a Basis case from
 * src/lib/progress/basis.ts) and the phrases already written for it (kind, start, band …).
 */
import type { Basis, Band } from '../lib/progress/basis.ts';
import { fmtRatio as fmtR, fmtThreshold, fmtValue as fmt, round } from '../lib/progress/model.ts';
import type { Status } from '../lib/progress/model.ts';
import type { Lang } from './ui.ts';

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

type Case<K extends Basis['case']> = Extract<Basis, { case: K }>;
type WithStart = Pick<Case<'level-path'>, 'start' | 'fromBaseline'>;
type Mean = Pick<Case<'average-final'>, 'count' | 'mean' | 'percent'>;
type Needed = Omit<Case<'average-met'>, 'case'>;

export interface RuleWords {
  /** 年度值 / 水平值. */
  kind: (measure: 'level' | 'annual') => string;
  /** The path's start: the baseline, or the first figure where the plan gives none. */
  start: (b: WithStart) => string;
  /** Where r falls among the thresholds. */
  band: (b: Band) => string;
  /** The mean so far, and the mean still needed. */
  mean: (b: Mean) => string;
  needed: (b: Needed) => string;
  noData: (b: Case<'no-data'>) => string;
  levelMet: (b: Case<'level-met'>, kind: string) => string;
  levelMissed: (b: Case<'level-missed'>, kind: string) => string;
  levelSingle: (b: Case<'level-single'>, kind: string) => string;
  levelMaintain: (b: Case<'level-maintain'>, kind: string, start: string) => string;
  levelPath: (b: Case<'level-path'>, kind: string, start: string, band: string) => string;
  cumulativeMet: (b: Case<'cumulative-met'>) => string;
  cumulativeMissed: (b: Case<'cumulative-missed'>) => string;
  cumulativePath: (b: Case<'cumulative-path'>, band: string) => string;
  averageFinal: (b: Case<'average-final'>, mean: string) => string;
  averageInfeasible: (b: Case<'average-infeasible'>, mean: string, needed: string) => string;
  averageMet: (b: Case<'average-met'>, mean: string, needed: string) => string;
  averageBelow: (b: Case<'average-below'>, mean: string, needed: string, band: string) => string;
}

const pct = (b: { percent: boolean }) => (b.percent ? '%' : '');
const th = (b: Band) => ({
  r: fmtR(b.r),
  ahead: fmtThreshold(b.thresholds.ahead),
  onTrack: fmtThreshold(b.thresholds.onTrack),
  atRisk: fmtThreshold(b.thresholds.atRisk),
});
const cmpZh = (c: string) => (c === '<=' ? '≤' : c === '=' ? '=' : '≥');

export const RULE_WORDS: Record<Lang, RuleWords> = {
  zh: {
    kind: (m) => (m === 'annual' ? '年度值' : '水平值'),
    start: (b) =>
      b.fromBaseline
        ? `基期值 ${fmt(b.start.value)}`
        : `${b.start.year}年首个数据 ${fmt(b.start.value)}（规划未给基期值）`,
    band: (b) => {
      const t = th(b);
      const s = STATUS_ZH[b.status];
      if (b.status === 'ahead') return `r = ${t.r} ≥ ${t.ahead}，${s}`;
      if (b.status === 'on-track') return `${t.onTrack} ≤ r = ${t.r} < ${t.ahead}，${s}`;
      if (b.status === 'at-risk')
        return `${t.atRisk} ≤ r = ${t.r} < ${t.onTrack}，预期性指标为${s}`;
      return b.binding
        ? `r = ${t.r} < ${t.onTrack}，约束性指标为${s}`
        : `r = ${t.r} < ${t.atRisk}，${s}`;
    },
    mean: (b) => `${b.count} 年平均 C = ${fmt(round(b.mean))}${pct(b)}`,
    needed: (b) =>
      `其余 ${b.remaining} 年平均需达 (${b.N} × ${fmt(b.target)} − ${fmt(round(b.sum))}) ÷ ${b.remaining} = ${fmt(round(b.needed))}${pct(b)}`,
    noData: (b) =>
      `规划期（${b.startYear}–${b.endYear}年）尚无${b.asOfYear < b.endYear ? `截至${b.asOfYear}年的` : ''}数据，暂不判断进度。`,
    levelMet: (b, kind) =>
      `${kind}：${b.year}年实际值 ${fmt(b.value)} 已达到目标 ${cmpZh(b.comparator)} ${fmt(b.target)}，${b.early ? '提前实现' : '已完成'}。`,
    levelMissed: (b, kind) =>
      `${kind}：规划期末（${b.year}年）实际值 ${fmt(b.value)} 未达到目标 ${fmt(b.target)}${b.r === null ? '' : `（进度比 r = ${fmtR(b.r)}）`}；规划期已结束，不再判断进度，判为未完成。`,
    levelSingle: (b, kind) =>
      `${kind}：规划未给出基期值，只有 ${b.year} 年一个数据（${fmt(b.value)}），尚未达到目标 ${fmt(b.target)}；以该年数据为起点，需要下一年的数据才能判断进度。`,
    levelMaintain: (b, kind, start) =>
      `${kind}：目标 ${fmt(b.target)} 与${start}相同，属“保持”目标；${b.year}年实际值 ${fmt(b.value)} 未达到，判为滞后。`,
    levelPath: (b, kind, start, band) => {
      const [C, B, E] = [fmt(b.value), fmt(b.start.value), fmt(round(b.expected))];
      return `${kind}：按${start} 到 ${b.endYear} 年目标 ${fmt(b.target)} 的直线路径，${b.year}年应达 E = ${E}；实际 C = ${C}。进度比 r = (C − B) ÷ (E − B) = (${C} − ${B}) ÷ (${E} − ${B})；${band}。`;
    },
    cumulativeMet: (b) =>
      `累计值：${b.firstYear}–${b.year}年累计 C = ${fmt(round(b.total))}，已达到五年目标 ${fmt(b.target)}，${b.early ? '提前实现' : '已完成'}。`,
    cumulativeMissed: (b) =>
      `累计值：${b.firstYear}–${b.year}年累计 C = ${fmt(round(b.total))}，未达到五年目标 ${fmt(b.target)}（r = ${fmtR(b.r)}）；规划期已结束，判为未完成。`,
    cumulativePath: (b, band) =>
      `累计值：${b.firstYear}–${b.year}年累计 C = ${fmt(round(b.total))}；五年目标 ${fmt(b.target)} 按年均分，${b.n} 年应累计 E = ${fmt(b.target)} × ${b.n} ÷ ${b.N} = ${fmt(round(b.expected))}。进度比 r = C ÷ E；${band}。`,
    averageFinal: (b, mean) =>
      b.met
        ? `平均值：规划期${mean}，达到五年平均目标 ${fmt(b.target)}${pct(b)}，已完成。`
        : `平均值：规划期${mean}，未达到五年平均目标 ${fmt(b.target)}${pct(b)}；规划期已结束，判为未完成。`,
    averageInfeasible: (b, mean, needed) =>
      `平均值：${mean}；${needed}，${b.higher ? '超过 100%' : '低于 0'}，五年平均目标 ${fmt(b.target)}${pct(b)} 已无法实现，判为滞后。`,
    averageMet: (b, mean, needed) =>
      `平均值：${mean}，不低于五年平均目标 ${fmt(b.target)}${pct(b)}；${needed}，仍可实现，进度正常（五年结束时才能判定完成）。`,
    averageBelow: (b, mean, needed, band) =>
      `平均值：${mean}，低于五年平均目标 ${fmt(b.target)}${pct(b)}；${needed}，仍可实现。进度比 r = ${b.higher ? 'C ÷ T' : 'T ÷ C'}；${band}。`,
  },
  en: {
    kind: (m) => (m === 'annual' ? 'Annual figure' : 'Level'),
    start: (b) =>
      b.fromBaseline
        ? `the baseline ${fmt(b.start.value)}`
        : `the first figure, ${fmt(b.start.value)} in ${b.start.year} (the plan gives no baseline)`,
    band: (b) => {
      const t = th(b);
      const s = STATUS_EN[b.status].toLowerCase();
      if (b.status === 'ahead') return `r = ${t.r} ≥ ${t.ahead}: ${s}`;
      if (b.status === 'on-track') return `${t.onTrack} ≤ r = ${t.r} < ${t.ahead}: ${s}`;
      if (b.status === 'at-risk')
        return `${t.atRisk} ≤ r = ${t.r} < ${t.onTrack}: an expected target is ${s}`;
      return b.binding
        ? `r = ${t.r} < ${t.onTrack}: a binding target is ${s}`
        : `r = ${t.r} < ${t.atRisk}: ${s}`;
    },
    mean: (b) => `the mean of ${b.count} year(s) is C = ${fmt(round(b.mean))}${pct(b)}`,
    needed: (b) =>
      `the remaining ${b.remaining} year(s) need a mean of (${b.N} × ${fmt(b.target)} − ${fmt(round(b.sum))}) / ${b.remaining} = ${fmt(round(b.needed))}${pct(b)}`,
    noData: (b) =>
      `No plan-period figure${b.asOfYear < b.endYear ? ` up to ${b.asOfYear}` : ''} yet; progress is not judged.`,
    levelMet: (b, kind) =>
      `${kind}: the ${b.year} figure ${fmt(b.value)} meets the target ${b.comparator} ${fmt(b.target)}${b.early ? ' ahead of time' : ''}.`,
    levelMissed: (b, kind) =>
      `${kind}: at the end of the plan (${b.year}) the figure ${fmt(b.value)} falls short of the target ${fmt(b.target)}${b.r === null ? '' : ` (progress ratio r = ${fmtR(b.r)})`}; the period is over, so progress is no longer judged: missed.`,
    levelSingle: (b, kind) =>
      `${kind}: the plan gives no baseline and there is only the ${b.year} figure (${fmt(b.value)}), short of the target ${fmt(b.target)}; it starts the path, and a second year is needed to judge progress.`,
    levelMaintain: (b, kind, start) =>
      `${kind}: the target ${fmt(b.target)} equals ${start}, a "maintain" target; the ${b.year} figure ${fmt(b.value)} falls short, so it is behind.`,
    levelPath: (b, kind, start, band) => {
      const [C, B, E] = [fmt(b.value), fmt(b.start.value), fmt(round(b.expected))];
      return `${kind}: on the straight path from ${start} to the ${b.endYear} target ${fmt(b.target)}, ${b.year} should reach E = ${E}; actual C = ${C}. Progress ratio r = (C − B) / (E − B) = (${C} − ${B}) / (${E} − ${B}); ${band}.`;
    },
    cumulativeMet: (b) =>
      `Cumulative: the ${b.firstYear}–${b.year} total C = ${fmt(round(b.total))} reaches the five-year target ${fmt(b.target)}${b.early ? ' ahead of time' : ''}.`,
    cumulativeMissed: (b) =>
      `Cumulative: the ${b.firstYear}–${b.year} total C = ${fmt(round(b.total))} falls short of the five-year target ${fmt(b.target)} (r = ${fmtR(b.r)}); the period is over: missed.`,
    cumulativePath: (b, band) =>
      `Cumulative: the ${b.firstYear}–${b.year} total is C = ${fmt(round(b.total))}; spreading the five-year target ${fmt(b.target)} evenly, ${b.n} year(s) should give E = ${fmt(b.target)} × ${b.n} / ${b.N} = ${fmt(round(b.expected))}. Progress ratio r = C / E; ${band}.`,
    averageFinal: (b, mean) =>
      b.met
        ? `Average: over the plan period ${mean}, meeting the five-year average target ${fmt(b.target)}${pct(b)}.`
        : `Average: over the plan period ${mean}, short of the five-year average target ${fmt(b.target)}${pct(b)}; the period is over: missed.`,
    averageInfeasible: (b, mean, needed) =>
      `Average: ${mean}; ${needed}, which is ${b.higher ? 'above 100%' : 'below 0'}, so the five-year average target ${fmt(b.target)}${pct(b)} can no longer be met: behind.`,
    averageMet: (b, mean, needed) =>
      `Average: ${mean}, meeting the five-year average target ${fmt(b.target)}${pct(b)}; ${needed}, still feasible: on track (completion is judged at the end).`,
    averageBelow: (b, mean, needed, band) =>
      `Average: ${mean}, below the five-year average target ${fmt(b.target)}${pct(b)}; ${needed}, still feasible. Progress ratio r = ${b.higher ? 'C / T' : 'T / C'}; ${band}.`,
  },
};
