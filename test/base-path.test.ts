/**
 * The site as a column of the agency's portal: an official build (a throw-away project copy built
 * from its own data/) with a filled site.csv under BASE_PATH=/zwgk/sswgh/. Every internal link,
 * asset, download, API file and the search index resolve under the base path (the data gate's own
 * link check crawls it); every page, zh and en, carries the identity block; indicator, programme,
 * platform and report pages carry the feedback link naming the page. And an issued plan without
 * site.csv builds, with a warning per missing item, and shows no invented identity.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { materialise } from './helpers/fixtures.ts';
import { runOfficialBuild } from './helpers/build.ts';
import { copyProject } from './helpers/project-copy.ts';
import { staticChecks } from '../scripts/lib/site-checks.ts';
import { runSiteChecks } from '../scripts/lib/site-checks-run.ts';
import { listFiles } from '../scripts/lib/site-files.ts';

const BASE = '/zwgk/sswgh/';
const SITE_URL = 'https://www.example.gov.cn/';
const MARK =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c00"/></svg>\n';
/** The portal's own fragments, as an agency would supply them (full addresses to the portal). */
const PORTAL_HEADER =
  '<nav aria-label="门户导航"><a href="https://www.example.gov.cn/">门户首页</a> <a href="https://www.example.gov.cn/zwgk/">政务公开</a></nav>\n';
const PORTAL_FOOTER = '<p><a href="https://www.example.gov.cn/wzdt/">网站地图</a></p>\n';
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

/** Build `overlay` (over valid/) as the official data of a project copy; returns the output. */
function officialBuild(overlay: string, env: Record<string, string>, edit?: (dir: string) => void) {
  const data = materialise(overlay);
  edit?.(data.dir);
  const project = copyProject({ data: data.dir });
  data.cleanup();
  cleanups.push(project.cleanup);
  mkdirSync(path.join(project.dir, 'public/identity'), { recursive: true });
  writeFileSync(path.join(project.dir, 'public/identity/test-gov-mark.svg'), MARK);
  const out = path.join(project.dir, 'out');
  const r = runOfficialBuild(project.dir, out, env);
  if (r.code !== 0) throw new Error(r.err);
  return { dir: out, err: r.err };
}

