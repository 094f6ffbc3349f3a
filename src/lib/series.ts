/**
 * Series shaping for the indicator charts: one point per year, the actual figures next to the
 * path the methodology measures them against (shared/design/methodology.md). Pure functions;
 * the chart draws exactly these numbers, so what the chart shows and what the progress engine
 * (progress.ts) computes come from the same arithmetic.
 *
 * B = baseline, T = target, N = endYear − baselineYear.
 */
import { round, type Observation, type PlanPeriod, type TargetSpec } from './progress.ts';

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
  const planObs = [...byYear.values()].filter((o) => inPlan(o.year));
  const N = endYear - baselineYear;

  if (spec.measure === 'cumulative') {
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
      const planned =
        year >= baselineYear && N > 0 ? round((spec.target * (year - baselineYear)) / N) : null;
      return {
        year,
        actual: shown ? round(sum) : null,
        planned,
        provisional: shown && anyProvisional,
      };
    });
  }

  if (spec.measure === 'average') {
    return years.map((year) => {
      const o = inPlan(year) ? byYear.get(year) : undefined;
      return {
        year,
        actual: o ? o.value : null,
        planned: inPlan(year) ? spec.target : null,
        provisional: o?.provisional ?? false,
      };
    });
  }

  // level, annual: the straight path from the baseline (or the first plan-period figure) to T.
  let pathStart: { year: number; value: number } | null =
    spec.baseline === null ? null : { year: baselineYear, value: spec.baseline };
  if (pathStart === null && planObs[0])
    pathStart = { year: planObs[0].year, value: planObs[0].value };
  return years.map((year) => {
    const o = byYear.get(year);
    let planned: number | null = null;
    if (pathStart && year >= pathStart.year) {
      const span = endYear - pathStart.year;
      planned =
        span > 0
          ? round(
              pathStart.value + ((spec.target - pathStart.value) * (year - pathStart.year)) / span,
            )
          : spec.target;
    }
    return { year, actual: o ? o.value : null, planned, provisional: o?.provisional ?? false };
  });
}
