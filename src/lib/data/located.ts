/**
 * What the loader's stages share: a validated row with where it came from, the callback that
 * collects issues, and how a column name or value is shown in a message.
 */
import { FILE_SPECS } from '../../schemas/index.ts';
import { oneLine } from '../../schemas/fields.ts';
import type { DataIssue } from './issues.ts';
import type { MessageText } from './messages.ts';

/** A validated row with where it came from, so cross-file rules can point at it. */
export interface Located<T> {
  line: number;
  row: T;
  raw: Record<string, string>;
  /**
   * The row failed its schema (already reported): `row` holds only the cells that parse on their
   * own, so the cross-file rules can still report an unknown id or a duplicate in the same run.
   */
  partial?: true;
}

export type Add = (issue: DataIssue) => void;

/** Where an issue is, besides its texts. */
export type Place = Omit<DataIssue, keyof MessageText>;

/** One issue: a place and a message from the catalogue. */
export const issueAt = (place: Place, text: MessageText): DataIssue => ({ ...place, ...text });

/** A column name or value as shown in a message: a 1 MB header cell must not fill the report. */
export function brief(name: string): string {
  const chars = Array.from(name);
  return oneLine(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : name);
}

/** 1-based column of a field in a file's contract order (0 if unknown). */
export function columnOf(file: string, field: string): number {
  const spec = FILE_SPECS.find((s) => s.file === file);
  return spec ? spec.columns.indexOf(field) + 1 : 0;
}
