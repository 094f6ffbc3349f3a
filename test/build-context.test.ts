// The build context: what the environment and the working directory say, read in one place.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildContext, readBuildContext, setBuildContext } from '../src/lib/build-context.ts';

const cwd = '/srv/plan';

describe('readBuildContext', () => {
  it('reads the defaults from an empty environment: data/, official, PDFs on, the PNG cache in node_modules', () => {
    const c = readBuildContext({}, cwd);
    expect(c.dataDir).toEqual({ absolute: '/srv/plan/data', shown: 'data' });
    expect(c.official).toBe(true);
    expect(c.siteUrl).toBeNull();
    expect(c.commitUrl).toBeNull();
    expect(c.pdfWanted).toBe(true);
    expect(c.chromium).toBe('/usr/bin/chromium');
    expect(c.chartCache).toBe(path.join(cwd, 'node_modules/.cache/plan-charts'));
  });

  it('resolves a relative PLAN_CHART_CACHE against the repository (the CI files name .cache/plan-charts)', () => {
    expect(readBuildContext({ PLAN_CHART_CACHE: '.cache/plan-charts' }, cwd).chartCache).toBe(
      '/srv/plan/.cache/plan-charts',
    );
    expect(readBuildContext({ PLAN_CHART_CACHE: '/var/cache/charts' }, cwd).chartCache).toBe(
      '/var/cache/charts',
    );
  });

  it('names any other data directory as not official, shown relative to the repository', () => {
    const c = readBuildContext({ PLAN_DATA_DIR: 'test/fixtures/sample' }, cwd);
    expect(c.dataDir.shown).toBe('test/fixtures/sample');
    expect(c.official).toBe(false);
    expect(readBuildContext({ PLAN_DATA_DIR: './data/' }, cwd).official).toBe(true);
    expect(readBuildContext({ PLAN_DATA_DIR: '  ' }, cwd).dataDir.shown).toBe('data');
  });

  it('takes SITE_URL, COMMIT_URL, CHROMIUM_PATH, PLAN_PDF=0 and PLAN_CHART_CACHE=off as given', () => {
    const c = readBuildContext(
      {
        SITE_URL: 'https://yjj.tj.gov.cn',
        COMMIT_URL: 'https://git.example/c/{sha}',
        CHROMIUM_PATH: '/opt/chrome',
        PLAN_PDF: '0',
        PLAN_CHART_CACHE: 'off',
      },
      cwd,
    );
    expect(c.siteUrl).toBe('https://yjj.tj.gov.cn');
    expect(c.commitUrl).toBe('https://git.example/c/{sha}');
    expect(c.chromium).toBe('/opt/chrome');
    expect(c.pdfWanted).toBe(false);
    expect(c.chartCache).toBeNull();
  });
});

describe('buildContext', () => {
  it('is the context the build set for this process, whichever copy of the module asks', async () => {
    const before = buildContext();
    const mine = readBuildContext({ PLAN_DATA_DIR: 'elsewhere' }, cwd);
    setBuildContext(mine);
    try {
      expect(buildContext()).toBe(mine);
      // Astro's page bundle holds its own copy of src/lib: it must see the same context.
      vi.resetModules();
      const copy = await import('../src/lib/build-context.ts');
      expect(copy.buildContext).not.toBe(buildContext);
      expect(copy.buildContext()).toBe(mine);
    } finally {
      setBuildContext(before);
    }
  });
});
