/**
 * The planned path: where the methodology expects a target's figure to be in a given year. One
 * function for the engine (E, the expected value of the year assessed) and for the charts (the
 * dashed line of the indicator chart and the small multiples), so both draw the same numbers.
 *
 * - `level`, `annual`: the straight line from the start (the baseline in the baseline year, or,
 *   where the plan gives none, the first plan-period figure in its year) to T in the end year:
 *   S + (T − S)·(y − startYear)/(endYear − startYear); T when the start is the end year; null
 *   before the start or when there is no start.
 * - `cumulative`: T·(y − baselineYear)/N, N = endYear − baselineYear; null before the baseline year.
 * - `average`: T in plan-period years, null otherwise.
 */
import type { Observation, PlanPeriod, TargetSpec } from './model.ts';

export interface PathStart {
  year: number;
  value: number;
}

export interface PlannedPath {
  /** Where a level/annual path starts; null for other measures or without any start. */
  start: PathStart | null;
  /** The planned value in `year`, unrounded; null where the path does not run. */
  at: (year: number) => number | null;
}

/**
 * The planned path of a target. `observations` may include years outside the plan period; only
 * the first plan-period figure matters (as the start of a level path without a baseline).
 */
export function plannedPath(
  spec: TargetSpec,
  observations: readonly Observation[],
  period: PlanPeriod,
): PlannedPath {
  const { baselineYear, startYear, endYear } = period;
  const inPlan = (y: number) => y >= startYear && y <= endYear;
  const T = spec.target;
  if (spec.measure === 'cumulative') {
    const N = endYear - baselineYear;
    return {
      start: null,
      at: (y) => (y >= baselineYear && N > 0 ? (T * (y - baselineYear)) / N : null),
    };
  }
  if (spec.measure === 'average') return { start: null, at: (y) => (inPlan(y) ? T : null) };
  let start: PathStart | null =
    spec.baseline === null ? null : { year: baselineYear, value: spec.baseline };
  if (start === null) {
    const first = observations
      .filter((o) => inPlan(o.year))
      .reduce<Observation | null>((a, o) => (a === null || o.year < a.year ? o : a), null);
    if (first) start = { year: first.year, value: first.value };
  }
  const s = start;
  return {
    start: s,
    at: (y) => {
      if (s === null || y < s.year) return null;
      const span = endYear - s.year;
      return span > 0 ? s.value + ((T - s.value) * (y - s.year)) / span : T;
    },
  };
}
