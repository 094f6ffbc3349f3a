/**
 * The revision history and /reporting/ on an official build whose git history the test controls:
 * a copy of this project with the sample data, I01's 2026 figure published provisional and then
 * revised, the last data commit (the build date) after the 2027 figures' due date. Then the same
 * copy without .git, as a tarball would build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from './helpers/fixtures.ts';
import { commitAll } from './helpers/git.ts';
import { runOfficialBuild } from './helpers/build.ts';
import { copyProject, type ProjectCopy } from './helpers/project-copy.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-reporting-'));
const I01_2026 = /^I01,2026,.*\n/m;

function setI01(project: ProjectCopy, row: string) {
  const p = path.join(project.dir, 'data', 'observations.csv');
  const text = readFileSync(p, 'utf8');
  writeFileSync(p, I01_2026.test(text) ? text.replace(I01_2026, `${row}\n`) : `${text}${row}\n`);
}

describe('revisions and reporting status on a build with dated commits', () => {
  let project: ProjectCopy;
  const out = path.join(scratch, 'dist');
  const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
  beforeAll(() => {
    const data = path.join(scratch, 'data');
    cpSync(path.join(FIXTURES, 'sample'), data, { recursive: true });
    const obs = path.join(data, 'observations.csv');
    writeFileSync(obs, readFileSync(obs, 'utf8').replace(I01_2026, ''));
    project = copyProject({ data, date: '2027-01-10T10:00:00+08:00' });
    setI01(project, 'I01,2026,3600,provisional,2027-02-15,示例来源,,');
    commitAll(project.dir, '2026 年初步数', '2027-02-20T10:00:00+08:00');
    setI01(project, 'I01,2026,3650,final,2028-05-01,示例来源,,');
    commitAll(project.dir, '2026 年正式数', '2028-05-10T10:00:00+08:00');
    const r = runOfficialBuild(project.dir, out, {});
    expect(r.code, r.err).toBe(0);
  });
  afterAll(() => {
    project?.cleanup();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('the I01 page shows both versions with their dates and the word 修订', () => {
    const html = read('indicators/I01/index.html');
    expect(html).toContain('数据修订记录');
    expect(html).toMatch(/2027年2月20日[\s\S]*3600（初步数）[\s\S]*首次发布/);
    expect(html).toMatch(/2028年5月10日[\s\S]*3650（正式数）[\s\S]*修订：由 3600 改为 3650/);
    expect(read('en/indicators/I01/index.html')).toContain('revised from 3600 to 3650');
  });

  it('api/revisions.json and downloads/revisions.csv hold both versions', () => {
    const api = JSON.parse(read('api/revisions.json'));
    const h = api.figures.find(
      (f: { measure_id: string; year: number }) => f.measure_id === 'I01' && f.year === 2026,
    );
    expect(
      h.versions.map((v: { published_on: string; value: number }) => [v.published_on, v.value]),
    ).toEqual([
      ['2027-02-20', 3600],
      ['2028-05-10', 3650],
    ]);
    expect(read('downloads/revisions.csv')).toMatch(
      /figure,I01,2026,2028-05-10,[0-9a-f]{7},revised,3650,final,2028-05-01,,3600,provisional,/,
    );
  });

  it('/reporting/ and /en/reporting/ list all 20 indicators each year and mark those past due', () => {
    for (const [page, overdue] of [
      ['reporting/index.html', '逾期'],
      ['en/reporting/index.html', 'overdue'],
    ] as const) {
      const html = read(page);
      for (const year of [2026, 2027, 2028, 2029, 2030]) {
        const ids = [
          ...html.matchAll(
            new RegExp(
              `data-year="${year}" data-state="(\\w+)" data-owner="\\w+" data-measure="(I\\d\\d)"`,
              'g',
            ),
          ),
        ];
        expect(new Set(ids.map((m) => m[2])).size, `${page} ${year}`).toBe(20);
      }
      // I10 has no 2027 figure; due 2028-03-31 (plan.csv), judged at 2028-05-10.
      expect(html).toContain('data-year="2027" data-state="overdue" data-owner="o');
      expect(html).toMatch(/data-measure="I10"[^>]*>[\s\S]*?report--overdue/);
      expect(html).toContain(overdue);
      // I07 has its own due day (06-30) and its 2027 figure; 2028 figures are not yet due.
      expect(html).toContain('data-year="2028" data-state="pending"');
    }
    const zh = read('reporting/index.html');
    expect(zh).toContain('判定日期：2028年5月10日');
    const n = Number(/data-overdue-total="(\d+)"/.exec(zh)?.[1]);
    expect(n).toBeGreaterThan(0);
    expect(read('index.html')).toContain(`逾期未报送的数据：${n} 项`);
    expect(read('screen/index.html')).toContain(`data-overdue-total="${n}"`);
    expect(read('indicators/I10/index.html')).toMatch(
      /2026 年数据，应于 2027年3月31日 前报送，已逾期/,
    );
  });

  it('without git history (a tarball) the pages say the history is unavailable, and the build passes', () => {
    rmSync(path.join(project.dir, '.git'), { recursive: true, force: true });
    const tar = path.join(scratch, 'dist-tarball');
    const r = runOfficialBuild(project.dir, tar, {});
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(path.join(tar, 'indicators/I01/index.html'), 'utf8')).toContain(
      '数据修订记录无法提供',
    );
    expect(JSON.parse(readFileSync(path.join(tar, 'api/revisions.json'), 'utf8'))).toMatchObject({
      available: false,
      figures: [],
    });
    expect(readFileSync(path.join(tar, 'reporting/index.html'), 'utf8')).toContain('判定日期未知');
  });
});
