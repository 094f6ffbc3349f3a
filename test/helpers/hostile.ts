/**
 * A hostile data set for the escaping tests (test/e2e/hostile-text.test.ts): the valid fixture
 * (test/fixtures/valid/) grown to one row per payload in every file that has one row per thing,
 * with a payload in every free-text cell.
 *
 * Which columns are free text is not listed by hand: a column is free text when its own cell
 * schema (src/schemas/) accepts a string of markup. So a text column added later gets hostile
 * text too, and ids, codes, numbers, dates and URLs keep the fixture's valid values.
 *
 * Cell (row r, j-th text column) of a file gets payload (r + j + offset) mod N, N = the number of
 * payloads (a Latin square): with N rows every text column carries every payload, so every page
 * that shows a column for all rows shows every payload, and the detail pages together do too.
 * A payload longer than its column allows is replaced by its short form; the long ones are as
 * long as the column allows.
 */
import Papa from 'papaparse';
import type { z } from 'zod';
import { FILE_SPECS, type FileSpec } from '../../src/schemas/index.ts';
import { validateDataset } from '../../src/lib/data/validate-dataset.ts';
import { formatReport } from '../../src/lib/data/issues.ts';
import { overlayFiles } from './fixtures.ts';

export interface Payload {
  name: string;
  /** The text for a column whose cells may hold at most `max` characters (UTF-16 units). */
  make: (max: number) => string;
}

/** Shortest text limit of any column (unit_zh: 30); every short form fits it. */
const SHORTEST_LIMIT = 30;

function fixed(name: string, full: string, short: string = full): Payload {
  if (short.length > SHORTEST_LIMIT) throw new Error(`short form of ${name} is too long`);
  return { name, make: (max) => (full.length <= max ? full : short) };
}

function repeated(name: string, unit: string, length = 10_000): Payload {
  return {
    name,
    make: (max) => unit.repeat(Math.ceil(length / unit.length)).slice(0, Math.min(length, max)),
  };
}

/** The hostile corpus, in the order the Latin square rotates them. */
export const PAYLOADS: readonly Payload[] = [
  fixed('script', '<script>window.__pwned=1</script>', '<script>__pwned=1</script>'),
  fixed('img-onerror', '"><img src=x onerror="window.__pwned=1">', '<img src=x onerror=__pwned=1>'),
  fixed('attribute-break', "' onmouseover='window.__pwned=1", "' onmouseover='__pwned=1"),
  fixed('svg-onload', '<svg onload=window.__pwned=1>'),
  fixed('javascript-url', 'javascript:window.__pwned=1'),
  fixed(
    'data-url',
    'data:text/html,<script>window.__pwned=1</script>',
    'data:text/html,<b>__pwned</b>',
  ),
  fixed('template', '{{7*7}} ${7*7} <%= 7*7 %>'),
  fixed(
    'title-break',
    '</title><script>window.__pwned=1</script>',
    '</title><svg onload=__pwned=1>',
  ),
  fixed(
    'svg-desc-break',
    ']]></desc><script>window.__pwned=1</script>',
    '</desc><svg onload=__pwned=1>',
  ),
  fixed('entities', '&lt;b&gt;entity&amp; &#60;i&#62;', '&lt;b&gt;entity&amp;'),
  fixed('style', '<style>body{display:none}</style>', '<style>*{display:none}</style>'),
  // 10 000 characters where a column allows it; otherwise as many as the column allows.
  repeated('long-latin', 'Pharmacovigilance'),
  repeated('long-cjk', '药品安全监督管理能力'),
  fixed(
    'mixed-chinese',
    '药品“安全”，质量 <b>第一</b> & \'单引号\' "双引号", 逗号;分号\n第二行',
    '药品“安全”,<b>粗</b>&"引"',
  ),
  fixed('emoji', '💊🧪 药品 👩‍⚕️ 🇨🇳 🧑🏽‍🔬 ✅'),
  fixed('formula-hyperlink', '=HYPERLINK("http://evil","x")'),
  fixed('formula-plus', '+1+1'),
  fixed('formula-at', '@SUM(1)'),
];

/** Web addresses that are valid http(s) (the checker accepts them) but full of markup. */
export const HOSTILE_URLS: readonly string[] = [
  'https://example.org/"><script>window.__pwned=1</script>',
  "https://example.org/?q='onmouseover='window.__pwned=1'",
  'http://example.org/<svg/onload=window.__pwned=1>',
];

/** Markup, so the probe below tells free text from ids, codes, numbers, dates and URLs. */
const PROBE = '<b>probe</b>';

function cellSchema(spec: FileSpec, column: string): z.ZodType {
  return (spec.schema.shape as Record<string, z.ZodType>)[column]!;
}

/** The free-text columns of a file: those whose cell schema accepts markup. */
export function textColumns(spec: FileSpec): string[] {
  return spec.columns.filter((c) => cellSchema(spec, c).safeParse(PROBE).success);
}

/** How many characters a text column accepts (found by bisection, capped at 10 000). */
export function textLimit(spec: FileSpec, column: string): number {
  const schema = cellSchema(spec, column);
  let lo = 1;
  let hi = 10_000;
  if (schema.safeParse('x'.repeat(hi)).success) return hi;
  while (lo + 1 < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (schema.safeParse('x'.repeat(mid)).success) lo = mid;
    else hi = mid;
  }
  return lo;
}

