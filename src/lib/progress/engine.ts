/**
 * The progress engine: how far a target has come and what status that earns, exactly as
 * shared/design/methodology.md sets out. Pure functions returning numbers and a Basis (which rule
 * applied, with its figures); src/lib/explain.ts writes the sentence from the Basis.
 *
 * B = baseline (plan.baseline_year), T = target, N = end_year − baseline_year (5),
 * n = latest plan-period year with data − baseline_year, s = +1 for >=, −1 for <=.
 */
import type { AssessmentFacts } from './basis.ts';
import {
  classify,
  direction,
  meets,
  round,
  type Observation,
  type PlanPeriod,
  type TargetSpec,
  type Thresholds,
} from './model.ts';
import { plannedPath, type PathStart } from './planned-path.ts';

const band = (r: number, spec: TargetSpec, t: Thresholds) => {
  const status = classify(r, spec.binding, t);
  return { status, band: { r, status, binding: spec.binding, thresholds: t } };
};

/**
 * Assess one target as of `asOfYear`, using only observations of plan-period years ≤ asOfYear.
 * Observations before the plan period (the 14th-plan context) never count.
 */
export function evaluate(
  spec: TargetSpec,
  observations: readonly Observation[],
  period: PlanPeriod,
  thresholds: Thresholds,
  asOfYear: number = period.endYear,
): AssessmentFacts {
  const N = period.endYear - period.baselineYear;
  const used = observations
    .filter((o) => o.year >= period.startYear && o.year <= Math.min(asOfYear, period.endYear))
    .sort((a, b) => a.year - b.year);
  const last = used[used.length - 1];
  if (!last)
    return {
      latestYear: null,
      currentValue: null,
      expectedValue: null,
      progressRatio: null,
      requiredMean: null,
      met: false,
      provisional: false,
      n: null,
      N,
      status: 'no-data',
      basis: { case: 'no-data', startYear: period.startYear, endYear: period.endYear, asOfYear },
    };
  const n = last.year - period.baselineYear;
  const path = plannedPath(spec, used, period);
  // Every measure's path runs through each plan-period year, so E is always a number here.
  const E = path.at(last.year) as number;
  if (spec.measure === 'cumulative') return cumulative(spec, used, n, N, E, thresholds);
  if (spec.measure === 'average') return average(spec, used, n, N, thresholds);
  return level(spec, used, n, N, period, path.start as PathStart, E, thresholds);
}

function level(
  spec: TargetSpec,
  used: Observation[],
  n: number,
  N: number,
  period: PlanPeriod,
  start: PathStart,
  E: number,
  t: Thresholds,
): AssessmentFacts {
  const last = used[used.length - 1] as Observation;
  const C = last.value;
  const T = spec.target;
  const met = meets(C, spec);
  const facts = {
    measure: spec.measure === 'annual' ? ('annual' as const) : ('level' as const),
    year: last.year,
    value: C,
    target: T,
  };
  const base = {
    latestYear: last.year,
    currentValue: C,
    requiredMean: null,
    provisional: last.provisional,
    n,
    N,
    met,
  };
  // The path starts at the baseline, or, where the plan gives none, at the first plan-period figure.
  const B = start.value;
  const elapsed = last.year - start.year;
  if (met)
    return {
      ...base,
      status: 'achieved',
      expectedValue: round(E),
      progressRatio: null,
      basis: {
        case: 'level-met',
        ...facts,
        comparator: spec.comparator,
        early: last.year < period.endYear,
      },
    };
  // The final verdict: in the plan's last year a target is met or it is not (未完成), whatever r is.
  if (last.year >= period.endYear) {
    const r = Math.abs(E - B) < 1e-9 ? null : round((C - B) / (E - B));
    return {
      ...base,
      status: 'missed',
      expectedValue: round(E),
      progressRatio: r,
      basis: { case: 'level-missed', ...facts, r },
    };
  }
  if (spec.baseline === null && elapsed === 0)
    return {
      ...base,
      status: 'not-assessable',
      expectedValue: null,
      progressRatio: null,
      basis: { case: 'level-single', ...facts },
    };
  const from = { start, fromBaseline: spec.baseline !== null };
  if (Math.abs(T - B) < 1e-9) {
    // Target equals the starting point: a "maintain" target, met or behind.
    return {
      ...base,
      status: 'behind',
      expectedValue: round(E),
      progressRatio: null,
      basis: { case: 'level-maintain', ...facts, ...from },
    };
  }
  const r = (C - B) / (E - B);
  const b = band(r, spec, t);
  return {
    ...base,
    status: b.status,
    expectedValue: round(E),
    progressRatio: round(r),
    basis: {
      case: 'level-path',
      ...facts,
      ...from,
      endYear: period.endYear,
      expected: E,
      band: b.band,
    },
  };
}

