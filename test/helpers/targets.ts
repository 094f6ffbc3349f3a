// Shared fixtures of the progress tests: the 2025–2030 plan period, a target spec with
// overrides, and observations written as [year, value, provisional?] pairs.
import type { Observation, PlanPeriod, TargetSpec } from '../../src/lib/progress.ts';

export const period: PlanPeriod = { baselineYear: 2025, startYear: 2026, endYear: 2030 };

/** A level target from 100 to ≥ 200, expected (not binding), with `over` applied. */
export const spec = (over: Partial<TargetSpec>): TargetSpec => ({
  baseline: 100,
  target: 200,
  targetMax: null,
  comparator: '>=',
  measure: 'level',
  binding: false,
  percent: false,
  ...over,
});

export const obs = (...pairs: Array<[number, number, boolean?]>): Observation[] =>
  pairs.map(([year, value, provisional]) => ({ year, value, provisional: provisional ?? false }));
