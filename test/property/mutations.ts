/**
 * Hostile edits of the valid fixture for the property tests: each mutation is plain data (so
 * fast-check prints and shrinks it readably) and `applyMutations` turns it into file bytes.
 * Positions are drawn as large natural numbers and taken modulo the length they index.
 */
import fc from 'fast-check';
import vm from 'node:vm';
import { overlayFiles } from '../helpers/fixtures.ts';

export type Files = Record<string, Uint8Array>;

/** The valid fixture (test/fixtures/valid), never modified. */
export const BASE: Readonly<Files> = Object.freeze(overlayFiles());
export const FILE_NAMES: readonly string[] = Object.keys(BASE).sort();

const utf8 = new TextEncoder();
/** UTF-8 → text, keeping a BOM and replacing bad bytes (a mutation may have broken them). */
export const text = (bytes: Uint8Array) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
export const bytesOf = (s: string) => utf8.encode(s);

/** Physical lines as an editor counts them (CR, LF and CRLF each end one). */
export const splitLines = (s: string) => s.split(/\r\n|\n|\r/);

/** Characters the data layer must refuse in a cell: bidi controls, C0/C1 controls, zero-width. */
export const BIDI = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u061C',
];
export const CONTROL = [
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter(
    (c) => c !== '\t' && c !== '\n' && c !== '\r',
  ),
  '\u007F',
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)),
];
export const ZERO_WIDTH = ['\u200B', '\u2060', '\uFEFF'];
export const INVISIBLE = [...BIDI, ...CONTROL, ...ZERO_WIDTH];

/** Cell values that have broken parsers and formatters before. */
const NASTY_VALUES = [
  '',
  ' ',
  '\u3000',
  '"',
  '""',
  '","',
  ',',
  ';',
  '\t',
  '\n',
  '\r',
  '\r\n',
  'NaN',
  'undefined',
  'null',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
  'Infinity',
  '-0',
  '1e400',
  '0x10',
  '3,800',
  '３５００',
  '99.5%',
  '2026-02-30',
  '2026/3/5',
  '46096',
  '=HYPERLINK("http://x","y")',
  'javascript:alert(1)',
  '测试\u202E0053',
  'a'.repeat(300),
  '9'.repeat(400),
  'x@y.cn',
  '13812345678',
];

export type Mutation =
  | { kind: 'flip'; file: string; at: number; byte: number }
  | { kind: 'insertBytes'; file: string; at: number; bytes: number[] }
  | { kind: 'deleteBytes'; file: string; at: number; length: number }
  | { kind: 'insertText'; file: string; at: number; text: string }
  | { kind: 'deleteChar'; file: string; char: string; nth: number }
  | { kind: 'delimiter'; file: string; to: string; scope: 'all' | 'header' | 'line'; line: number }
  | { kind: 'encode'; file: string; as: Encoding }
  | { kind: 'hugeCell'; file: string; row: number; col: number; size: number; unit: string }
  | { kind: 'empty'; file: string; as: 'zero' | 'bom' | 'header-only' | 'blank-lines' }
  | { kind: 'duplicateHeaderLine'; file: string; at: number }
  | { kind: 'duplicateColumnName'; file: string; from: number; to: number }
  | { kind: 'truncate'; file: string; at: number }
  | { kind: 'remove'; file: string }
  | { kind: 'rename'; file: string; to: string }
  | { kind: 'lineEndings'; file: string; endings: string[] }
  | { kind: 'setCell'; file: string; row: number; col: number; value: string; quoted: boolean };

export type Encoding = 'gb18030' | 'utf16le-bom' | 'utf16be-bom' | 'utf16le' | 'latin1' | 'random';

const file = fc.constantFrom(...FILE_NAMES);
const at = fc.nat({ max: 1_000_000 });

