/**
 * Series shaping for the indicator charts: one point per year, the actual figures next to the
 * path the methodology measures them against (shared/design/methodology.md). Pure functions;
 * the chart draws exactly these numbers, so what the chart shows and what the progress engine
 * (progress.ts) computes come from the same arithmetic.
 *
 * B = baseline, T = target, N = endYear − baselineYear.
 */
import { plannedPath } from './progress/planned-path.ts';
import { round, type Observation, type PlanPeriod, type TargetSpec } from './progress/model.ts';

export interface SeriesPoint {
  year: number;
  /** The figure drawn for the year: the value, or for cumulative targets the running total. */
  actual: number | null;
  /** Where the methodology expects the figure to be in that year. */
  planned: number | null;
  /** The actual figure is, or (cumulative) includes, a provisional figure (初步数). */
  provisional: boolean;
}

/**
 * One point per year from min(first observation year, baseline year) to the plan's end year.
 *
 * planned = the planned path of src/lib/progress/planned-path.ts (the one the engine's E comes
 * from), rounded to 4 decimals.
 *
 * - `level`, `annual`: actual = the year's figure (pre-plan context years included); planned =
 *   the straight path B + (T − B)·(y − baselineYear)/N. Without a baseline the path starts at the
 *   first plan-period figure (its year and value) and is null before it, or null everywhere when
 *   there is no plan-period figure.
 * - `cumulative`: actual = running total of plan-period figures, null before the first plan-period
 *   figure and after the last one; a year without a figure between two figures carries the total
 *   forward. planned = T·(y − baselineYear)/N (0 in the baseline year).
 * - `average`: actual = the year's figure (plan-period years only); planned = T in plan-period
 *   years, null otherwise.
 */
export function chartSeries(
  spec: TargetSpec,
  observations: readonly Observation[],
  period: PlanPeriod,
): SeriesPoint[] {
  const { baselineYear, startYear, endYear } = period;
  const byYear = new Map<number, Observation>();
  for (const o of [...observations].sort((a, b) => a.year - b.year)) byYear.set(o.year, o);
  const firstYear = Math.min(baselineYear, ...byYear.keys());
  const years: number[] = [];
  for (let y = firstYear; y <= endYear; y++) years.push(y);
  const inPlan = (y: number) => y >= startYear && y <= endYear;
  const path = plannedPath(spec, [...byYear.values()], period);
  const planned = (year: number) => {
    const v = path.at(year);
    // An average's path is the target itself, drawn as given.
    return v === null || spec.measure === 'average' ? v : round(v);
  };

  if (spec.measure === 'cumulative') {
    const planObs = [...byYear.values()].filter((o) => inPlan(o.year));
    const first = planObs[0]?.year ?? Infinity;
    const last = planObs[planObs.length - 1]?.year ?? -Infinity;
    let sum = 0;
    let anyProvisional = false;
    return years.map((year) => {
      const o = inPlan(year) ? byYear.get(year) : undefined;
      if (o) {
        sum += o.value;
        anyProvisional ||= o.provisional;
      }
      const shown = year >= first && year <= last;
      return {
        year,
        actual: shown ? round(sum) : null,
        planned: planned(year),
        provisional: shown && anyProvisional,
      };
    });
  }

  // level, annual: the year's figure (pre-plan context years included); average: plan years only.
  const shown = (year: number) =>
    spec.measure === 'average' && !inPlan(year) ? undefined : byYear.get(year);
  return years.map((year) => {
    const o = shown(year);
    return {
      year,
      actual: o ? o.value : null,
      planned: planned(year),
      provisional: o?.provisional ?? false,
    };
  });
}