describe('a column of the portal: BASE_PATH=/zwgk/sswgh/ with a filled site.csv', () => {
  let out = '';
  let pages: string[] = [];
  const html = (file: string) => readFileSync(path.join(out, file), 'utf8');
  beforeAll(() => {
    out = officialBuild('accepted/site-identity', { BASE_PATH: BASE, SITE_URL }, (dir) => {
      mkdirSync(path.join(dir, 'portal'));
      writeFileSync(path.join(dir, 'portal/header.html'), PORTAL_HEADER);
      writeFileSync(path.join(dir, 'portal/footer.html'), PORTAL_FOOTER);
    }).dir;
    pages = listFiles(out).filter((f) => f.endsWith('.html'));
  });

  it('base path: every internal link, asset, download and API file resolves under the base (the gate’s crawl)', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((p) => p.startsWith('en/'))).toBe(true);
    expect(staticChecks(out, { base: BASE }).problems).toEqual([]);
    // No root-relative address escapes the column (the crawl reports those too; be explicit).
    for (const page of pages)
      expect(html(page), page).not.toMatch(/\s(?:href|src|action)="\/(?!zwgk\/sswgh\/)/);
  });

  it('portal fragments: every page sits inside the portal’s header and footer, and the CSP still holds', () => {
    for (const page of pages.filter((p) => !/^(en\/)?(screen|embed)\//.test(p))) {
      const text = html(page);
      expect(text, page).toContain(
        `<div class="portal-header" data-portal="header">${PORTAL_HEADER}</div>`,
      );
      expect(text, page).toContain(
        `<div class="portal-footer" data-portal="footer">${PORTAL_FOOTER}</div>`,
      );
      // The skip link stays the first thing a keyboard reaches.
      expect(text.indexOf('class="skip-link"'), page).toBeLessThan(
        text.indexOf('data-portal="header"'),
      );
    }
    expect(staticChecks(out, { base: BASE }).problems.filter((p) => p.check === 'csp')).toEqual([]);
  });

  it('check:site under the base path: axe opens every kind of page in the column (it got HTTP 404 when served at /)', async () => {
    const report = await runSiteChecks(out, { base: BASE, browser: true });
    expect(report.browserRan).toBe(true);
    expect(report.problems).toEqual([]);
  }, 600_000);

  it('base path: the search index is fetched from the column', () => {
    for (const page of ['search/index.html', 'en/search/index.html'])
      expect(html(page)).toContain(`data-base="${BASE}"`);
    expect(existsSync(path.join(out, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('identity: every page, zh and en, shows 主办单位, 网站标识码, both filings with their links and 找错', () => {
    // The wall display (/screen/) is a full-screen kiosk view without the site's chrome, and an
    // embed page (/embed/) a chart inside another site's article.
    for (const page of pages.filter((p) => !/^(en\/)?(screen|embed)\//.test(p))) {
      const text = html(page);
      const en = page.startsWith('en/');
      expect(text, page).toContain('data-site-identity');
      expect(text, page).toContain(
        en ? 'Test Municipal Medical Products Administration' : '主办单位：测试市药品监督管理局',
      );
      expect(text, page).toContain(en ? 'Website code: 1299999999' : '网站标识码：1299999999');
      expect(text, page).toContain(
        '<a href="https://beian.miit.gov.cn/" rel="noopener">津ICP备99999999号-1</a>',
      );
      expect(text, page).toContain(
        'https://beian.mps.gov.cn/#/query/webSearch?code=12999999999999',
      );
      expect(text, page).toContain(
        en ? 'Report an error on this government website' : '我为政府网站找错',
      );
      expect(text, page).toContain(`src="${BASE}identity/test-gov-mark.svg"`);
    }
  });

  it('feedback: indicator, programme, platform and report pages name the page in the link; others carry none', () => {
    const kinds = /^(en\/)?(indicators|programmes|platforms|reports)\/[^/]+\/index\.html$/;
    const detail = pages.filter((p) => kinds.test(p));
    expect(detail.filter((p) => p.includes('indicators/')).length).toBeGreaterThan(1);
    for (const page of detail) {
      const m = html(page).match(/data-page-feedback[^>]*><p>[^<]*<a href="([^"]+)"/);
      expect(m, page).not.toBeNull();
      const href = m![1]!.replace(/&amp;/g, '&');
      expect(href, page).toMatch(/^mailto:hudong@test\.example\.gov\.cn\?subject=/);
      const body = decodeURIComponent(new URL(href).searchParams.get('body') ?? '');
      const title = html(page).match(/<title>([^<]+)<\/title>/)![1]!;
      expect(body, page).toContain(title.replace(/&amp;/g, '&').replace(/&#34;|&quot;/g, '"'));
      expect(body, page).toContain(
        `${SITE_URL.replace(/\/$/, '')}${BASE}${page.replace(/index\.html$/, '')}`,
      );
    }
    for (const page of ['index.html', 'indicators/index.html', 'about/index.html'])
      expect(html(page), page).not.toContain('data-page-feedback');
  });
});

describe('an issued plan without site.csv', () => {
  it('builds with one warning per missing item, and the footer invents nothing', () => {
    const r = officialBuild('accepted/site-identity', {}, (dir) => {
      const plan = path.join(dir, 'plan.csv');
      writeFileSync(plan, readFileSync(plan, 'utf8').replace(',draft,,', ',issued,2026-06-30,'));
      writeFileSync(path.join(dir, 'site.csv'), 'key,value\n');
    });
    for (const key of ['organiser_zh', 'site_code', 'icp_no', 'psb_no', 'error_report_url'])
      expect(r.err).toContain(`提示：data/site.csv 没有填写 ${key}`);
    const page = readFileSync(path.join(r.dir, 'indicators/T01/index.html'), 'utf8');
    expect(page).not.toContain('data-site-identity');
    expect(page).not.toContain('data-page-feedback');
    expect(page).not.toContain('征求意见稿：');
  });
});