const cellValue = fc.oneof(
  fc.constantFrom(...NASTY_VALUES),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

/** Everything the issue lists, at sizes a checker run finishes in milliseconds. */
export const hostileMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip'), file, at, byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insertBytes'),
    file,
    at,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('deleteBytes'),
    file,
    at,
    length: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    kind: fc.constant('insertText'),
    file,
    at,
    text: fc.oneof(
      fc.constantFrom('"', '""', '"""', ',', ';', '\t', '\n', '\r', '\r\n', '\0', '\uFEFF'),
      fc.constantFrom(...INVISIBLE),
      cellValue,
    ),
  }),
  fc.record({
    kind: fc.constant('deleteChar'),
    file,
    char: fc.constantFrom('"', ',', '\n'),
    nth: at,
  }),
  fc.record({
    kind: fc.constant('delimiter'),
    file,
    to: fc.constantFrom(';', '\t', '|', '，'),
    scope: fc.constantFrom('all', 'header', 'line'),
    line: at,
  }),
  fc.record({
    kind: fc.constant('encode'),
    file,
    as: fc.constantFrom<Encoding>(
      'gb18030',
      'utf16le-bom',
      'utf16be-bom',
      'utf16le',
      'latin1',
      'random',
    ),
  }),
  fc.record({
    kind: fc.constant('hugeCell'),
    file,
    row: at,
    col: at,
    size: fc.integer({ min: 1_000, max: 20_000 }),
    unit: fc.constantFrom('a', '9', '药', ' ', ',', '"', '\n', 'a@', '1.', '\u202E', 'ab,"c'),
  }),
  fc.record({
    kind: fc.constant('empty'),
    file,
    as: fc.constantFrom('zero', 'bom', 'header-only', 'blank-lines'),
  }),
  fc.record({ kind: fc.constant('duplicateHeaderLine'), file, at }),
  fc.record({ kind: fc.constant('duplicateColumnName'), file, from: at, to: at }),
  fc.record({ kind: fc.constant('truncate'), file, at }),
  fc.record({ kind: fc.constant('remove'), file }),
  fc.record({
    kind: fc.constant('rename'),
    file,
    to: fc.constantFrom('PLAN.CSV', 'indicator.csv', 'notes.csv', '__proto__.csv', 'x.csv.bak'),
  }),
  fc.record({
    kind: fc.constant('lineEndings'),
    file,
    endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 12 }),
  }),
  fc.record({
    kind: fc.constant('setCell'),
    file,
    row: at,
    col: at,
    value: cellValue,
    quoted: fc.boolean(),
  }),
);

/** One to three hostile edits, applied in order. */
export const hostileMutations = fc.array(hostileMutation, { minLength: 1, maxLength: 3 });

/**
 * Edits that change how the file is written but not what a spreadsheet reads: mixed line
 * endings, a BOM, blank lines, cells wrapped in quotes, spaces around cells.
 */
export type Preserving =
  | { kind: 'lineEndings'; file: string; endings: string[] }
  | { kind: 'bom'; file: string }
  | { kind: 'blankLines'; file: string; at: number; count: number }
  | { kind: 'quoteCells'; file: string; cells: number[] }
  | { kind: 'padCells'; file: string; cells: number[]; pad: string };

export const preservingMutation: fc.Arbitrary<Preserving> = fc.oneof(
  fc.record({
    kind: fc.constant('lineEndings'),
    file,
    endings: fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant('bom'), file }),
  fc.record({ kind: fc.constant('blankLines'), file, at, count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({
    kind: fc.constant('quoteCells'),
    file,
    cells: fc.array(at, { minLength: 1, maxLength: 10 }),
  }),
  fc.record({
    kind: fc.constant('padCells'),
    file,
    cells: fc.array(at, { minLength: 1, maxLength: 10 }),
    pad: fc.constantFrom(' ', '  ', '\u3000', '\u00A0', '\t'),
  }),
);

// ---------------------------------------------------------------------------------------------

function splice(bytes: Uint8Array, start: number, remove: number, insert: ArrayLike<number> = []) {
  const out = new Uint8Array(bytes.length - remove + insert.length);
  out.set(bytes.subarray(0, start), 0);
  out.set(Array.from(insert), start);
  out.set(bytes.subarray(start + remove), start + insert.length);
  return out;
}

/** Rows of cells, by plain splitting: the fixture has no quoted cells. */
function grid(bytes: Uint8Array): string[][] {
  return text(bytes)
    .split(/\r\n|\n|\r/)
    .filter((l, i, all) => !(l === '' && i === all.length - 1))
    .map((l) => l.split(','));
}
const ungrid = (rows: string[][]) => `${rows.map((r) => r.join(',')).join('\n')}\n`;

let gbTable: Map<string, [number, number]> | undefined;
/** GB18030 bytes, as Excel's plain “CSV” writes on a Chinese Windows (two-byte range only). */
export function gb18030(s: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const dec = new TextDecoder('gb18030');
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([a, b]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbTable.has(ch)) gbTable.set(ch, [a, b]);
      }
  }
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0x3f;
    if (c < 0x80) out.push(c);
    else out.push(...(gbTable.get(ch) ?? [0x3f]));
  }
  return new Uint8Array(out);
}

