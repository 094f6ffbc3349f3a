/**
 * `npm run data:fix`, the pure part: given the bytes of every CSV file in a data directory, make
 * the smallest edit that turns what Excel/WPS wrote into what the data files should hold. No I/O
 * (scripts/data-fix.ts reads and writes the files).
 *
 * What it changes, and nothing else:
 * 1. Encoding. A file that is not valid UTF-8 but decodes cleanly as GB18030 (Excel's plain “CSV”
 *    on a Chinese Windows) is rewritten as UTF-8 **without a BOM** — like every file in data/ and
 *    like the GitHub web editor writes — keeping its line endings exactly as they were. A UTF-8
 *    file keeps its BOM if it had one. .xlsx and UTF-16 files are left for a person (the checker
 *    explains how to save them).
 * 2. Numbers typed the way the loader already accepts them (fields.ts parseExcelNumber), in the
 *    number columns only (NUMBER_COLUMNS): full-width digits and signs become ASCII, thousands
 *    separators are removed, surrounding (full-width) spaces are trimmed — `３，５００` → `3500`,
 *    `"3,800"` → `3800`. The digits are kept as written (`1.10` stays `1.10`, never `1.1`).
 * 3. A trailing % is dropped only where the loader allows it — a FILE_SPECS `numeric` column in a
 *    row whose unit is a percentage — so `99.5%` → `99.5` means the same thing. A % anywhere else
 *    is an error the steward has to look at (is `36%` of “批次/年” really 36?): it is left as it is
 *    and mentioned in the report.
 *
 * Everything else stays byte for byte: other cells, the quoting of untouched cells, the column
 * order, blank rows, the line endings. Only the changed cells are spliced into the original text
 * (a changed cell is a plain number, which never needs quotes), so a file that needs no change
 * comes back as the very same bytes.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { FILE_SPECS, type FileSpec } from '../../schemas/index.ts';
import { parseExcelNumber, toHalfWidth, trimCell } from '../../schemas/fields.ts';

/** Sample cells that every numeric transform of the schemas turns into a number. */
const NUMBER_PROBES = ['1', '2026'];

function outputsNumber(spec: FileSpec, column: string): boolean {
  const field = spec.schema.shape[column] as z.ZodType | undefined;
  if (!field) return false;
  return NUMBER_PROBES.some((probe) => {
    const r = field.safeParse(probe);
    return r.success && typeof r.data === 'number';
  });
}

/**
 * The number columns of each file, derived once from the schemas themselves: a column is a number
 * column when its cell transform (num, optionalNum, int, requiredInt — all built on
 * parseExcelNumber) turns `1` or `2026` into a number. That is FILE_SPECS[].numeric (values,
 * targets, baselines) plus the integers: seq, year, column_no, due_year, criterion,
 * removal_reason and plan.csv's three years. A new number column is picked up automatically;
 * test/data-fix.test.ts pins the list so such a change is seen.
 */
export const NUMBER_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  FILE_SPECS.map((spec) => [
    spec.file,
    spec.columns.filter((c) => spec.numeric.includes(c) || outputsNumber(spec, c)),
  ]),
);

/** Columns where a trailing % is allowed when the row's unit is a percentage (the loader's rule). */
const PERCENT_COLUMNS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  FILE_SPECS.map((spec) => [spec.file, spec.numeric]),
);

/** The loader's test for a percentage unit (validate-dataset.ts checkPercent). */
const isPercentUnit = (unit: string | null) => unit !== null && unit.includes('%');

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

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

export interface FileFix {
  file: string;
  /** Rewritten from GB18030 to UTF-8. */
  converted: boolean;
  changes: CellChange[];
  /** What was seen but deliberately left for a person (does not count as a change). */
  notes: string[];
  /** The new bytes: the very same array as the input when nothing changed. */
  bytes: Uint8Array;
}

export const fileChanged = (fix: FileFix) => fix.converted || fix.changes.length > 0;

type Decoded =
  { ok: true; text: string; bom: boolean; converted: boolean } | { ok: false; note: string };

const UNREADABLE =
  '不是 UTF-8，也不能按 GB18030 读取（可能是 .xlsx 工作簿或 UTF-16“Unicode 文本”），没有修改：请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”。';

function decode(bytes: Uint8Array): Decoded {
  const starts = (prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
  if (starts([0x50, 0x4b, 0x03, 0x04]) || starts([0xff, 0xfe]) || starts([0xfe, 0xff]))
    return { ok: false, note: UNREADABLE };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    const bom = text.startsWith('\uFEFF');
    return { ok: true, text: bom ? text.slice(1) : text, bom, converted: false };
  } catch {
    // Not UTF-8. GB18030 covers GBK; a byte sequence it cannot map becomes U+FFFD.
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\uFFFD') || text.includes('\u0000')) return { ok: false, note: UNREADABLE };
    return { ok: true, text: text.replace(/^\uFEFF/, ''), bom: false, converted: true };
  }
}

interface Field {
  /** Offsets of the cell's raw text, quotes included. */
  start: number;
  end: number;
  value: string;
}