/** What a cumulative or an average case states: every counted figure goes into C. */
function counted(
  used: Observation[],
  n: number,
  N: number,
  met: boolean,
  current: number,
  expected: number,
) {
  return {
    latestYear: (used[used.length - 1] as Observation).year,
    currentValue: round(current),
    expectedValue: expected,
    provisional: used.some((o) => o.provisional),
    n,
    N,
    met,
  };
}

function cumulative(
  spec: TargetSpec,
  used: Observation[],
  n: number,
  N: number,
  E: number,
  t: Thresholds,
): AssessmentFacts {
  const last = used[used.length - 1] as Observation;
  const C = used.reduce((sum, o) => sum + o.value, 0);
  const T = spec.target;
  const met = meets(C, spec);
  const facts = { firstYear: used[0]?.year, year: last.year, total: C, target: T };
  const base = { ...counted(used, n, N, met, C, round(E)), requiredMean: null };
  if (met)
    return {
      ...base,
      status: 'achieved',
      progressRatio: round(C / E),
      basis: { case: 'cumulative-met', ...facts, early: n < N },
    };
  const r = C / E;
  if (n >= N)
    return {
      ...base,
      status: 'missed',
      progressRatio: round(r),
      basis: { case: 'cumulative-missed', ...facts, r },
    };
  const b = band(r, spec, t);
  return {
    ...base,
    status: b.status,
    progressRatio: round(r),
    basis: { case: 'cumulative-path', ...facts, n, N, expected: E, band: b.band },
  };
}

function average(
  spec: TargetSpec,
  used: Observation[],
  n: number,
  N: number,
  t: Thresholds,
): AssessmentFacts {
  const sum = used.reduce((s, o) => s + o.value, 0);
  const mean = sum / used.length;
  const T = spec.target;
  const s = direction(spec, null);
  const met = meets(mean, spec);
  const facts = { count: used.length, mean, target: T, percent: spec.percent };
  const base = counted(used, n, N, met, mean, T);
  if (n >= N)
    return {
      ...base,
      status: met ? 'achieved' : 'missed',
      progressRatio: null,
      requiredMean: null,
      basis: { case: 'average-final', ...facts, met },
    };
  // Before the end: the mean the remaining years still need, (N·T − ΣV) ÷ (N − n), must be feasible.
  const needed = (N * T - sum) / (N - n);
  const feasible = s > 0 ? !spec.percent || needed <= 100 + 1e-9 : needed >= -1e-9;
  const need = { N, remaining: N - n, sum, needed, higher: s > 0 };
  const ahead = { ...base, requiredMean: round(needed) };
  if (!feasible)
    return {
      ...ahead,
      status: 'behind',
      progressRatio: null,
      basis: { case: 'average-infeasible', ...facts, ...need },
    };
  if (met)
    return {
      ...ahead,
      status: 'on-track',
      progressRatio: null,
      basis: { case: 'average-met', ...facts, ...need },
    };
  const r = s > 0 ? mean / T : T / mean;
  const b = band(r, spec, t);
  return {
    ...ahead,
    status: b.status,
    progressRatio: round(r),
    basis: { case: 'average-below', ...facts, ...need, band: b.band },
  };
}
