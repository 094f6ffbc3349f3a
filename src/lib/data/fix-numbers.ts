/**
 * data:fix's number step: the number columns of each file (read from FileSpec `kinds`), one cell
 * made plain (`３，５００` → `3500`), and every number cell of one file, with the % rule of
 * schemas/percent.ts deciding where a trailing % may be dropped.
 */
import Papa from 'papaparse';
import { FILE_SPECS, type FileSpec } from '../../schemas/index.ts';
import {
  GROUPED_NUMBER,
  PLAIN_NUMBER,
  parseExcelNumber,
  toHalfWidth,
  trimCell,
} from '../../schemas/fields.ts';
import { percentAllowed } from '../../schemas/percent.ts';
import { cellsOf, type Field } from './fix-cells.ts';

/**
 * The number columns of each file, from the table of file facts: every column whose kind is
 * `number` (values, targets, baselines, thresholds) or `integer` (seq, year, column_no, due_year,
 * criterion, removal_reason and plan.csv's three years). A new number column is picked up
 * automatically; test/data-fix.test.ts pins the list so such a change is seen.
 */
export const NUMBER_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  FILE_SPECS.map((spec) => [
    spec.file,
    spec.columns.filter((c) => spec.kinds[c] === 'number' || spec.kinds[c] === 'integer'),
  ]),
);

export type NumberFix =
  { kind: 'same' } | { kind: 'fixed'; to: string } | { kind: 'left'; why: 'format' | 'percent' };

/**
 * One number cell. `percentAllowed`: this column may carry a % and the row's unit is a
 * percentage. Returns the plain form when it differs, or why the cell is left for a person.
 */
export function normaliseNumberCell(raw: string, percentAllowed: boolean): NumberFix {
  let text = trimCell(toHalfWidth(raw));
  if (text === '') return raw === '' ? { kind: 'same' } : { kind: 'fixed', to: '' };
  const parsed = parseExcelNumber(raw);
  if (!parsed.ok) return { kind: 'left', why: 'format' };
  if (parsed.percent) {
    if (!percentAllowed) return { kind: 'left', why: 'percent' };
    text = trimCell(text.slice(0, -1));
  }
  if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, '');
  // parseExcelNumber accepted the cell, so this holds; the guard keeps a bug from changing a value.
  if (!PLAIN_NUMBER.test(text) || Number(text) !== parsed.value)
    return { kind: 'left', why: 'format' };
  return text === raw ? { kind: 'same' } : { kind: 'fixed', to: text };
}

export interface CellChange {
  /** Row as Excel numbers it (header = 1), as in the checker's messages. */
  line: number;
  column: string;
  from: string;
  to: string;
}

/** The files whose rows name their own unit (a unit_zh column): indicators.csv, milestones.csv. */
const UNIT_FILES = FILE_SPECS.filter((s) => s.columns.includes('unit_zh')).map((s) => s.file);

/**
 * The column by which a file's rows take the unit of another file's row (observations.csv
 * measure_id), from the file's references, or null.
 */
function unitReference(spec: FileSpec): string | null {
  const ref = spec.references.find((r) => r.files.every((f) => UNIT_FILES.includes(f)));
  return ref?.column ?? null;
}

/** id → unit, from the files whose rows name their unit (observations take their measure's). */
export function unitsOf(texts: Map<string, string>): Map<string, string | null> {
  const units = new Map<string, string | null>();
  for (const file of UNIT_FILES) {
    const text = texts.get(file);
    if (text === undefined) continue;
    const rows = Papa.parse<string[]>(text, { header: false, delimiter: ',' }).data;
    const header = (rows[0] ?? []).map((h) => trimCell(h));
    const idAt = header.indexOf('id');
    const unitAt = header.indexOf('unit_zh');
    if (idAt < 0 || unitAt < 0) continue;
    for (const row of rows.slice(1)) {
      const unit = trimCell(row[unitAt] ?? '');
      units.set(trimCell(row[idAt] ?? ''), unit === '' ? null : unit);
    }
  }
  return units;
}

/** Normalise the number cells of one decoded file. */
export function fixNumbers(
  file: string,
  text: string,
  units: Map<string, string | null>,
): { text: string; changes: CellChange[]; notes: string[] } {
  const spec = FILE_SPECS.find((s) => s.file === file);
  const numberColumns = NUMBER_COLUMNS[file];
  if (!spec || !numberColumns || numberColumns.length === 0)
    return { text, changes: [], notes: [] };
  const rows = cellsOf(text);
  if (!rows)
    return {
      text,
      changes: [],
      notes: [
        '文件结构有问题（例如引号不配对），数字没有自动修改：请先按 npm run check:data 的提示改好，再运行 npm run data:fix。',
      ],
    };
  const header = (rows[0] ?? []).map((f) => trimCell(f.value));
  const at = (name: string) => header.indexOf(name);
  const unitColumn = unitReference(spec);
  const changes: CellChange[] = [];
  const notes: string[] = [];
  const edits: Array<{ field: Field; to: string }> = [];
  rows.slice(1).forEach((row, index) => {
    const line = index + 2;
    if (row.every((f) => f.value.trim() === '')) return;
    if (row.length !== header.length) {
      notes.push(
        `第 ${line} 行有 ${row.length} 个单元格，表头有 ${header.length} 列，这一行没有自动修改。`,
      );
      return;
    }
    const cell = (name: string) => (at(name) >= 0 ? trimCell(row[at(name)]?.value ?? '') : null);
    const unit =
      at('unit_zh') >= 0
        ? cell('unit_zh') || null
        : unitColumn !== null && at(unitColumn) >= 0
          ? (units.get(cell(unitColumn) ?? '') ?? null)
          : null;
    for (const column of numberColumns) {
      const field = row[at(column)];
      if (at(column) < 0 || !field) continue;
      const percentColumn = spec.numeric.includes(column);
      const result = normaliseNumberCell(field.value, percentAllowed(spec, column, unit));
      if (result.kind === 'fixed') {
        changes.push({ line, column, from: field.value, to: result.to });
        edits.push({ field, to: result.to });
      } else if (result.kind === 'left' && result.why === 'percent')
        notes.push(
          !percentColumn
            ? `第 ${line} 行 ${column} “${field.value}”：这一列只能填整数，不能带 %，没有自动修改。`
            : unit === null
              ? `第 ${line} 行 ${column} “${field.value}”带 %，但找不到这一项的单位，没有自动修改：请确认编号和单位。`
              : `第 ${line} 行 ${column} “${field.value}”带 %，但单位“${unit}”不是百分比，没有自动修改：请确认数字后去掉 %。`,
        );
      else if (result.kind === 'left')
        notes.push(
          `第 ${line} 行 ${column} “${field.value}”不是可识别的数字，没有自动修改：请改为阿拉伯数字。`,
        );
    }
  });
  let out = text;
  for (const { field, to } of edits.sort((a, b) => b.field.start - a.field.start))
    out = out.slice(0, field.start) + to + out.slice(field.end);
  return { text: out, changes, notes };
}
