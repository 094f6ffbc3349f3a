import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** Each page's size and the right edge of its rightmost word (pdftotext -bbox). */
function pageExtents(file: string) {
  const html = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' }).stdout;
  return html
    .split('<page ')
    .slice(1)
    .map((p) => {
      const num = (re: RegExp) => Number(re.exec(p)?.[1]);
      const width = num(/width="([\d.]+)"/);
      const height = num(/height="([\d.]+)"/);
      const xMax = Math.max(...[...p.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
      // The lowest line of text above the page number: how far down the page is filled.
      const yMax = Math.max(
        0,
        ...[...p.matchAll(/yMax="([\d.]+)"/g)]
          .map((m) => Number(m[1]))
          .filter((y) => y < height - 50),
      );
      return { width, height, xMax, fill: yMax / height };
    });
}

function printReport(year: string, lang: 'zh' | 'en') {
  const out = path.join(scratch, `report-${year}-${lang}.pdf`);
  const run = spawnSync(
    process.execPath,
    ['scripts/report-pdf.ts', year, '--lang', lang, '--out', out],
    {
      cwd: REPO,
      env: { ...process.env, PLAN_DATA_DIR: path.join(FIXTURES, 'sample') },
      encoding: 'utf8',
    },
  );
  return { run, out };
}

// Each print builds the sample site once (about a minute): both languages, once, for every test.
const printed = {} as Record<'zh' | 'en', ReturnType<typeof printReport>>;
beforeAll(() => {
  printed.zh = printReport('2027', 'zh');
  printed.en = printReport('2027', 'en');
}, 600_000);

describe('npm run report:pdf', () => {
  it('report:pdf: writes the 2027 report of the sample set as an A4 PDF with every indicator', () => {
    const { run, out } = printed.zh;
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const info = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    // cover, sections 一–六 flowing on (the eleven programme tables take most), two annexes
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(26);
    expect(info).toMatch(/Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
    const text = spawnSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' }).stdout;
    const raw = spawnSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' }).stdout;
    const flat = raw.replace(/\s+/g, '');
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(flat, name).toContain(name.replace(/\s+/g, ''));
    expect(flat).toContain('2027年度监测报告');
    expect(flat).toContain('演示数据'); // the cover says the figures are made up
    expect(flat).not.toContain('仅供内部参考'); // the portal publishes it
    // the office's commentary, in its section
    expect(flat).toMatch(
      /二、主要指标完成情况.*存在问题：（示例）基层医疗机构报告意识不强.*五、存在的主要问题/,
    );
    expect(text).toMatch(new RegExp(`\\b2 / ${pages}\\b`)); // page numbers from the print stylesheet
  });

  it.each(['zh', 'en'] as const)(
    'report:pdf (%s): no word runs past the page edge and no page but the cover and the last before an annex is near-empty',
    (lang) => {
      const { run, out } = printed[lang];
      expect(run.status, run.stderr).toBe(0);
      const extents = pageExtents(out);
      for (const [k, p] of extents.entries()) {
        // Chromium cuts what lies past the printable width: every word ends inside the 14 mm margin.
        expect(p.xMax, `page ${k + 1}`).toBeLessThanOrEqual(p.width - 36);
      }
      const text = spawnSync('pdftotext', ['-raw', out, '-'], { encoding: 'utf8' })
        .stdout.split('\f')
        .map((t) => t.replace(/\s+/g, ''));
      const annexStarts = text
        .map((t, k) =>
          /附件\d主要指标图表|附件\d进度判定|Annex\d\.Indicator|Annex\d\.How/.test(t) ? k : -1,
        )
        .filter((k) => k > 0);
      expect(annexStarts).toHaveLength(2);
      const mayBeShort = new Set([0, ...annexStarts.map((k) => k - 1), extents.length - 1]);
      for (const [k, p] of extents.entries())
        if (!mayBeShort.has(k))
          expect(p.fill, `page ${k + 1} of ${extents.length}`).toBeGreaterThan(0.5);
    },
  );

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
