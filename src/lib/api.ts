/**
 * The JSON API (dist/api/*.json): each file is an array of objects whose fields are the CSV
 * column names, typed — numbers as numbers, blanks as null, booleans as booleans. Indicators and
 * quantity milestones also carry the engine's verdict; summary.json holds the roll-ups.
 */
import type { Dataset } from './data/validate-dataset.ts';
import { assessDataset, summarize, type Assessed, type AssessedDataset } from './assessments.ts';

export const API_FILES = [
  'plan',
  'indicators',
  'observations',
  'programmes',
  'milestones',
  'platforms',
  'platform-capabilities',
  'key-items',
  'status-thresholds',
  'commentary',
  'summary',
] as const;
export type ApiFile = (typeof API_FILES)[number];

/** The progress fields added to an indicator or a quantity milestone. */
export function progressFields(a: Assessed | undefined) {
  return {
    latest_year: a?.assessment.latestYear ?? null,
    current_value: a?.assessment.currentValue ?? null,
    expected_value: a?.assessment.expectedValue ?? null,
    progress_ratio: a?.assessment.progressRatio ?? null,
    status: a?.assessment.status ?? 'no-data',
    rule: a?.assessment.rule ?? null,
    rule_en: a?.assessment.ruleEn ?? null,
    provisional: a?.assessment.provisional ?? false,
    status_by_year: a?.byYear ?? {},
  };
}

const NO_PROGRESS = {
  latest_year: null,
  current_value: null,
  expected_value: null,
  progress_ratio: null,
  rule: null,
  rule_en: null,
  provisional: false,
  status_by_year: null,
};

/** Every API document, keyed by file name (without .json). */
export function buildApi(
  data: Dataset,
  assessed: AssessedDataset = assessDataset(data),
): Record<ApiFile, unknown> {
  return {
    plan: data.plan,
    indicators: data.indicators.map((i) => ({
      ...i,
      ...progressFields(assessed.indicators.get(i.id)),
    })),
    observations: data.observations,
    programmes: data.programmes,
    milestones: data.milestones.map((m) =>
      m.kind === 'quantity'
        ? { ...m, ...progressFields(assessed.milestones.get(m.id)) }
        : { ...m, ...NO_PROGRESS, status: m.status },
    ),
    platforms: data.platforms,
    'platform-capabilities': data.capabilities,
    'key-items': data.keyItems,
    'status-thresholds': data.thresholds,
    commentary: data.commentary,
    summary: summarize(data, assessed),
  };
}