/**
 * Split CSV text into cells with their offsets, the way papaparse reads it (comma, double quotes,
 * `""` inside quotes, the line break papaparse detected). Null when a quote is not closed
 * properly; the caller also checks that the cells equal papaparse's before editing anything.
 */
function tokenize(text: string, newline: string): Field[][] | null {
  const rows: Field[][] = [];
  if (text === '') return rows;
  let row: Field[] = [];
  let i = 0;
  for (;;) {
    const start = i;
    let value: string;
    if (text[i] === '"') {
      value = '';
      let j = i + 1;
      for (;;) {
        const k = text.indexOf('"', j);
        if (k < 0) return null;
        value += text.slice(j, k);
        if (text[k + 1] === '"') {
          value += '"';
          j = k + 2;
          continue;
        }
        i = k + 1;
        break;
      }
      if (!(i === text.length || text[i] === ',' || text.startsWith(newline, i))) return null;
    } else {
      const comma = text.indexOf(',', i);
      const nl = text.indexOf(newline, i);
      const end = Math.min(comma < 0 ? text.length : comma, nl < 0 ? text.length : nl);
      value = text.slice(i, end);
      i = end;
    }
    row.push({ start, end: i, value });
    if (i === text.length) break;
    if (text[i] === ',') {
      i += 1;
      continue;
    }
    rows.push(row);
    row = [];
    i += newline.length;
  }
  rows.push(row);
  return rows;
}

/** Cells with offsets, or null when the text cannot be edited cell by cell safely. */
function cellsOf(text: string): Field[][] | null {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
  });
  if (parsed.errors.length > 0) return null;
  const rows = tokenize(text, parsed.meta.linebreak || '\n');
  if (!rows || rows.length !== parsed.data.length) return null;
  const same = rows.every((row, r) => {
    const theirs = parsed.data[r] ?? [];
    return row.length === theirs.length && row.every((f, c) => f.value === theirs[c]);
  });
  return same ? rows : null;
}

const shown = (value: string) => (value === '' ? '（空）' : value);

/** measure id → unit, from indicators.csv and milestones.csv (observations take their unit). */
function unitsOf(texts: Map<string, string>): Map<string, string | null> {
  const units = new Map<string, string | null>();
  for (const file of ['indicators.csv', 'milestones.csv']) {
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
function fixNumbers(
  file: string,
  text: string,
  units: Map<string, string | null>,
): { text: string; changes: CellChange[]; notes: string[] } {
  const numberColumns = NUMBER_COLUMNS[file];
  if (!numberColumns || numberColumns.length === 0) return { text, changes: [], notes: [] };
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
  const percentColumns = PERCENT_COLUMNS[file] ?? [];
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
        : at('measure_id') >= 0
          ? (units.get(cell('measure_id') ?? '') ?? null)
          : null;
    for (const column of numberColumns) {
      const field = row[at(column)];
      if (at(column) < 0 || !field) continue;
      const percentColumn = percentColumns.includes(column);
      const result = normaliseNumberCell(field.value, percentColumn && isPercentUnit(unit));
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

const BOM_BYTES = [0xef, 0xbb, 0xbf];

function encode(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + BOM_BYTES.length);
  out.set(BOM_BYTES);
  out.set(body, BOM_BYTES.length);
  return out;
}

/**
 * Work out the fix of every .csv file of a data directory (given as { file name: bytes }), in
 * file-name order. Files the data contract does not know get the encoding fix only.
 */
export function fixDataFiles(files: Readonly<Record<string, Uint8Array>>): FileFix[] {
  const names = Object.keys(files)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort();
  const decoded = new Map(names.map((n) => [n, decode(files[n] as Uint8Array)] as const));
  const texts = new Map<string, string>();
  for (const [name, d] of decoded) if (d.ok) texts.set(name, d.text);
  const units = unitsOf(texts);
  return names.map((file): FileFix => {
    const bytes = files[file] as Uint8Array;
    const d = decoded.get(file);
    if (!d || !d.ok)
      return { file, converted: false, changes: [], notes: d ? [d.note] : [], bytes };
    const fixed = fixNumbers(file, d.text, units);
    const changed = d.converted || fixed.changes.length > 0;
    return {
      file,
      converted: d.converted,
      changes: fixed.changes,
      notes: fixed.notes,
      bytes: changed ? encode(fixed.text, d.bom) : bytes,
    };
  });
}

/** The report lines of one file, in Chinese: `data/x.csv：由 GB18030 转为 UTF-8；第 4 行 …`. */
export function describeFix(fix: FileFix, shownPath: string): string[] {
  const parts: string[] = [];
  if (fix.converted) parts.push('由 GB18030 转为 UTF-8（不带 BOM，换行符不变）');
  for (const c of fix.changes)
    parts.push(`第 ${c.line} 行 ${c.column} “${shown(c.from)}” → ${shown(c.to)}`);
  const lines = [`${shownPath}：${parts.length > 0 ? parts.join('；') : '无需修改'}`];
  for (const note of fix.notes) lines.push(`  提示：${note}`);
  return lines;
}
