/**
 * The progress engine's public face: assess() gives a target's numbers and status (computed by
 * src/lib/progress/engine.ts) together with the rule that reached it, in Chinese and English
 * (written by src/lib/explain.ts). Pure functions; every number is reproducible by hand from the
 * figures the indicator page prints (shared/design/methodology.md).
 */
import { explainRule } from './explain.ts';
import type { AssessmentFacts } from './progress/basis.ts';
import { evaluate } from './progress/engine.ts';
import {
  round,
  type Observation,
  type PlanPeriod,
  type Status,
  type TargetSpec,
  type Thresholds,
} from './progress/model.ts';

export * from './progress/model.ts';
export { STATUS_EN, STATUS_ZH } from '../i18n/explain.ts';
export { evaluate } from './progress/engine.ts';
export type { AssessmentFacts, Basis } from './progress/basis.ts';
export { plannedPath, type PathStart, type PlannedPath } from './progress/planned-path.ts';

export interface Assessment extends Omit<AssessmentFacts, 'basis'> {
  /** How the status was reached, in Chinese and in English. */
  rule: string;
  ruleEn: string;
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
  const { basis, ...facts } = evaluate(spec, observations, period, thresholds, asOfYear);
  return { ...facts, rule: explainRule(basis, 'zh'), ruleEn: explainRule(basis, 'en') };
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
