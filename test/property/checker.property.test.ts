/**
 * Property-based hostile input for the checker: the valid fixture is mutated at random (bytes,
 * quotes, delimiters, encodings, huge cells, empty files, duplicate headers, truncation, removed
 * files, line endings, NUL, invisible characters) and the checker must either accept the data or
 * refuse it with located Chinese messages: never a throw, never a stack trace, never a hang.
 *
 * Seeds are fixed, so a failure replays exactly; fast-check prints the shrunk counterexample.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateDataset, type DatasetResult } from '../../src/lib/data/validate-dataset.ts';
import { formatIssue, formatReport } from '../../src/lib/data/issues.ts';
import { runCheckData } from '../../src/lib/data/check-command.ts';
import {
  BASE,
  FILE_NAMES,
  INVISIBLE,
  applyMutations,
  applyPreserving,
  bounded,
  bytesOf,
  hostileMutations,
  maxLine,
  preservingMutation,
  text,
  type Files,
} from './mutations.ts';

/** Fixed so a failure replays; PROPERTY_SEED / PROPERTY_RUNS (a multiplier) explore further. */
const SEED = Number(process.env.PROPERTY_SEED ?? 20261123);
const RUNS = Number(process.env.PROPERTY_RUNS ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * RUNS));
const CJK = /[\u4e00-\u9fff]/;
/** Issues about a whole file, which have no row to point at (line 0). */
const WHOLE_FILE =
  /^(missing file|unknown CSV file|file is an \.xlsx|file is UTF-16|file is not valid UTF-8 \(looks like GBK|missing threshold)/;

const baseline = validateDataset(BASE);
if (!baseline.ok) throw new Error(formatReport(baseline.issues));
const expected = baseline.data;

/** Words that only appear in a report when a value went through String() by mistake. */
const LEAKS = ['undefined', '[object Object]', 'NaN', 'null'];

/** Every string in a value, however deep. */
const stringsIn = (v: unknown): string[] =>
  typeof v === 'string'
    ? [v]
    : v && typeof v === 'object'
      ? Object.values(v).flatMap(stringsIn)
      : [];

const INVISIBLE_RE = new RegExp(`[${INVISIBLE.join('')}]`);

/** Everything the properties require of a checker answer. */
function expectWellFormed(files: Files, result: DatasetResult) {
  if (result.ok) {
    // Accepted data holds no invisible character, and no “�” the file did not itself contain.
    const values = stringsIn(result.data);
    expect(values.filter((v) => INVISIBLE_RE.test(v))).toEqual([]);
    const written = Object.values(files).some((b) => text(b).includes('\uFFFD'));
    if (!written) expect(values.filter((v) => v.includes('\uFFFD'))).toEqual([]);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    const name = issue.file.replace(/^data\//, '');
    const where = `${issue.file}:${issue.line}:${issue.column} ${issue.en}`.slice(0, 200);
    expect(issue.file, where).toMatch(/^data\/[^/]+$/);
    expect(issue.message, where).toMatch(CJK);
    expect(issue.fix, where).toMatch(CJK);
    expect(issue.en.length, where).toBeGreaterThan(0);
    expect(Number.isInteger(issue.line) && issue.line >= 0, where).toBe(true);
    expect(Number.isInteger(issue.column) && issue.column >= 0, where).toBe(true);
    if (files[name] && !WHOLE_FILE.test(issue.en))
      expect(issue.line, `${where}: not located`).toBeGreaterThanOrEqual(1);
    if (files[name])
      expect(issue.line, `${where}: past the end`).toBeLessThanOrEqual(maxLine(files[name]));
    if (issue.field !== null) expect(issue.field.length, where).toBeLessThanOrEqual(100);
    const block = formatIssue(issue);
    expect(block.length, `${where}: message too long`).toBeLessThanOrEqual(3000);
    // One line each for where, 问题, 改法 and en: a value with a line break must not split them.
    expect(block.split('\n'), where).toEqual([
      expect.stringMatching(/^data\//),
      expect.stringMatching(/^ {2}问题：/),
      expect.stringMatching(/^ {2}改法：/),
      expect.stringMatching(/^ {2}en: /),
    ]);
  }
  const keys = result.issues.map((i) => `${i.file}:${i.line}:${i.column}:${i.en}`);
  expect(
    keys.filter((k, i) => keys.indexOf(k) !== i),
    'the same issue twice',
  ).toEqual([]);
  const report = formatReport(result.issues);
  expect(report).not.toMatch(/\n\s+at /);
  expect(report).not.toMatch(/\b(TypeError|RangeError|SyntaxError|ReferenceError)\b|Error:/);
  const input = Object.entries(files)
    .map(([n, b]) => `${n}\n${text(b)}`)
    .join('\n');
  for (const leak of LEAKS) if (!input.includes(leak)) expect(report).not.toContain(leak);
}

/** Share of hostile edits the checker must refuse (see the first property). */
const MIN_REFUSED = 0.8;

const check = (files: Files, ms = 5_000) => bounded(() => validateDataset(files), ms);

describe('property: hostile edits of a valid data set', () => {
  it('validateDataset never throws; it accepts, or every issue is located, in Chinese, without a stack trace', () => {
    let tried = 0;
    let refused = 0;
    fc.assert(
      fc.property(hostileMutations, (mutations) => {
        const files = applyMutations(BASE, mutations);
        const { value, cpu } = check(files);
        expect(cpu).toBeLessThan(2_000);
        expectWellFormed(files, value);
        tried++;
        if (!value.ok) refused++;
      }),
      { seed: SEED, numRuns: runs(400) },
    );
    // A checker that accepts everything would pass the property above: most hostile edits break
    // the data, so most must be refused (379 of 400 with the fixed seed).
    expect(refused / tried).toBeGreaterThanOrEqual(MIN_REFUSED);
  });

  it('a 1–2 MB cell anywhere is checked in bounded time and refused at that row', () => {
    const arb = fc.record({
      file: fc.constantFrom(...FILE_NAMES),
      row: fc.nat(),
      col: fc.nat(),
      size: fc.integer({ min: 1_000_000, max: 2_000_000 }),
      unit: fc.constantFrom('a', '9', '药', 'a@', '1.', 'x.y@', '\u202E', ' ', ',', '"', 'ab,"c'),
    });
    fc.assert(
      fc.property(arb, ({ file, row, col, size, unit }) => {
        const lines = text(BASE[file]!).trimEnd().split('\n');
        const r = row % lines.length;
        const cells = lines[r]!.split(',');
        const c = col % cells.length;
        cells[c] = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
        lines[r] = cells.join(',');
        const files = { ...BASE, [file]: bytesOf(`${lines.join('\n')}\n`) };
        const { value, cpu } = check(files, 10_000);
        expect(cpu, `${file} row ${r + 1}: ${Math.round(cpu)} ms`).toBeLessThan(2_000);
        expectWellFormed(files, value);
        if (value.ok) return; // e.g. a cell of spaces in an optional column: blank
        expect(value.issues.some((i) => i.file === `data/${file}` && i.line === r + 1)).toBe(true);
        expect(formatReport(value.issues).length).toBeLessThan(100_000);
      }),
      { seed: SEED, numRuns: runs(12) },
    );
  });

  it('what a spreadsheet reads the same (line endings, BOM, blank lines, quotes, padding) is accepted and typed the same', () => {
    fc.assert(
      fc.property(fc.array(preservingMutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const files = mutations.reduce<Files>((f, m) => applyPreserving(f, m), { ...BASE });
        const result = validateDataset(files);
        if (!result.ok) throw new Error(formatReport(result.issues));
        expect(result.data).toEqual(expected);
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('an invisible or control character typed into any cell is refused at that cell', () => {
    const arb = fc.record({
      file: fc.constantFrom(...FILE_NAMES),
      row: fc.nat(),
      col: fc.nat(),
      offset: fc.nat(),
      char: fc.constantFrom(...INVISIBLE),
    });
    fc.assert(
      fc.property(arb, ({ file, row, col, offset, char }) => {
        const lines = text(BASE[file]!).trimEnd().split('\n');
        const r = 1 + (row % (lines.length - 1));
        const cells = lines[r]!.split(',');
        const c = col % cells.length;
        const cell = Array.from(cells[c]!);
        cell.splice(offset % (cell.length + 1), 0, char);
        cells[c] = cell.join('');
        lines[r] = cells.join(',');
        const files = { ...BASE, [file]: bytesOf(`${lines.join('\n')}\n`) };
        const result = validateDataset(files);
        expectWellFormed(files, result);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const at = result.issues.filter((i) => i.file === `data/${file}` && i.line === r + 1);
        expect(at.map((i) => i.column)).toContain(c + 1);
      }),
      { seed: SEED, numRuns: runs(200) },
    );
  });

  it('a byte that is not UTF-8, inside any cell, is refused at that row and cell', () => {
    const arb = fc.record({
      file: fc.constantFrom(...FILE_NAMES),
      row: fc.nat(),
      col: fc.nat(),
      offset: fc.nat(),
      byte: fc.integer({ min: 0x80, max: 0xff }),
    });
    fc.assert(
      fc.property(arb, ({ file, row, col, offset, byte }) => {
        const lines = text(BASE[file]!).trimEnd().split('\n');
        const r = 1 + (row % (lines.length - 1));
        const cells = lines[r]!.split(',');
        const c = col % cells.length;
        const cell = Array.from(cells[c]!);
        const k = offset % (cell.length + 1);
        const before = [
          ...lines.slice(0, r),
          [...cells.slice(0, c), cell.slice(0, k).join('')].join(','),
        ];
        const head = bytesOf(before.join('\n'));
        const tail = bytesOf(
          [[cell.slice(k).join(''), ...cells.slice(c + 1)].join(','), ...lines.slice(r + 1)].join(
            '\n',
          ) + '\n',
        );
        const bytes = new Uint8Array(head.length + 1 + tail.length);
        bytes.set(head, 0);
        bytes[head.length] = byte;
        bytes.set(tail, head.length + 1);
        const files = { ...BASE, [file]: bytes };
        const result = validateDataset(files);
        expectWellFormed(files, result);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.issues.map((i) => [i.file, i.line, i.column])).toContainEqual([
          `data/${file}`,
          r + 1,
          c + 1,
        ]);
      }),
      { seed: SEED, numRuns: runs(150) },
    );
  });
});

describe('property: npm run check:data on hostile directories', () => {
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'plan-property-cli-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let n = 0;

  it('runCheckData returns 0 or 1 and prints located problems, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMutations, async (mutations) => {
        const files = applyMutations(BASE, mutations);
        const dir = path.join(scratch, `run-${n++}`);
        mkdirSync(dir);
        for (const [name, bytes] of Object.entries(files))
          writeFileSync(path.join(dir, name), bytes);
        const out: string[] = [];
        const err: string[] = [];
        const code = await runCheckData({
          env: { PLAN_DATA_DIR: dir },
          cwd: scratch,
          out: (l) => out.push(l),
          err: (l) => err.push(l),
        });
        rmSync(dir, { recursive: true, force: true });
        expect([0, 1]).toContain(code);
        const stderr = err.join('\n');
        if (code === 0) {
          expect(out[0]).toBe(`数据检查通过：run-${n - 1}/`);
          expect(stderr).toBe('');
        } else {
          expect(out).toEqual([]);
          expect(stderr).toMatch(/^数据检查未通过：共 \d+ 个问题/);
          expect(stderr).toMatch(new RegExp(`run-${n - 1}/[^:\\n]+\\.csv`));
          expect(stderr).not.toMatch(/\n\s+at /);
        }
      }),
      { seed: SEED, numRuns: runs(30) },
    );
  });
});
