/**
 * The loader's first stage for one file: bytes → text (decode.ts) → records (csv.ts), then the
 * header stage and the row stage. Null when the file cannot be read row by row (its problems
 * reported).
 */
import type { FileSpec } from '../../schemas/index.ts';
import { parseCsv } from './csv.ts';
import { decodeCsv } from './decode.ts';
import type { Add } from './located.ts';
import { validateHeader } from './validate-header.ts';
import { validateRows, type TableRows } from './validate-rows.ts';

/** Decode, parse and validate one file. Returns its rows, or null when the file can't be read. */
export function readTable(
  spec: FileSpec,
  bytes: Uint8Array,
  file: string,
  add: Add,
): TableRows | null {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    const { message, fix, en } = decoded;
    add({
      file,
      line: decoded.line ?? 0,
      column: decoded.column ?? 0,
      field: null,
      message,
      fix,
      en,
    });
    return null;
  }
  const parsed = parseCsv(decoded.text);
  for (const p of parsed.problems) add({ file, field: null, ...p });
  if (parsed.problems.length > 0) return null;
  if (!validateHeader(spec, parsed.header, file, add)) return null;
  return validateRows(spec, parsed.header, parsed.records, file, add);
}
