/**
 * One indicator's figures as a CSV that says what it is: every row names the indicator, its unit,
 * baseline and target, the status the figures up to that year give, and the figure's source, so
 * the file still makes sense once it is separated from the page (a spreadsheet, an article).
 * The observation columns follow, exactly as in observations.csv.
 */
import type { Dataset } from './data/validate-dataset.ts';
import type { AssessedDataset } from './assessments.ts';
import { STATUS_EN, STATUS_ZH, type Status } from './progress.ts';

/** The columns put in front of observations.csv's own. */
export const INDICATOR_CSV_PREFIX = [
  'indicator_name_zh',
  'indicator_name_en',
  'unit_zh',
  'unit_en',
  'baseline_year',
  'baseline_value',
  'target_year',
  'target_value',
  'target_max',
  'comparator',
  'binding',
  'plan_source_zh',
  'status_that_year_zh',
  'status_that_year_en',
] as const;

export function indicatorCsvRows(
  data: Dataset,
  assessed: AssessedDataset,
  id: string,
): Record<string, unknown>[] {
  const i = data.indicators.find((x) => x.id === id);
  if (!i) return [];
  const byYear = assessed.indicators.get(id)?.byYear ?? {};
  return data.observations
    .filter((o) => o.measure_id === id)
    .sort((a, b) => a.year - b.year)
    .map((o) => {
      const status = byYear[String(o.year)] as Status | undefined;
      return {
        indicator_name_zh: i.name_zh,
        indicator_name_en: i.name_en,
        unit_zh: i.unit_zh,
        unit_en: i.unit_en,
        baseline_year: data.plan.baseline_year,
        baseline_value: i.baseline_value,
        target_year: data.plan.end_year,
        target_value: i.target_value,
        target_max: i.target_max,
        comparator: i.comparator,
        binding: i.binding,
        plan_source_zh: i.source_zh,
        // Context years before the plan period have no status of their own.
        status_that_year_zh: status ? STATUS_ZH[status] : '',
        status_that_year_en: status ? STATUS_EN[status] : '',
        ...o,
      };
    });
}
