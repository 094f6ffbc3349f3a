/**
 * The indicator detail page's view model: each indicator with its own figures (grouped once per
 * build, not once per page), and the numbers of “how the status was computed” as text.
 */
import type { Assessed } from '../assessments.ts';
import type { Dataset } from '../data/validate-dataset.ts';
import { formatNumber } from '../format.ts';
import type { Status } from '../progress.ts';
import { nextDue, type ReportItem, type Reporting } from '../reporting.ts';
import type { FigureHistory, Revisions } from '../revisions.ts';
import type { IndicatorRow, ObservationRow } from '../../schemas/index.ts';
import { groupBy } from './group.ts';

export interface IndicatorPage {
  indicator: IndicatorRow;
  /** This indicator's figures, oldest year first. */
  observations: ObservationRow[];
  /** Every published version of its figures (revisions.figures for this indicator). */
  history: FigureHistory[];
  /** The next figure it owes, or null when every plan year has one. */
  next: ReportItem | null;
}

/** One entry per indicator, in the data's order, each with its own figures and history. */
export function indicatorPages(
  data: Pick<Dataset, 'indicators' | 'observations'>,
  reporting: Reporting,
  revisions: Pick<Revisions, 'figures'>,
): IndicatorPage[] {
  const byId = groupBy(data.observations, (o) => o.measure_id);
  const history = groupBy(revisions.figures, (f) => f.measure_id);
  return data.indicators.map((indicator) => ({
    indicator,
    observations: [...(byId.get(indicator.id) ?? [])].sort((x, y) => x.year - y.year),
    history: history.get(indicator.id) ?? [],
    next: nextDue(reporting, indicator.id),
  }));
}

/** A figure for the facts list: 1234.5, or — when there is none. */
export function figureText(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : formatNumber(v);
}

export interface AssessmentFacts {
  current: string;
  expected: string;
  ratio: string;
  /** The mean still needed (averages only), else null. */
  mean: string | null;
  n: number | string;
  N: number | undefined;
  byYear: [string, Status][];
}

/** C, E, r, the mean still needed, n / N and the status in each year, ready to print. */
export function assessmentFacts(a: Assessed | undefined): AssessmentFacts {
  const s = a?.assessment;
  const r = s?.progressRatio;
  const mean = s?.requiredMean;
  return {
    current: figureText(s?.currentValue),
    expected: figureText(s?.expectedValue),
    ratio: r === null || r === undefined ? '—' : r.toFixed(2),
    mean: mean === null || mean === undefined ? null : figureText(mean),
    n: s?.n ?? '—',
    N: s?.N,
    byYear: Object.entries(a?.byYear ?? {}) as [string, Status][],
  };
}
