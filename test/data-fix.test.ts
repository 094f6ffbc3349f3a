import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  NUMBER_COLUMNS,
  describeFix,
  fileChanged,
  fixDataFiles,
  normaliseNumberCell,
  type FileFix,
} from '../src/lib/data/fix.ts';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';
import { FILE_SPECS } from '../src/schemas/index.ts';
import { FIXTURES, materialise, overlayFiles, REPO } from './helpers/fixtures.ts';

const utf8 = (bytes: Uint8Array) =>
  new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
const bytesOf = (text: string) => new TextEncoder().encode(text);

/** Fix a file set and return it as the files it would write, plus the per-file results. */
function fixAll(files: Record<string, Uint8Array>) {
  const fixes = fixDataFiles(files);
  const out: Record<string, Uint8Array> = { ...files };
  for (const f of fixes) out[f.file] = f.bytes;
  const by = (name: string) => fixes.find((f) => f.file === name) as FileFix;
  return { fixes, out, by };
}

function dataFix(dir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/data-fix.ts', ...args], {
    cwd: REPO,
    env: { ...process.env, PLAN_DATA_DIR: dir },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/** Every file directly inside `dir` (sub-folders such as data/templates/ are not data). */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [e.name, readFileSync(path.join(dir, e.name))]),
  );

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('data:fix, the number columns', () => {
  it('are FILE_SPECS numeric plus every integer column, derived from the schemas', () => {
    expect(NUMBER_COLUMNS).toEqual({
      'plan.csv': ['baseline_year', 'start_year', 'end_year'],
      'indicators.csv': ['seq', 'baseline_value', 'target_value', 'target_max'],
      'observations.csv': ['year', 'value'],
      'programmes.csv': ['column_no'],
      'milestones.csv': ['baseline_value', 'target_value', 'target_max', 'due_year'],
      'platforms.csv': ['seq'],
      'platform-capabilities.csv': [],
      'key-items.csv': ['criterion', 'removal_reason'],
      'status-thresholds.csv': ['value'],
      'commentary.csv': ['year'],
      'site.csv': [],
    });
  });

  it('normalises a cell the way the loader reads it, keeping the digits as written', () => {
    const fix = (raw: string, percent = false) => normaliseNumberCell(raw, percent);
    expect(fix('３，５００')).toEqual({ kind: 'fixed', to: '3500' });
    expect(fix('3,800')).toEqual({ kind: 'fixed', to: '3800' });
    expect(fix('1,234,567.50')).toEqual({ kind: 'fixed', to: '1234567.50' });
    expect(fix('\u3000２０２６\u3000')).toEqual({ kind: 'fixed', to: '2026' });
    expect(fix('－１２．５')).toEqual({ kind: 'fixed', to: '-12.5' });
    expect(fix('\u3000')).toEqual({ kind: 'fixed', to: '' });
    expect(fix('９９．５％', true)).toEqual({ kind: 'fixed', to: '99.5' });
    expect(fix('100 %', true)).toEqual({ kind: 'fixed', to: '100' });
    // Already plain: untouched, even where Number() would print it differently.
    for (const plain of ['3500', '1.10', '0.80', '+5', '.5', ''])
      expect(fix(plain)).toEqual({ kind: 'same' });
    // Left for a person: not a number, or a % where the unit is not a percentage.
    expect(fix('三千五')).toEqual({ kind: 'left', why: 'format' });
    expect(fix('1,00')).toEqual({ kind: 'left', why: 'format' });
    expect(fix('36%')).toEqual({ kind: 'left', why: 'percent' });
  });
});

