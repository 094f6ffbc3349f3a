import type { FileSpec } from '../../schemas/index.ts';
import type { Dataset } from './validate-dataset.ts';

export type Row = Readonly<Record<string, unknown>>;

/**
 * A file's validated rows, read from the Dataset field its FileSpec `key` names (plan.csv: its
 * one row). The CSV downloads and data:diff read rows through here, so a new file is covered by
 * adding its FileSpec.
 */
export function rowsOf(spec: FileSpec, data: Dataset): readonly Row[] {
  const rows = data[spec.key] as Row | readonly Row[];
  return Array.isArray(rows) ? rows : [rows as Row];
}
