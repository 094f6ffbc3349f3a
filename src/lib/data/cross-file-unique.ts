/**
 * Cross-file rule: the unique keys of a file's table of facts. Uniqueness compares parsed values,
 * not the text typed: `２０２６`, ` 2026` and `2026` are the same year, `1.0` and `1` the same
 * number. A row whose key cells did not parse is left out (its cell is already reported).
 */
import type { FileSpec } from '../../schemas/index.ts';
import { trimCell } from '../../schemas/fields.ts';
import { brief, issueAt, type Add, type Located } from './located.ts';
import { messageOf } from './messages.ts';

/** The key of a row's parsed cells (numbers by value, -0 as 0), or null when one did not parse. */
export function uniqueKey(
  row: Readonly<Record<string, unknown>>,
  columns: readonly string[],
): string | null {
  if (columns.some((c) => !(c in row))) return null;
  return JSON.stringify(columns.map((c) => row[c]));
}

export function checkUnique(
  spec: FileSpec,
  rows: readonly Located<Record<string, unknown>>[],
  file: string,
  add: Add,
): void {
  for (const cols of spec.unique) {
    const firstSeen = new Map<string, number>();
    for (const r of rows) {
      const key = uniqueKey(r.row, cols);
      if (key === null) continue;
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, r.line);
        continue;
      }
      const cells = cols.map((column) => {
        const typed = trimCell(r.raw[column] ?? '');
        const value = brief(String(r.row[column]));
        return { column, value, typed: typed === value ? null : brief(typed) };
      });
      add(
        issueAt(
          {
            file,
            line: r.line,
            column: spec.columns.indexOf(cols[cols.length - 1] ?? '') + 1,
            field: cols.join('+'),
          },
          messageOf('duplicateKey', { cells, first, columns: cols }),
        ),
      );
    }
  }
}
