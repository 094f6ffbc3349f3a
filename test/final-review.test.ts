/**
 * The final review (总结评估): test/fixtures/sample-final/ runs to 2030. Built as a machine without
 * Chromium builds it (PLAN_PDF=0): the build still succeeds and links only the Word files.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readDataDir } from '../src/lib/data/read-data-dir.ts';
import { loadDataset } from '../src/lib/data/validate-dataset.ts';
import { assessDataset, summarize } from '../src/lib/assessments.ts';
import { runBuild } from './helpers/build.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const FINAL = path.join(FIXTURES, 'sample-final');
const scratch = mkdtempSync(path.join(tmpdir(), 'plan-final-'));
const out = path.join(scratch, 'site');
let build: ReturnType<typeof runBuild>;
beforeAll(() => {
  build = runBuild(FINAL, out, { PLAN_PDF: '0' });
}, 600_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Hand-computed in test/fixtures/sample-final/README.md. */
const EXPECTED: Record<string, string> = {
  I01: 'missed', // binding, r 0.97 would be on track
  I02: 'achieved', // binding
  I03: 'achieved',
  I04: 'missed', // r 0.95 would be on track
  I05: 'missed',
  I06: 'achieved', // maintain target met
  I07: 'missed', // binding average, mean 99.84 < 100
  I08: 'achieved',
  I09: 'achieved', // cumulative 63 ≥ 62
  I13: 'missed', // cumulative 95 < 100
  I14: 'achieved',
  I15: 'missed',
  I16: 'achieved',
  I17: 'achieved',
  I19: 'missed',
};

describe('final review: engine and roll-ups', () => {
  it('assessDataset: every target with a 2030 figure is achieved or missed, binding and expected', async () => {
    const data = loadDataset((await readDataDir(FINAL)) ?? {});
    const assessed = assessDataset(data, 2030);
    const got = Object.fromEntries(
      [...assessed.indicators]
        .filter(([, a]) => a.assessment.latestYear === 2030)
        .map(([id, a]) => [id, a.assessment.status]),
    );
    expect(got).toEqual(EXPECTED);
    // without a 2030 figure: still graded by r (I18 behind), or achieved when met earlier (I20)
    expect(assessed.indicators.get('I18')?.assessment.status).toBe('behind');
    expect(assessed.indicators.get('I20')?.assessment.status).toBe('achieved');
    const summary = summarize(data, assessed);
    expect(summary.final_review).toBe(true);
    expect(summary.indicators.binding.by_status).toMatchObject({ achieved: 1, missed: 2 });
    expect(summary.indicators.by_status['on-track'] + summary.indicators.by_status.ahead).toBe(0);
    // the 2029 report of the same data is not final: r still grades
    expect(summarize(data, assessDataset(data, 2029)).final_review).toBe(false);
  });
});

describe('final review: the built site (no Chromium)', () => {
  it('build: succeeds with PLAN_PDF=0 and publishes Word files only, linked from the report', () => {
    expect(build.code, build.err).toBe(0);
    for (const [dir, file] of [
      ['reports/2030', 'report-2030'],
      ['en/reports/2030', 'report-2030-en'],
    ] as const) {
      const html = readFileSync(path.join(out, dir, 'index.html'), 'utf8');
      expect(html).toContain(`href="${file}.docx"`);
      expect(html).not.toContain('.pdf"');
      expect(existsSync(path.join(out, dir, `${file}.docx`))).toBe(true);
      expect(existsSync(path.join(out, dir, `${file}.pdf`))).toBe(false);
    }
  });

  it('build: api/indicators.json and /reports/2030/ give only 已完成 / 未完成 for targets with a 2030 figure', () => {
    const api = JSON.parse(readFileSync(path.join(out, 'api/indicators.json'), 'utf8')) as Array<{
      id: string;
      latest_year: number | null;
      status: string;
    }>;
    const final = api.filter((i) => i.latest_year === 2030);
    expect(Object.fromEntries(final.map((i) => [i.id, i.status]))).toEqual(EXPECTED);
    const html = readFileSync(path.join(out, 'reports/2030/index.html'), 'utf8');
    expect(html).toContain('2030年总结评估报告');
    const table = html.slice(html.indexOf('主要指标完成情况（截至2030年'));
    const rows = table.slice(0, table.indexOf('</table>'));
    const badges = [...rows.matchAll(/data-status="([a-z-]+)"/g)].map((m) => m[1]);
    expect(badges.filter((s) => s === 'missed')).toHaveLength(7);
    expect(badges).not.toContain('on-track');
    expect(badges).not.toContain('ahead');
    expect(html).not.toContain('【待规划办补充'); // an issued plan's report leaves unwritten parts out
    const summary = JSON.parse(readFileSync(path.join(out, 'api/summary.json'), 'utf8'));
    expect(summary.final_review).toBe(true);
  });
});
