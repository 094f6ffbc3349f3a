/**
 * The loader's row stage: each record of a file whose header passed is checked for its cell
 * count, invisible characters and personal data, then parsed by the file's schema. A row that
 * fails keeps the cells that parse on their own (for the cross-file rules); every id typed in the
 * id column is remembered, valid row or not, so one bad row causes no knock-on errors elsewhere.
 */
import type { z } from 'zod';
import type { FileSpec } from '../../schemas/index.ts';
import { trimCell } from '../../schemas/fields.ts';
import type { CsvRecord } from './csv.ts';
import { findInvisible, invisibleMessage, withoutInvisible } from './invisible.ts';
import { brief, issueAt, type Add, type Located } from './located.ts';
import { messageOf } from './messages.ts';
import { findPersonalData } from './personal-data.ts';

export interface TableRows {
  /** Rows that passed every check. */
  rows: Located<unknown>[];
  /** Rows that failed their schema, with the cells that parsed. */
  partial: Located<Record<string, unknown>>[];
  /** Every id in the id column (trimmed, invisible characters removed). */
  ids: Set<string>;
}

/** Check and parse every record of a file (its header already checked). */
export function validateRows(
  spec: FileSpec,
  header: readonly string[],
  records: readonly CsvRecord[],
  file: string,
  add: Add,
): TableRows {
  const out: Located<unknown>[] = [];
  const partial: Located<Record<string, unknown>>[] = [];
  const ids = new Set<string>();
  const urlColumns = new Set(spec.columns.filter((c) => c.endsWith('_url')));
  const idColumn = header.indexOf('id');
  for (const record of records) {
    const at = (column: number, field: string | null) => ({
      file,
      line: record.line,
      column,
      field,
    });
    if (idColumn >= 0) ids.add(trimCell(withoutInvisible(record.cells[idColumn] ?? '')));
    if (record.cells.length !== header.length) {
      const tooMany = record.cells.length > header.length;
      add(
        issueAt(
          at(tooMany ? header.length + 1 : record.cells.length + 1, null),
          messageOf('cellCount', { cells: record.cells.length, columns: header.length }),
        ),
      );
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((name, i) => {
      if (spec.columns.includes(name)) raw[name] = record.cells[i] ?? '';
    });
    // Invisible characters first: such a cell is reported once, for that reason only.
    const hidden = new Set<string>();
    header.forEach((name, i) => {
      const found = findInvisible(record.cells[i] ?? '');
      if (!found) return;
      hidden.add(name);
      add(issueAt(at(i + 1, brief(name)), invisibleMessage(found)));
    });
    let personal = false;
    header.forEach((name, i) => {
      if (hidden.has(name) || spec.officialEmailCell?.(raw, name)) return;
      const found = findPersonalData(record.cells[i] ?? '', { url: urlColumns.has(name) });
      if (!found) return;
      personal = true;
      add(issueAt(at(i + 1, name), messageOf('personalCell', { found })));
    });
    const result = spec.schema.safeParse(raw);
    if (!result.success) {
      const failed = new Set(result.error.issues.map((i) => String(i.path[0])));
      for (const issue of result.error.issues)
        if (!hidden.has(String(issue.path[0]))) addZodIssue(issue, file, record.line, header, add);
      partial.push({ line: record.line, row: parsedCells(spec, raw, failed), raw, partial: true });
      continue;
    }
    if (!personal && hidden.size === 0) out.push({ line: record.line, row: result.data, raw });
  }
  return { rows: out, partial, ids };
}

/** A schema issue as a DataIssue: the cell builders carry their fix and English in `params`. */
function addZodIssue(
  issue: z.core.$ZodIssue,
  file: string,
  line: number,
  header: readonly string[],
  add: Add,
) {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
  const params = (issue as { params?: { fix?: string; en?: string } }).params ?? {};
  const fallback = messageOf('schemaIssue', { message: issue.message });
  add({
    file,
    line,
    column: field ? header.indexOf(field) + 1 : 0,
    field,
    message: issue.message,
    fix: params.fix ?? fallback.fix,
    en: params.en ?? fallback.en,
  });
}

/** The cells of a row that failed its schema which parse on their own (the rest are left out). */
function parsedCells(
  spec: FileSpec,
  raw: Record<string, string>,
  failed: Set<string>,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const col of spec.columns) {
    const cell = spec.schema.shape[col];
    if (failed.has(col) || !cell) continue;
    const r = cell.safeParse(raw[col]);
    if (r.success) row[col] = r.data;
  }
  return row;
}