type Row = Record<string, string>;
export type Tables = Record<string, Row[]>;

function parse(bytes: Uint8Array): Row[] {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  return parsed.data;
}

export function toCsv(spec: FileSpec, rows: Row[]): string {
  return `${Papa.unparse({ fields: [...spec.columns], data: rows.map((r) => spec.columns.map((c) => r[c] ?? '')) }, { newline: '\n' })}\n`;
}

/** Files with one row per thing, grown to one row per payload. */
const GROWN: Record<string, { unique: readonly string[] }> = {
  'indicators.csv': { unique: ['seq'] },
  'programmes.csv': { unique: ['column_no'] },
  'milestones.csv': { unique: [] },
  'platforms.csv': { unique: ['seq'] },
  'key-items.csv': { unique: [] },
};

/**
 * Grow `rows` to `n` by copying the valid rows in turn, each copy with a new id (and a new number
 * in the columns that must be unique). Returns the copies' ids by the id they were copied from.
 */
function grow(rows: Row[], n: number, unique: readonly string[]): Map<string, string[]> {
  const copies = new Map<string, string[]>();
  const templates = [...rows];
  for (let k = rows.length; k < n; k++) {
    const template = templates[k % templates.length]!;
    const id = `${template.id}x${k}`;
    rows.push({ ...template, id });
    copies.set(template.id!, [...(copies.get(template.id!) ?? []), id]);
  }
  rows.forEach((row, k) => {
    for (const col of unique) row[col] = String(k + 1);
  });
  return copies;
}

/** Rows of a dependent file copied for every copy of the row they belong to. */
function followCopies(rows: Row[], key: string, copies: Map<string, string[]>): void {
  for (const row of [...rows])
    for (const id of copies.get(row[key]!) ?? []) rows.push({ ...row, [key]: id });
}

/** Payload indices for the plan row, chosen so its title meets the dangerous contexts. */
const PLAN_PAYLOADS: Record<string, string> = {
  title_zh: 'title-break',
  title_en: 'img-onerror',
  document_no: 'script',
  source_zh: 'attribute-break',
};

export interface HostileDataSet {
  /** Every CSV file as bytes, ready to be written into a data directory. */
  files: Record<string, Uint8Array>;
  /** The same as rows (cell text as written), by file name. */
  tables: Tables;
  /** Free-text columns by file name. */
  text: Record<string, string[]>;
  /** Which payload each hostile cell holds: `${file}|${row}|${column}` → payload name. */
  payloadOf: Map<string, string>;
}

export const cellKey = (file: string, row: number, column: string) => `${file}|${row}|${column}`;

/** The hostile data set (throws, with the checker's report, if it does not validate). */
export function hostileDataSet(): HostileDataSet {
  const base = overlayFiles();
  const tables: Tables = {};
  // Optional files the valid fixture leaves out (site.csv) stay out.
  const specs = FILE_SPECS.filter((s) => base[s.file]);
  for (const spec of specs) tables[spec.file] = parse(base[spec.file]!);
  const n = PAYLOADS.length;

  const measureCopies = new Map<string, string[]>();
  for (const [file, { unique }] of Object.entries(GROWN)) {
    const copies = grow(tables[file]!, n, unique);
    if (file === 'indicators.csv' || file === 'milestones.csv')
      for (const [k, v] of copies) measureCopies.set(k, v);
    if (file === 'platforms.csv')
      followCopies(tables['platform-capabilities.csv']!, 'platform_id', copies);
  }
  followCopies(tables['observations.csv']!, 'measure_id', measureCopies);

  const text: Record<string, string[]> = {};
  const payloadOf = new Map<string, string>();
  specs.forEach((spec, fileIndex) => {
    const columns = textColumns(spec);
    text[spec.file] = columns;
    const limits = new Map(columns.map((c) => [c, textLimit(spec, c)]));
    tables[spec.file]!.forEach((row, r) => {
      columns.forEach((column, j) => {
        const fromPlan = spec.file === 'plan.csv' ? PLAN_PAYLOADS[column] : undefined;
        const payload = fromPlan
          ? PAYLOADS.find((p) => p.name === fromPlan)!
          : PAYLOADS[(r + j + fileIndex) % n]!;
        const before = row[column] ?? '';
        row[column] = payload.make(limits.get(column)!);
        // A cell the valid row leaves blank stays blank where the row needs it blank
        // (e.g. unit_zh of a deliverable).
        if (before === '' && !spec.schema.safeParse(row).success) {
          row[column] = '';
          return;
        }
        payloadOf.set(cellKey(spec.file, r, column), payload.name);
      });
      for (const column of spec.columns.filter((c) => c.endsWith('_url')))
        row[column] = HOSTILE_URLS[r % HOSTILE_URLS.length]!;
    });
  });

  const files: Record<string, Uint8Array> = {};
  for (const spec of specs)
    files[spec.file] = new TextEncoder().encode(toCsv(spec, tables[spec.file]!));
  const result = validateDataset(files, { dir: 'hostile' });
  if (!result.ok)
    throw new Error(`the hostile data set does not validate:\n${formatReport(result.issues)}`);
  return { files, tables, text, payloadOf };
}
