/**
 * Annual monitoring reports: which years get one, what each is called, and what changed since
 * the year before. Pure functions over the dataset.
 */
import type { Dataset } from './data/validate-dataset.ts';
import type { AssessedDataset } from './assessments.ts';
import type { Status } from './progress.ts';
import { REPORT_TITLE } from '../i18n/reports-page.ts';

/**
 * Every plan year that has a figure, plus the current year (the year of the site's build date,
 * clamped to the plan period), so a report exists even before the first figure arrives.
 */
export function reportYears(data: Dataset, buildDate: string | null): number[] {
  const { start_year: start, end_year: end } = data.plan;
  const years = new Set(data.observations.map((o) => o.year).filter((y) => y >= start && y <= end));
  const current = buildDate ? Number(buildDate.slice(0, 4)) : start;
  years.add(Math.min(end, Math.max(start, current)));
  return [...years].sort((a, b) => a - b);
}

export type ReportKind = 'annual' | 'mid-term' | 'final';

/** 2028 is the mid-term review (中期评估), the last year the final review (总结评估). */
export function reportKind(year: number, data: Dataset): ReportKind {
  if (year === data.plan.end_year) return 'final';
  if (year === data.plan.start_year + Math.floor((data.plan.end_year - data.plan.start_year) / 2))
    return 'mid-term';
  return 'annual';
}

export function reportTitle(year: number, data: Dataset, lang: 'zh' | 'en'): string {
  const kind = reportKind(year, data);
  return REPORT_TITLE[lang][kind](year);
}

/** Lagging first (binding before expected), then the rest in plan order. */
const RANK: Record<Status, number> = {
  missed: 0,
  behind: 0,
  'at-risk': 1,
  'not-assessable': 2,
  'on-track': 3,
  ahead: 4,
  achieved: 5,
  'no-data': 6,
};

export function laggingOrder<T extends { binding: boolean; status: Status; seq: number }>(
  rows: T[],
): T[] {
  return [...rows].sort(
    (a, b) =>
      Number(!(a.binding && RANK[a.status] <= 1)) - Number(!(b.binding && RANK[b.status] <= 1)) ||
      RANK[a.status] - RANK[b.status] ||
      a.seq - b.seq,
  );
}

export interface YearChange {
  id: string;
  before: Status | null;
  after: Status;
  changed: boolean;
}

/** How each indicator's status moved between the previous year's report and this one. */
export function statusChanges(
  data: Dataset,
  thisYear: AssessedDataset,
  previousYear: AssessedDataset | null,
): YearChange[] {
  return data.indicators.map((i) => {
    const after = thisYear.indicators.get(i.id)?.assessment.status ?? 'no-data';
    const before = previousYear
      ? (previousYear.indicators.get(i.id)?.assessment.status ?? 'no-data')
      : null;
    return { id: i.id, before, after, changed: before !== null && before !== after };
  });
}

/**
 * The report's chart section stays printable whatever the number of indicators: every indicator
 * gets a chart up to this many; beyond it, only the ones that most need attention do (lagging
 * binding targets, then lagging, then the rest in plan order), and the tables still list all.
 */
export const REPORT_CHART_LIMIT = 40;

/** Ids to chart, in the order to show them. `rows` must be in plan order. */
export function reportChartIds<
  T extends { id: string; binding: boolean; status: Status; seq: number },
>(rows: readonly T[], limit = REPORT_CHART_LIMIT): string[] {
  if (rows.length <= limit) return rows.map((r) => r.id);
  return laggingOrder([...rows])
    .slice(0, limit)
    .map((r) => r.id);
}