describe('data:fix on file sets', () => {
  it('rewrites the GBK fixture as UTF-8, after which it passes validateDataset', () => {
    const files = overlayFiles('invalid/gbk-encoding');
    expect(validateDataset(files).ok).toBe(false);
    const { out, by, fixes } = fixAll(files);
    const indicators = by('indicators.csv');
    expect(indicators.converted).toBe(true);
    expect(indicators.changes).toEqual([]);
    const text = utf8(indicators.bytes);
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text).toContain('T01,1,safety,测试抽检数量,Test inspections,批次/年');
    expect(describeFix(indicators, 'data/indicators.csv')).toEqual([
      'data/indicators.csv：由 GB18030 转为 UTF-8（不带 BOM，换行符不变）',
    ]);
    expect(fixes.filter(fileChanged).map((f) => f.file)).toEqual(['indicators.csv']);
    const result = validateDataset(out);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.indicators.map((i) => i.name_zh)).toContain('测试抽检数量');
    // Same text, same line breaks: only the encoding changed.
    const original = new TextDecoder('gb18030').decode(files['indicators.csv']);
    expect(text).toBe(original);
  });

  it('normalises full-width and grouped numbers and % on percent units, nothing else', () => {
    const files = overlayFiles('accepted/excel-realities');
    const before = validateDataset(files);
    const { out, by } = fixAll(files);
    const indicators = by('indicators.csv');
    expect(indicators.converted).toBe(false);
    expect(indicators.changes).toEqual([
      { line: 2, column: 'baseline_value', from: '３５００', to: '3500' },
      { line: 2, column: 'target_value', from: '3,800', to: '3800' },
      { line: 4, column: 'target_value', from: '100%', to: '100' },
    ]);
    expect(by('observations.csv').changes).toEqual([
      { line: 6, column: 'value', from: '９９．５％', to: '99.5' },
    ]);
    expect(describeFix(by('observations.csv'), 'data/observations.csv')).toEqual([
      'data/observations.csv：第 6 行 value “９９．５％” → 99.5',
    ]);
    // The BOM, CRLF line ends, TRUE, the Excel dates and the trailing blank rows stay as they were.
    const text = utf8(indicators.bytes.subarray(3));
    expect([...indicators.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(utf8(files['indicators.csv'] as Uint8Array)).toBe(
      '\uFEFF' +
        text
          .replace(',3500,3800,', ',３５００,"3,800",')
          .replace(',,100,,>=,average', ',,100%,,>=,average'),
    );
    expect(text).toMatch(/TRUE,测试第3项,,\r\n\r\n\r\n$/);
    expect(utf8(by('observations.csv').bytes)).toContain('2027年2月1日');
    // Same meaning: the validated dataset is identical before and after.
    const after = validateDataset(out);
    expect(before.ok && after.ok).toBe(true);
    if (before.ok && after.ok) expect(after.data).toEqual(before.data);
  });

  it('leaves clean files byte-identical (the valid fixture and the plan as printed)', () => {
    for (const files of [overlayFiles(), snapshot(path.join(FIXTURES, 'plan-as-printed'))]) {
      const input = Object.fromEntries(
        Object.entries(files).map(([n, b]) => [n, new Uint8Array(b)]),
      );
      for (const fix of fixDataFiles(input)) {
        expect(fileChanged(fix), fix.file).toBe(false);
        expect(fix.bytes).toBe(input[fix.file]);
        expect(describeFix(fix, fix.file)).toEqual([`${fix.file}：无需修改`]);
      }
    }
  });

  it('keeps the quotes of untouched cells and changes only the number cell', () => {
    for (const nl of ['\n', '\r\n']) {
      const files = overlayFiles();
      const csv = [
        'key,value,note_zh',
        '"ahead_min",1.10,"快于预期"',
        'on_track_min,"０．９５","含逗号, 的说明"',
        'at_risk_min,0.80,"带""引号""的说明\n第二行"',
        '',
      ].join(nl);
      files['status-thresholds.csv'] = bytesOf(csv);
      const { by, out } = fixAll(files);
      expect(utf8(by('status-thresholds.csv').bytes)).toBe(csv.replace('"０．９５"', '0.95'));
      expect(validateDataset(out).ok).toBe(true);
    }
  });

  it('leaves a % on a non-percent unit and an unreadable number for a person, with a note', () => {
    const files = overlayFiles('invalid/percent-on-non-percent-unit');
    files['plan.csv'] = bytesOf(
      utf8(files['plan.csv'] as Uint8Array).replace(/,2025,2026,2030,/, ',二〇二五,2026,2030,'),
    );
    const { by } = fixAll(files);
    const observations = by('observations.csv');
    expect(fileChanged(observations)).toBe(false);
    expect(observations.notes).toEqual([
      '第 3 行 value “36%”带 %，但单位“批次/年”不是百分比，没有自动修改：请确认数字后去掉 %。',
    ]);
    expect(by('plan.csv').notes[0]).toContain('baseline_year “二〇二五”不是可识别的数字');
    expect(describeFix(observations, 'data/observations.csv')[1]).toMatch(/^ {2}提示：第 3 行/);
  });

  it('does not touch numbers in a file whose quotes do not pair up, or an .xlsx', () => {
    for (const overlay of ['invalid/unclosed-quote', 'invalid/xlsx-saved-as-csv']) {
      const files = overlayFiles(overlay);
      const fix = fixAll(files).by('indicators.csv');
      expect(fileChanged(fix), overlay).toBe(false);
      expect(fix.bytes).toBe(files['indicators.csv']);
      expect(fix.notes).toHaveLength(1);
    }
  });
});

