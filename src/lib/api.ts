/**
 * The JSON API (dist/api/*.json): each file is an array of objects whose fields are the CSV
 * column names, typed — numbers as numbers, blanks as null, booleans as booleans.
 */
import type { Dataset } from './data/validate-dataset.ts';

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
] as const;
export type ApiFile = (typeof API_FILES)[number];

/** Every API document, keyed by file name (without .json). */
export function buildApi(data: Dataset): Record<ApiFile, unknown> {
  return {
    plan: data.plan,
    indicators: data.indicators,
    observations: data.observations,
    programmes: data.programmes,
    milestones: data.milestones,
    platforms: data.platforms,
    'platform-capabilities': data.capabilities,
    'key-items': data.keyItems,
    'status-thresholds': data.thresholds,
  };
}
