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
 *    number columns only (NUMBER_COLUMNS, from FileSpec `kinds`): full-width digits and signs become ASCII, thousands
 *    separators are removed, surrounding (full-width) spaces are trimmed — `３，５００` → `3500`,
 *    `"3,800"` → `3800`. The digits are kept as written (`1.10` stays `1.10`, never `1.1`).
 * 3. A trailing % is dropped only where the loader allows it (schemas/percent.ts) — a FILE_SPECS
 *    `numeric` column in a row whose unit is a percentage — so `99.5%` → `99.5` means the same thing. A % anywhere else
 *    is an error the steward has to look at (is `36%` of “批次/年” really 36?): it is left as it is
 *    and mentioned in the report.
 *
 * Everything else stays byte for byte: other cells, the quoting of untouched cells, the column
 * order, blank rows, the line endings. Only the changed cells are spliced into the original text
 * (a changed cell is a plain number, which never needs quotes), so a file that needs no change
 * comes back as the very same bytes.
 *
 * The steps live in fix-encoding.ts, fix-cells.ts and fix-numbers.ts; this module runs them.
 */
import { fixNumbers, unitsOf, type CellChange } from './fix-numbers.ts';
import { decode, encode } from './fix-encoding.ts';

export {
  NUMBER_COLUMNS,
  normaliseNumberCell,
  type CellChange,
  type NumberFix,
} from './fix-numbers.ts';

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

const shown = (value: string) => (value === '' ? '（空）' : value);

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
