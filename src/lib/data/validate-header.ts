/**
 * The loader's header stage: the first row of a file names every column of its FileSpec once,
 * nothing unknown, nothing personal, nothing invisible. Unknown and unnamed columns are reported
 * but do not stop the rows being read; a duplicate, invisible or missing column does.
 */
import type { FileSpec } from '../../schemas/index.ts';
import { similar } from './edit-distance.ts';
import { findInvisible, invisibleMessage, withoutInvisible } from './invisible.ts';
import { issueAt, brief, type Add } from './located.ts';
import { messageOf } from './messages.ts';
import { looksLikePersonalColumn } from './personal-data.ts';

/** Check a file's header; true when its rows can be read column by column. */
export function validateHeader(
  spec: FileSpec,
  header: readonly string[],
  file: string,
  add: Add,
): boolean {
  const at = (line: number, column: number, field: string | null) => ({
    file,
    line,
    column,
    field,
  });
  if (header.length === 0 || header.every((h) => h === '')) {
    add(issueAt(at(1, 0, null), messageOf('emptyFile', { columns: spec.columns })));
    return false;
  }
  if (header.length === 1 && /[;\t]/.test(header[0] ?? '')) {
    add(issueAt(at(1, 1, null), messageOf('notComma')));
    return false;
  }
  let headerOk = true;
  const seen = new Map<string, number>();
  const unnamed: number[] = [];
  header.forEach((name, i) => {
    const column = i + 1;
    if (name === '') {
      unnamed.push(column);
      return;
    }
    const invisible = findInvisible(name);
    if (invisible) {
      headerOk = false;
      add(issueAt(at(1, column, brief(withoutInvisible(name))), invisibleMessage(invisible)));
      return;
    }
    if (seen.has(name)) {
      headerOk = false;
      add(
        issueAt(
          at(1, column, brief(name)),
          messageOf('duplicateColumn', { name: brief(name), first: seen.get(name), column }),
        ),
      );
      return;
    }
    seen.set(name, column);
    if (spec.columns.includes(name)) return;
    if (looksLikePersonalColumn(name)) {
      add(issueAt(at(1, column, brief(name)), messageOf('personalColumn', { name: brief(name) })));
      return;
    }
    const guess = spec.columns.find((c) => similar(c, name));
    add(
      issueAt(
        at(1, column, brief(name)),
        messageOf('unknownColumn', {
          name: brief(name),
          guess,
          file: spec.file,
          columns: spec.columns,
        }),
      ),
    );
  });
  // Columns without a name (often empty columns Excel kept at the right): one issue for all.
  const [firstUnnamed] = unnamed;
  if (firstUnnamed !== undefined) {
    add(
      issueAt(
        at(1, firstUnnamed, null),
        messageOf('unnamedColumns', {
          unnamed,
          file: spec.file,
          columns: spec.columns,
        }),
      ),
    );
  }
  for (const column of spec.columns)
    if (!seen.has(column) && !spec.optional.includes(column)) {
      headerOk = false;
      add(issueAt(at(1, 0, column), messageOf('missingColumn', { column, columns: spec.columns })));
    }
  return headerOk;
}
