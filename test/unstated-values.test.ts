/**
 * What the site shows where the documents say nothing, on a real build of a fixture (never of
 * data/): no 四重 list published yet, no lead unit for a programme, a unit named for one task
 * only, a zero-count target without a unit, a platform without an area or operator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { materialise } from './helpers/fixtures.ts';
import { runBuild } from './helpers/build.ts';
import { listFiles } from '../scripts/lib/site-files.ts';
import { checkLinks } from '../scripts/lib/link-check.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-unstated-'));
const out = path.join(scratch, 'site');
const fixture = materialise('accepted/unpublished-catalogue');

beforeAll(() => {
  const r = runBuild(fixture.dir, out);
  if (r.code !== 0) throw new Error(r.err);
});
afterAll(() => {
  fixture.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const page = (p: string) => readFileSync(path.join(out, p, 'index.html'), 'utf8');
const api = (name: string) =>
  JSON.parse(readFileSync(path.join(out, 'api', `${name}.json`), 'utf8'));

describe('an unpublished 四重 list', () => {
  it('key-items page: says the list is not published, explains the rules, lists no entry (zh and en)', () => {
    const zh = page('key-items');
    expect(zh).toContain('data-catalogue-empty');
    expect(zh).toContain('目录清单尚未发布');
    expect(zh).toContain('第二十二条');
    expect(zh).toContain('办法没有规定清单印发的时间');
    for (const kind of ['region', 'platform', 'project', 'product'])
      expect(zh).toContain(`id="kind-${kind}"`);
    expect(zh).not.toContain('data-row');
    const en = page('en/key-items');
    expect(en).toContain('The list has not been published yet');
    expect(en).toContain('The rules set no date for issuing the list.');
  });

  it('overview: points to the rules instead of counting zero items; the API holds no item', () => {
    expect(page('')).toMatch(/data-catalogue-empty[^]*key-items\/#not-published/);
    expect(page('en')).toContain('The list has not been published yet: see the key-items page');
    expect(api('key-items')).toEqual([]);
  });

  it('build: no internal link or #anchor is broken when the catalogue is empty', () => {
    const files = listFiles(out);
    const documents = new Map(
      files
        .filter((f) => f.endsWith('.html'))
        .map((f) => [f, readFileSync(path.join(out, f), 'utf8')]),
    );
    const problems = checkLinks(
      { paths: new Set(files), documents },
      { origin: 'https://example.invalid' },
    );
    expect(problems.map((p) => `${p.page}: ${p.link} — ${p.problem}`)).toEqual([]);
  });
});

describe('values the documents do not state', () => {
  it('programme page: a blank lead reads “规划未明确牵头单位”, in English too', () => {
    expect(page('programmes/P02')).toMatch(/data-lead="not-stated"[^>]*>规划未明确牵头单位</);
    expect(page('en/programmes/P02')).toContain('The plan names no lead unit');
    expect(api('programmes').map((p: { lead_zh: unknown }) => p.lead_zh)).toEqual([null, null]);
  });

  it('programme page: the unit named for one task is shown under it, and only there', () => {
    const html = page('programmes/P06');
    // The unit's name is its own element (lang="zh-CN" on the English page, where it has no twin).
    const text = (h: string) => h.replace(/<[^>]+>/g, '');
    expect(text(html)).toContain('规划点名的单位：测试检验中心');
    expect(html.match(/data-task-unit/g)).toHaveLength(1);
    const en = page('en/programmes/P06');
    expect(text(en)).toContain('Unit named in the plan: 测试检验中心');
    expect(en).toMatch(/<span lang="zh-CN">测试检验中心<\/span>/);
    const leads = Object.fromEntries(
      api('milestones').map((m: { id: string; lead_zh: unknown }) => [m.id, m.lead_zh]),
    );
    expect(leads).toEqual({ TM01: '测试检验中心', TM02: null, TM03: null, TM04: null });
  });

  it('programme page: a zero-count target without a unit says the plan gives none', () => {
    const html = page('programmes/P06');
    expect(html).toMatch(/≤ 0<span class="muted no-unit" data-no-unit[^>]*>（规划未标明单位）/);
    expect(page('en/programmes/P06')).toContain('(the plan gives no unit)');
    const tm04 = api('milestones').find((m: { id: string }) => m.id === 'TM04');
    expect(tm04).toMatchObject({ unit_zh: null, target_value: 0, status: 'no-data' });
  });

  it('platform page: a blank area and operator read “规划未写明”', () => {
    const html = page('platforms/tp2');
    expect(html).toMatch(/data-area="not-stated"[^]*规划未写明/);
    expect(html).toMatch(/data-operator="not-stated"[^]*规划未写明/);
    expect(page('platforms/tp1')).toMatch(/data-area="named"[^>]*>\s*测试区/);
  });
});