function utf16(s: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + s;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = u & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = u >> 8;
  }
  return out;
}

/** A deterministic byte soup in 0x80–0xFF, seeded by the file's length. */
function randomHighBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed || 1;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = 0x80 | (x & 0x7f);
  }
  return out;
}

function encode(bytes: Uint8Array, as: Encoding): Uint8Array {
  const s = text(bytes);
  switch (as) {
    case 'gb18030':
      return gb18030(s);
    case 'utf16le-bom':
      return utf16(s, true, true);
    case 'utf16be-bom':
      return utf16(s, false, true);
    case 'utf16le':
      return utf16(s, true, false);
    case 'latin1':
      return new Uint8Array(Array.from(s, (c) => c.charCodeAt(0) & 0xff));
    case 'random': {
      const start = Math.floor(bytes.length / 3);
      return splice(bytes, start, 0, randomHighBytes(16, bytes.length));
    }
  }
}

/** The cell at (row, col) of a file, both taken modulo the file's size; null if it has none. */
function cellAt(rows: string[][], row: number, col: number, dataOnly = false) {
  const first = dataOnly ? 1 : 0;
  if (rows.length <= first) return null;
  const r = first + (row % (rows.length - first));
  const cells = rows[r] ?? [];
  if (cells.length === 0) return null;
  return { r, c: col % cells.length };
}

export function applyMutation(files: Files, m: Mutation): Files {
  const out = { ...files };
  const bytes = out[m.file];
  if (m.kind === 'remove') {
    delete out[m.file];
    return out;
  }
  if (!bytes) return out;
  const pos = (n: number, len = bytes.length) => n % (len + 1);
  switch (m.kind) {
    case 'flip': {
      if (bytes.length === 0) return out;
      const b = new Uint8Array(bytes);
      b[m.at % bytes.length] = m.byte;
      out[m.file] = b;
      return out;
    }
    case 'insertBytes':
      out[m.file] = splice(bytes, pos(m.at), 0, m.bytes);
      return out;
    case 'deleteBytes': {
      const start = pos(m.at);
      out[m.file] = splice(bytes, start, Math.min(m.length, bytes.length - start));
      return out;
    }
    case 'insertText': {
      const chars = Array.from(text(bytes));
      chars.splice(pos(m.at, chars.length), 0, m.text);
      out[m.file] = bytesOf(chars.join(''));
      return out;
    }
    case 'deleteChar': {
      const s = text(bytes);
      const hits = [...s.matchAll(new RegExp(m.char, 'g'))].map((x) => x.index);
      if (hits.length === 0) return out;
      const i = hits[m.nth % hits.length] ?? 0;
      out[m.file] = bytesOf(s.slice(0, i) + s.slice(i + m.char.length));
      return out;
    }
    case 'delimiter': {
      const lines = splitLines(text(bytes));
      const which = m.line % lines.length;
      out[m.file] = bytesOf(
        lines
          .map((l, i) =>
            m.scope === 'all' || (m.scope === 'header' ? i === 0 : i === which)
              ? l.replaceAll(',', m.to)
              : l,
          )
          .join('\n'),
      );
      return out;
    }
    case 'encode':
      out[m.file] = encode(bytes, m.as);
      return out;
    case 'hugeCell': {
      const rows = grid(bytes);
      const spot = cellAt(rows, m.row, m.col);
      if (!spot) return out;
      const cell = m.unit.repeat(Math.ceil(m.size / m.unit.length)).slice(0, m.size);
      rows[spot.r]![spot.c] = cell;
      out[m.file] = bytesOf(ungrid(rows));
      return out;
    }
    case 'empty': {
      const header = splitLines(text(bytes))[0] ?? '';
      out[m.file] =
        m.as === 'zero'
          ? new Uint8Array()
          : m.as === 'bom'
            ? new Uint8Array([0xef, 0xbb, 0xbf])
            : m.as === 'header-only'
              ? bytesOf(`${header}\n`)
              : bytesOf(`${header}\n\n\n,,,\n \n`);
      return out;
    }
    case 'duplicateHeaderLine': {
      const lines = splitLines(text(bytes));
      lines.splice(1 + (m.at % lines.length), 0, lines[0] ?? '');
      out[m.file] = bytesOf(lines.join('\n'));
      return out;
    }
    case 'duplicateColumnName': {
      const rows = grid(bytes);
      const header = rows[0];
      if (!header || header.length === 0) return out;
      header[m.to % header.length] = header[m.from % header.length] ?? '';
      out[m.file] = bytesOf(ungrid(rows));
      return out;
    }
    case 'truncate':
      out[m.file] = bytes.slice(0, m.at % (bytes.length + 1));
      return out;
    case 'rename':
      delete out[m.file];
      out[m.to] = bytes;
      return out;
    case 'lineEndings':
      out[m.file] = bytesOf(withEndings(text(bytes), m.endings));
      return out;
    case 'setCell': {
      const rows = grid(bytes);
      const spot = cellAt(rows, m.row, m.col);
      if (!spot) return out;
      rows[spot.r]![spot.c] = m.quoted ? csvQuote(m.value) : m.value;
      out[m.file] = bytesOf(ungrid(rows));
      return out;
    }
  }
}

