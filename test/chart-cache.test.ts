// Charts kept between builds (svg-cache.ts): filed by the code and the inputs, pruned by age.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFingerprint, readBuildContext, setBuildContext } from '../src/lib/build-context.ts';
import { keptSvg } from '../src/lib/charts/svg-cache.ts';
import { CHART_CACHE_KEEP_DAYS, pruneChartCache } from '../src/lib/charts/cache-files.ts';

let root: string;

/** A project folder with one source file saying `code`, and its context with the cache in it. */
function project(name: string, code: string | null, env: Record<string, string> = {}) {
  const cwd = path.join(root, name);
  mkdirSync(cwd, { recursive: true });
  if (code !== null) {
    mkdirSync(path.join(cwd, 'src'), { recursive: true });
    writeFileSync(path.join(cwd, 'src', 'chart.ts'), code);
  }
  writeFileSync(path.join(cwd, 'package-lock.json'), '{}');
  setBuildContext(readBuildContext({ PLAN_CHART_CACHE: path.join(root, 'cache'), ...env }, cwd));
  return cwd;
}

/** keptSvg with a draw function that counts its calls. */
function counter() {
  let drawn = 0;
  const get = (kind: string, inputs: unknown) =>
    keptSvg(kind, inputs, async () => `<svg data-n="${++drawn}"/>`);
  return { get, drawn: () => drawn };
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-chart-cache-'));
});
afterEach(() => {
  setBuildContext(readBuildContext(process.env, process.cwd()));
  rmSync(root, { recursive: true, force: true });
});

describe('keptSvg', () => {
  it('draws a chart once: the next build with the same code and inputs reads the kept markup', async () => {
    project('a', 'v1');
    const c = counter();
    const row = { id: 'I01', target_value: 95 };
    expect(await c.get('indicator', { row, lang: 'zh' })).toBe('<svg data-n="1"/>');
    expect(await c.get('indicator', { row, lang: 'zh' })).toBe('<svg data-n="1"/>');
    expect(c.drawn()).toBe(1);
    expect(readdirSync(path.join(root, 'cache', 'svg'))).toHaveLength(1);
  });

  it('draws again when an input, the kind or the language differs', async () => {
    project('a', 'v1');
    const c = counter();
    await c.get('indicator', { value: 1, lang: 'zh' });
    await c.get('indicator', { value: 2, lang: 'zh' });
    await c.get('indicator', { value: 1, lang: 'en' });
    await c.get('indicator-narrow', { value: 1, lang: 'zh' });
    expect(c.drawn()).toBe(4);
  });

  it('draws again when the code differs: another src/ does not see these charts', async () => {
    project('a', 'v1');
    const c = counter();
    await c.get('indicator', { value: 1 });
    project('b', 'v2');
    expect(await c.get('indicator', { value: 1 })).toBe('<svg data-n="2"/>');
    project('c', 'v1');
    expect(await c.get('indicator', { value: 1 })).toBe('<svg data-n="1"/>');
  });

  it('draws every time with PLAN_CHART_CACHE=off, or where there is no src/ to fingerprint', async () => {
    project('off', 'v1', { PLAN_CHART_CACHE: 'off' });
    const c = counter();
    await c.get('indicator', { value: 1 });
    await c.get('indicator', { value: 1 });
    expect(c.drawn()).toBe(2);
    const bare = project('bare', null);
    expect(codeFingerprint(bare)).toBeNull();
    await c.get('indicator', { value: 1 });
    await c.get('indicator', { value: 1 });
    expect(c.drawn()).toBe(4);
  });
});

describe('codeFingerprint', () => {
  it('changes with any source file, the lockfile or a new file, and not with data', () => {
    const a = project('a', 'v1');
    const b = project('b', 'v1');
    mkdirSync(path.join(b, 'data'));
    writeFileSync(path.join(b, 'data', 'observations.csv'), 'id,year\n');
    expect(codeFingerprint(b)).toBe(codeFingerprint(a));
    const c = project('c', 'v1');
    writeFileSync(path.join(c, 'package-lock.json'), '{"x":1}');
    expect(codeFingerprint(c)).not.toBe(codeFingerprint(a));
    const d = project('d', 'v1');
    writeFileSync(path.join(d, 'src', 'more.ts'), '');
    expect(codeFingerprint(d)).not.toBe(codeFingerprint(a));
    expect(codeFingerprint(project('e', 'v2'))).not.toBe(codeFingerprint(a));
  });
});

describe('pruneChartCache', () => {
  it(`removes files unused for ${CHART_CACHE_KEEP_DAYS} days and scratch files older than a day, keeps the rest`, () => {
    const dir = path.join(root, 'cache');
    mkdirSync(path.join(dir, 'svg'), { recursive: true });
    const now = Date.parse('2026-12-08T00:00:00Z');
    const day = 86_400_000;
    const files: Record<string, number> = {
      'old.png': now - (CHART_CACHE_KEEP_DAYS + 1) * day,
      'recent.png': now - (CHART_CACHE_KEEP_DAYS - 1) * day,
      'svg/old.svg': now - (CHART_CACHE_KEEP_DAYS + 5) * day,
      'svg/recent.svg': now - day,
      'svg/x.svg.123.tmp': now - 2 * day,
      'svg/y.svg.456.tmp': now - 60_000,
    };
    for (const [name, mtime] of Object.entries(files)) {
      writeFileSync(path.join(dir, name), '');
      utimesSync(path.join(dir, name), new Date(mtime), new Date(mtime));
    }
    expect(pruneChartCache(dir, now)).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['recent.png', 'svg']);
    expect(readdirSync(path.join(dir, 'svg')).sort()).toEqual(['recent.svg', 'y.svg.456.tmp']);
    expect(pruneChartCache(path.join(root, 'missing'), now)).toBe(0);
  });

  it('keeps a file a build has just used: a hit touches it', async () => {
    project('a', 'v1');
    const c = counter();
    await c.get('indicator', { value: 1 });
    const svgDir = path.join(root, 'cache', 'svg');
    const [name] = readdirSync(svgDir);
    const long = new Date(Date.now() - 90 * 86_400_000);
    utimesSync(path.join(svgDir, name!), long, long);
    await c.get('indicator', { value: 1 });
    expect(pruneChartCache(path.join(root, 'cache'), Date.now())).toBe(0);
    expect(c.drawn()).toBe(1);
  });
});
