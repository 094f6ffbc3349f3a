import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, REPO, materialise } from './helpers/fixtures.ts';
import { runBuild, runOfficialBuild } from './helpers/build.ts';
import { copyProject } from './helpers/project-copy.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** An official build (the project's own data/) of the plan as printed, in a throw-away copy. */
function officialBuild(name: string, edit?: (dataDir: string) => void) {
  const data = path.join(scratch, `${name}-data`);
  cpSync(path.join(FIXTURES, 'plan-as-printed'), data, { recursive: true });
  edit?.(data);
  const project = copyProject({ data });
  const out = path.join(scratch, name);
  const r = runOfficialBuild(project.dir, out, {});
  project.cleanup();
  if (r.code !== 0) throw new Error(r.err);
  return out;
}

describe('official build of the plan as printed (draft, no plan-period figures)', () => {
  let out = '';
  beforeAll(() => {
    out = officialBuild('printed');
  });

  it('build: api/indicators.json holds the 20 indicators exactly as the plan prints them (golden)', async () => {
    const indicators = readJson(path.join(out, 'api/indicators.json'));
    expect(indicators).toHaveLength(20);
    await expect(`${JSON.stringify(indicators, null, 2)}\n`).toMatchFileSnapshot(
      'golden/plan-as-printed-indicators.json',
    );
  });

  it('build: every API file holds one typed object per CSV row, keyed by column', () => {
    const csvRows = (file: string) =>
      readFileSync(path.join(FIXTURES, 'plan-as-printed', file), 'utf8')
        .trim()
        .split('\n').length - 1;
    for (const name of ['programmes', 'milestones', 'platforms', 'observations']) {
      const rows = readJson(path.join(out, `api/${name}.json`));
      expect(rows, name).toHaveLength(csvRows(`${name}.csv`));
      for (const row of rows)
        expect(typeof row.id === 'string' || typeof row.measure_id === 'string', name).toBe(true);
    }
    const [first] = readJson(path.join(out, 'api/observations.json'));
    expect(first).toMatchObject({ measure_id: 'I01', year: 2025, value: 3500, source_url: null });
    const i07 = readJson(path.join(out, 'api/indicators.json')).find(
      (i: { id: string }) => i.id === 'I07',
    );
    expect(i07).toMatchObject({
      binding: true,
      baseline_value: null,
      target_value: 100,
      notation: 'average',
      status: 'no-data',
    });
  });

  it('build: the draft plan gets a notice on the page, noindex and a robots.txt that disallows all', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('征求意见稿');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"');
    expect(html).not.toContain('data-notice="sample"');
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n');
  });
});

describe('official build once the plan is issued', () => {
  let out = '';
  beforeAll(() => {
    out = officialBuild('issued', (dir) => {
      const file = path.join(dir, 'plan.csv');
      const text = readFileSync(file, 'utf8').replace(',draft,,', ',issued,2026-06-30,');
      writeFileSync(file, text);
    });
  });

  it('build: no draft notice, no noindex, and a robots.txt that lets search engines in', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('data-notice="draft"');
    expect(html).not.toContain('data-notice="sample"');
    expect(html).not.toContain('noindex');
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).not.toContain('Disallow: /\n');
  });
});

/** Every file under `dir`, relative, sorted. */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

describe('build from the sample data set', () => {
  const out = path.join(scratch, 'sample');
  // A cache of its own, empty at first: this build draws every chart and keeps it.
  const cache = path.join(scratch, 'sample-chart-cache');
  beforeAll(() => {
    const r = runBuild(path.join(FIXTURES, 'sample'), out, { PLAN_CHART_CACHE: cache });
    if (r.code !== 0) throw new Error(r.err);
  });

  it('build: a rebuild that takes its charts from the cache publishes the same bytes, and draws nothing new', () => {
    const kept = filesUnder(cache);
    expect(kept.filter((f) => f.startsWith('svg')).length).toBeGreaterThan(40);
    const again = path.join(scratch, 'sample-again');
    const r = runBuild(path.join(FIXTURES, 'sample'), again, { PLAN_CHART_CACHE: cache });
    if (r.code !== 0) throw new Error(r.err);
    expect(filesUnder(cache)).toEqual(kept);
    const files = filesUnder(out);
    expect(filesUnder(again)).toEqual(files);
    const differ = files.filter(
      (f) => !readFileSync(path.join(out, f)).equals(readFileSync(path.join(again, f))),
    );
    expect(differ).toEqual([]);
  });

  it('build: api/summary.json carries the roll-ups of the sample (golden)', async () => {
    await expect(readFileSync(path.join(out, 'api/summary.json'), 'utf8')).toMatchFileSnapshot(
      'golden/sample-summary.json',
    );
  });

  it('build: indicators and quantity milestones carry status, rule and status_by_year', () => {
    const i01 = readJson(path.join(out, 'api/indicators.json'))[0];
    expect(i01).toMatchObject({
      id: 'I01',
      latest_year: 2027,
      current_value: 3700,
      expected_value: 3620,
      progress_ratio: 1.6667,
      status: 'ahead',
      status_by_year: { '2026': 'ahead', '2027': 'ahead' },
    });
    expect(i01.rule).toContain('进度比 r');
    const m = readJson(path.join(out, 'api/milestones.json'));
    expect(m.find((x: { id: string }) => x.id === 'M06-11').status).toBe('ahead');
    expect(m.find((x: { id: string }) => x.id === 'M12-02').status).toBe('done');
  });

  it('build: a site built from sample data says so on the page', () => {
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('data-notice="sample"');
    expect(html).toContain('不是官方统计数据');
  });
});

describe('build from bad data', () => {
  it('build: stops before Astro runs, prints the located problems and leaves the output untouched', () => {
    const fixture = materialise('invalid/many-errors');
    const out = path.join(scratch, 'bad');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous good build');
    try {
      const r = runBuild(fixture.dir, out);
      expect(r.code).toBe(1);
      expect(r.err).toContain('共 5 个问题');
      expect(r.err).toContain('没有被改动');
      expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous good build');
      expect(existsSync(path.join(out, 'api'))).toBe(false);
    } finally {
      fixture.cleanup();
    }
  });

  it('build: a mobile number that gets past the data check is caught in the built site; nothing is published', () => {
    const fixture = materialise('leaks/mobile-in-source-url');
    const out = path.join(scratch, 'leak');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'previous good build');
    try {
      const r = runBuild(fixture.dir, out);
      expect(r.code).toBe(1);
      expect(r.out).toContain('数据检查通过');
      const where = path.relative(REPO, out);
      expect(r.err).toContain('隐私检查未通过');
      // The CSV download and the indicator page that links the source both carry it.
      expect(r.err).toContain(`${where}/downloads/observations.csv:3:`);
      expect(r.err).toMatch(/indicators\/T01\/index\.html:\d+:\d+ {2}疑似手机号码：138\*{6}78/);
      expect(r.err).not.toContain('13812345678');
      expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
      expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous good build');
      expect(readdirSync(out)).toEqual(['index.html']);
    } finally {
      fixture.cleanup();
    }
  });
});