export const applyMutations = (files: Readonly<Files>, ms: readonly Mutation[]): Files =>
  ms.reduce<Files>((f, m) => applyMutation(f, m), { ...files });

/** A cell as a spreadsheet writes it: quoted, inner quotes doubled. */
export const csvQuote = (v: string) => `"${v.replaceAll('"', '""')}"`;

function withEndings(s: string, endings: readonly string[]): string {
  const lines = splitLines(s);
  return lines
    .map((l, i) => (i === lines.length - 1 ? l : l + (endings[i % endings.length] ?? '\n')))
    .join('');
}

export function applyPreserving(files: Readonly<Files>, m: Preserving): Files {
  const out = { ...files };
  const bytes = out[m.file];
  if (!bytes) return out;
  switch (m.kind) {
    case 'lineEndings':
      out[m.file] = bytesOf(withEndings(text(bytes), m.endings));
      break;
    case 'bom':
      out[m.file] = bytesOf(`\uFEFF${text(bytes).replace(/^\uFEFF/, '')}`);
      break;
    case 'blankLines': {
      const lines = splitLines(text(bytes));
      // Never before the header: the header is row 1 by definition.
      lines.splice(1 + (m.at % lines.length), 0, ...Array<string>(m.count).fill(''));
      out[m.file] = bytesOf(lines.join('\n'));
      break;
    }
    case 'quoteCells':
    case 'padCells': {
      const rows = grid(bytes);
      const data = rows.length - 1;
      if (data <= 0) break;
      const done = new Set<string>();
      for (const n of m.cells) {
        const spot = cellAt(rows, n, Math.floor(n / data), true);
        if (!spot || done.has(`${spot.r}:${spot.c}`)) continue;
        done.add(`${spot.r}:${spot.c}`);
        const v = rows[spot.r]![spot.c]!;
        if (v.startsWith('"') || v.startsWith(' ')) continue; // already quoted or padded
        rows[spot.r]![spot.c] = m.kind === 'quoteCells' ? csvQuote(v) : `${m.pad}${v}${m.pad}`;
      }
      out[m.file] = bytesOf(ungrid(rows));
      break;
    }
  }
  return out;
}

/** Excel rows a file can have at most: its physical lines, plus one for “the row that is missing”. */
export function maxLine(bytes: Uint8Array | undefined): number {
  if (!bytes) return 0;
  let breaks = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) breaks++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) breaks++;
  }
  return breaks + 2;
}

/**
 * Run `fn` and give up after `ms` of wall-clock time: a synchronous hang (a regular expression
 * backtracking on a huge cell) is interrupted by V8 and reported instead of freezing the suite.
 * `cpu` is the processor time it took, which (unlike `elapsed`) a busy machine does not inflate:
 * assert bounds on that.
 */
export function bounded<T>(fn: () => T, ms: number): { value: T; elapsed: number; cpu: number } {
  const g = globalThis as { __propertyJob?: () => T };
  g.__propertyJob = fn;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    const value = vm.runInThisContext('globalThis.__propertyJob()', { timeout: ms }) as T;
    const cpu = process.cpuUsage(cpu0);
    return { value, elapsed: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new Error(`did not finish within ${ms} ms`, { cause: error });
    throw error;
  } finally {
    delete g.__propertyJob;
  }
}
