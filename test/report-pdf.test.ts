import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { FIXTURES, REPO } from './helpers/fixtures.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-pdf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const names = Papa.parse<{ name_zh: string }>(
  readFileSync(path.join(FIXTURES, 'sample', 'indicators.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data.map((r) => r.name_zh);

describe('npm run report:pdf', () => {
  it('report:pdf: writes the 2027 report of the sample set as an A4 PDF with every indicator', () => {
    const out = path.join(scratch, 'report-2027.pdf');
    const run = spawnSync(process.execPath, ['scripts/report-pdf.ts', '2027', '--out', out], {
      cwd: REPO,
      env: { ...process.env, PLAN_DATA_DIR: path.join(FIXTURES, 'sample') },
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // cover, contents and six sections that each start a page; the charts need two more
    expect(pages).toBeGreaterThanOrEqual(9);
    expect(pages).toBeLessThanOrEqual(16);
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout;
    // Names in reading order: -layout interleaves two charts' wrapped titles side by side.
    const raw = spawnSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' }).stdout;
    const flat = raw.replace(/\s+/g, '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(flat, name).toContain(name.replace(/\s+/g, ''));
    expect(flat).toContain('2027年度监测报告');
    expect(flat).toContain('演示数据'); // the cover says the figures are made up
    expect(text).toMatch(new RegExp(`\\b2 / ${pages}\\b`)); // page numbers from the print stylesheet
  });

  it('report:pdf: a year without a report is a clear error', () => {
    const run = spawnSync(
      process.execPath,
      ['scripts/report-pdf.ts', '2029', '--out', path.join(scratch, 'x.pdf')],
      {
        cwd: REPO,
        env: { ...process.env, PLAN_DATA_DIR: path.join(FIXTURES, 'sample') },
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有 2029 年的报告');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
