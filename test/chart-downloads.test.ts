// Charts people take with them, on the sample build: every indicator page links to a PNG, an SVG
// and a CSV that exist, names the PNG as its og:image and has an embed page without site chrome;
// the overview carries one small multiple per indicator in its HTML.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { FIXTURES } from './helpers/fixtures.ts';
import { runBuild } from './helpers/build.ts';
import { svgSize } from '../src/lib/charts/chart-image.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-charts-'));
const site = path.join(scratch, 'site');
const SAMPLE = path.join(FIXTURES, 'sample');
const ids = Papa.parse<Record<string, string>>(
  readFileSync(path.join(SAMPLE, 'indicators.csv'), 'utf8'),
  {
    header: true,
    skipEmptyLines: true,
  },
).data.map((r) => r.id!);

beforeAll(() => {
  const r = runBuild(SAMPLE, site);
  if (r.code !== 0) throw new Error(r.err);
}, 600_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
const hrefs = (html: string, selector: RegExp) =>
  [...html.matchAll(selector)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('chart downloads, link previews and embed pages', () => {
  it('every indicator page, zh and en, links to a PNG, an SVG and a CSV that exist, and names the PNG as og:image', () => {
    const problems: string[] = [];
    for (const prefix of ['', 'en/'])
      for (const id of ids) {
        const page = `${prefix}indicators/${id}/index.html`;
        const html = read(page);
        const block = /<section class="take-away[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
        const links = hrefs(block, /href="\/(downloads\/indicators\/[^"]+)"/g);
        for (const ext of ['png', 'svg', 'csv'])
          if (!links.some((l) => l.endsWith(`.${ext}`))) problems.push(`${page}: no ${ext} link`);
        for (const l of links)
          if (!existsSync(path.join(site, l))) problems.push(`${page}: ${l} missing`);
        const og = /<meta property="og:image" content="\/([^"]+)"/.exec(html)?.[1];
        if (!og || !existsSync(path.join(site, og))) problems.push(`${page}: og:image ${og}`);
        if (!/<meta name="twitter:card" content="summary_large_image"/.test(html))
          problems.push(`${page}: no large Twitter card`);
        if (!existsSync(path.join(site, `${prefix}embed/indicators/${id}/index.html`)))
          problems.push(`${page}: no embed page`);
      }
    expect(problems).toEqual([]);
  });

  it('the PNG is the framed SVG at twice its size, and the SVG carries title, unit, source and 数据截至', () => {
    const svg = read('downloads/indicators/I01.svg');
    expect(svg).toContain('药品抽检数量');
    expect(svg).toContain('单位：批次/年');
    expect(svg).toContain('来源：');
    expect(svg).toContain('数据截至');
    expect(read('downloads/indicators/I01-en.svg')).toContain('Data as of');
    const png = readFileSync(path.join(site, 'downloads/indicators/I01.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // IHDR: width at byte 16, big-endian.
    expect(png.readUInt32BE(16)).toBe(Math.round(svgSize(svg).width * 2));
  });

  it('each CSV row says which indicator, unit, target and status it is about', () => {
    const rows = Papa.parse<Record<string, string>>(
      read('downloads/indicators/I05.csv').replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.indicator_name_zh).toBe('医疗器械不良事件报告数');
      expect(r.unit_zh).toBe('份/百万人口');
      expect(r.target_value).toBe('430');
      expect(r.measure_id).toBe('I05');
    }
    // README of the sample: I05 is behind in 2027.
    expect(rows.find((r) => r.year === '2027')?.status_that_year_zh).toBe('滞后');
  });

  it('the embed page shows the chart, its source and a link back, without the site’s navigation', () => {
    const html = read('embed/indicators/I01/index.html');
    expect(html).toContain('<svg');
    expect(html).toContain('来源：');
    expect(html).toMatch(/href="\/indicators\/I01\/"/);
    expect(html).not.toContain('site-nav');
    expect(html).not.toContain('site-footer');
  });

  it('the overview carries one small multiple per indicator in its HTML, no script needed', () => {
    for (const page of ['index.html', 'en/index.html']) {
      const html = read(page);
      const grid = /<ul class="sm-grid"[\s\S]*?<\/ul>/.exec(html)?.[0] ?? '';
      expect((grid.match(/<svg class="sm /g) ?? []).length, page).toBe(ids.length);
    }
  });

  it('_headers frames /embed/ by this site by default and nothing else', () => {
    expect(read('_headers')).toContain(
      "/embed/*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors 'self'\n",
    );
    expect(read('embed/frame-ancestors.txt').trim()).toBe("'self'");
  });
});