describe('npm run data:fix', () => {
  it('--check reports what would change, exits 1 and writes nothing', () => {
    const fixture = materialise('accepted/excel-realities');
    cleanups.push(fixture.cleanup);
    const gbk = readFileSync(path.join(REPO, 'test/fixtures/invalid/gbk-encoding/indicators.csv'));
    writeFileSync(path.join(fixture.dir, 'platforms.csv'), gbk); // any file: the encoding is fixed
    const before = snapshot(fixture.dir);
    const r = dataFix(fixture.dir, '--check');
    expect(r.code).toBe(1);
    expect(r.out).toContain('indicators.csv：第 2 行 baseline_value “３５００” → 3500；');
    expect(r.out).toContain('platforms.csv：由 GB18030 转为 UTF-8');
    expect(r.out).toContain('plan.csv：无需修改');
    expect(r.out).toContain('有 3 个文件需要修改（--check 只检查，没有写入）');
    expect(snapshot(fixture.dir)).toEqual(before);
  });

  it('fixes the files; a second run finds nothing; check:data still passes', () => {
    const fixture = materialise('invalid/gbk-encoding');
    cleanups.push(fixture.cleanup);
    const r = dataFix(fixture.dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('indicators.csv：由 GB18030 转为 UTF-8');
    expect(r.out).toContain('已修改 1 个文件');
    expect(readdirSync(fixture.dir).filter((n) => !n.endsWith('.csv'))).toEqual([]);
    const again = dataFix(fixture.dir, '--check');
    expect(again.code).toBe(0);
    expect(again.out).toContain('所有文件都无需修改');
    const check = spawnSync(process.execPath, ['scripts/check-data.ts'], {
      cwd: REPO,
      env: { ...process.env, PLAN_DATA_DIR: fixture.dir },
      encoding: 'utf8',
    });
    expect(check.status).toBe(0);
  });

  it('refuses unknown arguments and a missing directory without a stack trace', () => {
    expect(dataFix(path.join(FIXTURES, 'valid'), '--dry-run').code).toBe(2);
    const r = dataFix('no/such/dir');
    expect(r.code).toBe(1);
    expect(r.err).toContain('数据目录 no/such/dir/ 不存在');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('data/templates', () => {
  const dir = path.join(REPO, 'data/templates');

  it('holds the header row of every data file, nothing else (with a BOM for Excel)', () => {
    expect(readdirSync(dir).sort()).toEqual(FILE_SPECS.map((s) => s.file).sort());
    for (const spec of FILE_SPECS)
      expect(utf8(readFileSync(path.join(dir, spec.file))), spec.file).toBe(
        `\uFEFF${spec.columns.join(',')}\n`,
      );
  });

  it('are read as header-only files, which data:fix leaves alone', () => {
    const files = Object.fromEntries(
      readdirSync(dir).map((n) => [n, new Uint8Array(readFileSync(path.join(dir, n)))]),
    );
    const result = validateDataset(files, { dir: 'data/templates' });
    expect(result.ok).toBe(false);
    if (!result.ok)
      // Only the content rules complain (no plan row, no thresholds): every header is accepted.
      expect(result.issues.every((i) => i.line !== 1)).toBe(true);
    const fixes = fixDataFiles(files);
    expect(fixes.map((f) => f.file).sort()).toEqual(
      Object.keys(files)
        .filter((n) => n.endsWith('.csv'))
        .sort(),
    );
    for (const fix of fixes) expect(fileChanged(fix), fix.file).toBe(false);
  });
});
