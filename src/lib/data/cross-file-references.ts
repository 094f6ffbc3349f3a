/**
 * Cross-file rule: every reference column of a file's table of facts (FileSpec `references`)
 * names a row that exists, checked on valid rows and on the parsed cells of invalid ones, so an
 * unknown id and a bad date in one row come in one run. A file that could not be read at all is
 * reported once; references to it are not.
 */
import type { FileSpec } from '../../schemas/index.ts';
import { issueAt, type Add, type Located } from './located.ts';
import { messageOf } from './messages.ts';

export function checkSpecReferences(
  spec: FileSpec,
  rows: readonly Located<Record<string, unknown>>[],
  present: ReadonlyMap<string, ReadonlySet<string>>,
  where: (f: string) => string,
  add: Add,
): void {
  for (const ref of spec.references) {
    if (!ref.files.every((f) => present.has(f))) continue;
    const known = new Set(ref.files.flatMap((f) => [...(present.get(f) ?? [])]));
    for (const r of rows) {
      const value = r.row[ref.column];
      if (typeof value !== 'string' || value === '' || known.has(value)) continue;
      const [only] = ref.files;
      const place = {
        file: where(spec.file),
        line: r.line,
        column: spec.columns.indexOf(ref.column) + 1,
        field: ref.column,
      };
      add(
        issueAt(
          place,
          ref.files.length > 1
            ? messageOf('unknownMeasure', {
                value,
                column: ref.column,
                indicators: [...(present.get('indicators.csv') ?? [])],
              })
            : messageOf('unknownRef', {
                value,
                column: ref.column,
                file: only ?? '',
                known: [...known],
              }),
        ),
      );
    }
  }
}
