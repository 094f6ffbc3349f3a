/**
 * End-to-end checks of the built portal in a real browser (system Chromium via playwright-core).
 *
 * The site is built from the sample data set into a temp folder and served the way GitHub Pages
 * would serve it. Every built page (found by walking the output, so new pages are covered without
 * touching this file) is checked once at 1440 px with JavaScript; the main page types are checked
 * at 375 px and 1440 px, with and without JavaScript, and screenshotted into
 * test-results/screenshots/. A build from data/ checks the draft gate of the real site.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FIXTURES, REPO } from '../helpers/fixtures.ts';
import { runBuild } from '../helpers/build.ts';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import {
  closeBrowser,
  formatViolations,
  launchBrowser,
  openPage,
  runAxe,
  scriptWeight,
  type AxeViolation,
  type ScriptWeight,
} from '../../scripts/lib/browser.ts';

/** JavaScript a page may load before any interaction, gzip-compressed. */
const JS_BUDGET_GZIP = 20 * 1024;
const WIDTHS = [375, 1440] as const;
/** Pages visited at once; the waits are mostly network idle timers, not CPU. */
const VISITS_IN_PARALLEL = 4;
const SCREENSHOTS = path.join(REPO, 'test-results', 'screenshots');

/** One page of each type, in Chinese; the English ones are the same under /en/. */
const ZH_PAGE_TYPES = [
  '/',
  '/indicators/',
  '/indicators/I01/',
  '/programmes/',
  '/programmes/P06/',
  '/platforms/',
  '/platforms/tcm/',
  '/key-items/',
  '/methodology/',
  '/data/',
  '/about/',
];
const PAGE_TYPES = [...ZH_PAGE_TYPES, ...ZH_PAGE_TYPES.map((p) => `/en${p}`)];
const SKIPPED_TOP_DIRS = new Set(['api', '_astro', 'pagefind']);

const isEnglish = (pagePath: string) => pagePath.startsWith('/en/');
const expectedLang = (pagePath: string) => (isEnglish(pagePath) ? 'en' : 'zh-CN');
/** The same page in the other language. */
const counterpart = (pagePath: string) =>
  isEnglish(pagePath) ? pagePath.slice('/en'.length) : `/en${pagePath}`;
/** `/en/indicators/I01/` → `en-indicators-I01`, `/` → `zh-overview`. */
const slug = (pagePath: string) => {
  const parts = pagePath.split('/').filter(Boolean);
  const lang = parts[0] === 'en' ? (parts.shift(), 'en') : 'zh';
  return [lang, ...(parts.length ? parts : ['overview'])].join('-');
};

/** Every `index.html` under `outDir` as a URL path (`/`, `/indicators/I01/`), sorted. */
function discoverPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, rel: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (rel.length === 0 && SKIPPED_TOP_DIRS.has(entry.name)) continue;
        walk(path.join(dir, entry.name), [...rel, entry.name]);
      } else if (entry.name === 'index.html') {
        pages.push(rel.length ? `/${rel.join('/')}/` : '/');
      }
    }
  };
  walk(outDir, []);
  return pages.sort();
}

/** Empty string when there is nothing to report: the failure diff then lists every problem. */
const report = (problems: string[]) => problems.join('\n');

/**
 * What makes the document scroll sideways: elements past the right edge of the viewport that are
 * either outside any scroll container or absolutely/fixed positioned (those escape an
 * `overflow-x: auto` wrapper whose box is not their containing block).
 */
function overflowCulprits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const insideScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    const describe = (el: Element) =>
      el.tagName.toLowerCase() +
      (el.id ? `#${el.id}` : '') +
      [...el.classList].map((c) => `.${c}`).join('');
    const found = new Map<string, number>();
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= width + 1) continue;
      const position = getComputedStyle(el).position;
      const escapes = position === 'absolute' || position === 'fixed';
      if (!escapes && insideScroller(el)) continue;
      const key = `${describe(el)}${escapes ? ` (position: ${position})` : ''}`;
      found.set(key, Math.max(found.get(key) ?? 0, Math.round(r.right)));
    }
    return [...found].slice(0, 6).map(([key, right]) => `${key} reaching ${right} px`);
  });
}

/** Run `task` over `items` with at most `limit` at a time (browser visits wait mostly on I/O). */
async function inPool<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

let browser: Browser | undefined;

beforeAll(async () => {
  // test/setup.ts fakes Date for the unit tests; the browser, the server and Playwright's own
  // timeouts need the real clock.
  vi.useRealTimers();
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
});

function needBrowser(): Browser {
  if (!browser) throw new Error('Chromium did not start (see beforeAll)');
  return browser;
}

interface PageFacts {
  path: string;
  /** Set when the visit itself failed (timeout, crash); then the other facts are missing. */
  error?: string;
  status: number | null;
  failedRequests: string[];
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  csp: (string | null)[];
  axe: AxeViolation[];
  js: ScriptWeight;
  lang: string | null;
  sampleNoticeVisible: boolean;
  draftNoticeVisible: boolean;
  robotsMeta: (string | null)[];
}

async function visibleCount(page: Page, selector: string) {
  const all = page.locator(selector);
  let n = 0;
  for (let i = 0; i < (await all.count()); i++) if (await all.nth(i).isVisible()) n++;
  return n;
}

async function buildAndServe(dataDir: string, label: string, cwd?: string) {
  const scratch = mkdtempSync(path.join(tmpdir(), `plan-e2e-${label}-`));
  const out = path.join(scratch, 'site');
  const started = performance.now();
  const run = runBuild(dataDir, out, {}, cwd);
  if (run.code !== 0) {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`build from ${dataDir} failed (exit ${run.code}):\n${run.err}\n${run.out}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`e2e: built ${label} site from ${dataDir} in ${seconds} s`);
  const server = await serveStatic(out);
  return {
    out,
    server,
    cleanup: async () => {
      await server.close();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

describe('portal built from the sample data set', () => {
  let site: Awaited<ReturnType<typeof buildAndServe>> | undefined;
  let pages: string[] = [];
  const facts: PageFacts[] = [];

  const server = (): StaticServer => {
    if (!site) throw new Error('the sample site was not built (see beforeAll)');
    return site.server;
  };
  const urlOf = (pagePath: string) => new URL(pagePath, server().url).href;
  const missing = (pagePath: string) =>
    pages.includes(pagePath)
      ? null
      : `${pagePath} is not in the build (no ${pagePath.slice(1)}index.html in the output): page not written yet?`;

  beforeAll(async () => {
    site = await buildAndServe(path.join(FIXTURES, 'sample'), 'sample');
    pages = discoverPages(site.out);
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Visit every built page once at 1440 px with JavaScript and record what the tests check.
    const started = performance.now();
    await inPool(pages, VISITS_IN_PARALLEL, async (pagePath) => {
      const f: PageFacts = {
        path: pagePath,
        status: null,
        failedRequests: [],
        foreignRequests: [],
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        csp: [],
        axe: [],
        js: { files: [], totalRaw: 0, totalGzip: 0 },
        lang: null,
        sampleNoticeVisible: false,
        draftNoticeVisible: false,
        robotsMeta: [],
      };
      facts.push(f);
      let opened: Awaited<ReturnType<typeof openPage>> | undefined;
      try {
        opened = await openPage(needBrowser(), urlOf(pagePath), { width: 1440 });
        const { page } = opened;
        f.status = opened.status;
        // Measure before axe injects its own script and before anything is clicked.
        f.js = await scriptWeight(opened);
        f.lang = await page.locator('html').getAttribute('lang');
        f.sampleNoticeVisible = (await visibleCount(page, '[data-notice="sample"]')) > 0;
        f.draftNoticeVisible = (await visibleCount(page, '[data-notice="draft"]')) > 0;
        f.robotsMeta = await page
          .locator('meta[name="robots"]')
          .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
        f.csp = await page
          .locator('meta[http-equiv="content-security-policy"]')
          .evaluateAll((metas) => metas.map((m) => m.getAttribute('content')));
        f.axe = await runAxe(page);
        f.failedRequests = opened.failedRequests;
        f.foreignRequests = opened.foreignRequests;
        f.consoleErrors = opened.consoleErrors;
        f.pageErrors = opened.pageErrors;
        f.cspViolations = opened.cspViolations;
      } catch (error) {
        f.error = error instanceof Error ? error.message : String(error);
      } finally {
        await opened?.close();
      }
    });
    facts.sort((a, b) => a.path.localeCompare(b.path));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`e2e: visited ${pages.length} pages (with axe) in ${seconds} s`);
  });
  afterAll(async () => {
    await site?.cleanup();
  });

  /** Problems across every visited page; a failed visit counts as a problem for every check. */
  const acrossPages = (check: (f: PageFacts) => string[]) =>
    facts.flatMap((f) =>
      f.error ? [`${f.path}: visit failed: ${f.error}`] : check(f).map((p) => `${f.path}: ${p}`),
    );

  it('build output: every page type exists (zh and en)', () => {
    expect(pages, 'no index.html found at all').toContain('/');
    const absent = PAGE_TYPES.filter((p) => !pages.includes(p));
    expect(report(absent.map((p) => `missing page ${p}`)), `built pages: ${pages.join(' ')}`).toBe(
      '',
    );
  });

  describe('every built page at 1440 px with JavaScript', () => {
    it('answers HTTP 200 and every same-origin resource loads', () => {
      expect(pages.length).toBeGreaterThan(0);
      expect(
        report(
          acrossPages((f) => [
            ...(f.status === 200 ? [] : [`HTTP ${f.status}`]),
            ...f.failedRequests.map((r) => `failed request ${r}`),
          ]),
        ),
      ).toBe('');
    });

    it('requests nothing from another origin', () => {
      expect(report(acrossPages((f) => f.foreignRequests.map((r) => `foreign request ${r}`)))).toBe(
        '',
      );
    });

    it('logs no console error and throws no uncaught exception', () => {
      expect(
        report(
          acrossPages((f) => [
            ...f.consoleErrors.map((e) => `console error: ${e}`),
            ...f.pageErrors.map((e) => `page error: ${e}`),
          ]),
        ),
      ).toBe('');
    });

    it('carries one Content-Security-Policy: nothing inline without a hash, no other origin', () => {
      const problems = acrossPages((f) => {
        if (f.csp.length !== 1) return [`${f.csp.length} CSP <meta> elements`];
        const policy = f.csp[0] ?? '';
        const out: string[] = [];
        if (!/default-src 'none'/.test(policy)) out.push(`no default-src 'none': ${policy}`);
        if (/'unsafe-(inline|eval|hashes)'|\*|https?:/.test(policy))
          out.push(`allows inline, eval or another origin: ${policy}`);
        for (const d of ['script-src', 'style-src'])
          if (!new RegExp(`${d} 'self'`).test(policy)) out.push(`${d} is not 'self' + hashes`);
        return out;
      });
      expect(problems).toEqual([]);
    });

    it('triggers no Content-Security-Policy violation', () => {
      expect(acrossPages((f) => f.cspViolations)).toEqual([]);
    });

    it('has no axe-core WCAG 2.1 A/AA violation', () => {
      const problems = acrossPages((f) =>
        f.axe.length ? [`${f.axe.length} rule(s) violated\n${formatViolations(f.axe)}`] : [],
      );
      expect(report(problems)).toBe('');
    });

    it(`loads at most ${JS_BUDGET_GZIP / 1024} KB of gzip JavaScript before interaction`, () => {
      expect(
        report(
          acrossPages((f) =>
            f.js.totalGzip > JS_BUDGET_GZIP
              ? [
                  `${(f.js.totalGzip / 1024).toFixed(1)} KB gzip JavaScript: ` +
                    f.js.files
                      .map(
                        (s) =>
                          `${new URL(s.url, 'http://x').pathname.replace(/^\/(?=inline)/, '')} ${(s.gzip / 1024).toFixed(1)} KB`,
                      )
                      .join(', '),
                ]
              : [],
          ),
        ),
      ).toBe('');
    });

    it('declares <html lang> zh-CN under / and en under /en/', () => {
      expect(
        report(
          acrossPages((f) =>
            f.lang === expectedLang(f.path)
              ? []
              : [`lang="${f.lang}", expected "${expectedLang(f.path)}"`],
          ),
        ),
      ).toBe('');
    });

    it('shows the sample-data notice and the draft notice', () => {
      expect(
        report(
          acrossPages((f) => [
            ...(f.sampleNoticeVisible ? [] : ['no visible [data-notice="sample"]']),
            ...(f.draftNoticeVisible ? [] : ['no visible [data-notice="draft"]']),
          ]),
        ),
      ).toBe('');
    });

    it('carries exactly one <meta name="robots" content="noindex, nofollow">', () => {
      expect(
        report(
          acrossPages((f) =>
            f.robotsMeta.length === 1 && f.robotsMeta[0] === 'noindex, nofollow'
              ? []
              : [`robots meta: ${JSON.stringify(f.robotsMeta)}`],
          ),
        ),
      ).toBe('');
    });
  });

  describe('page types at 375 px and 1440 px, with and without JavaScript', () => {
    it.each(PAGE_TYPES)(
      '%s: HTTP 200, no horizontal scrolling, one visible h1 (screenshots at both widths)',
      async (pagePath) => {
        expect(missing(pagePath) ?? '').toBe('');
        const combos = WIDTHS.flatMap((width) =>
          [true, false].map((javaScriptEnabled) => ({ width, javaScriptEnabled })),
        );
        const perCombo = await Promise.all(
          combos.map(async ({ width, javaScriptEnabled }) => {
            const label = `${width} px, JS ${javaScriptEnabled ? 'on' : 'off'}`;
            const problems: string[] = [];
            const opened = await openPage(needBrowser(), urlOf(pagePath), {
              width,
              javaScriptEnabled,
            });
            try {
              const { page } = opened;
              if (opened.status !== 200) problems.push(`${label}: HTTP ${opened.status}`);
              const { scrollWidth, innerWidth } = await page.evaluate(() => ({
                scrollWidth: document.documentElement.scrollWidth,
                innerWidth: window.innerWidth,
              }));
              if (scrollWidth > innerWidth)
                problems.push(
                  `${label}: document scrolls sideways (scrollWidth ${scrollWidth} > ${innerWidth}); ` +
                    `sticking out: ${(await overflowCulprits(page)).join(', ') || 'unknown'}`,
                );
              const h1 = page.locator('h1');
              const h1Count = await h1.count();
              if (h1Count !== 1) problems.push(`${label}: ${h1Count} h1 elements, expected 1`);
              else if (!(await h1.isVisible())) problems.push(`${label}: the h1 is not visible`);
              if (javaScriptEnabled)
                await page.screenshot({
                  path: path.join(SCREENSHOTS, `${slug(pagePath)}-${width}.png`),
                  fullPage: true,
                });
            } finally {
              await opened.close();
            }
            return problems;
          }),
        );
        const problems = perCombo.flat();
        expect(report(problems)).toBe('');
      },
    );
  });

  describe('language switch', () => {
    it.each(PAGE_TYPES)(
      '%s: a visible link leads to the same page in the other language (JS off)',
      async (pagePath) => {
        expect(missing(pagePath) ?? '').toBe('');
        const target = counterpart(pagePath);
        const opened = await openPage(needBrowser(), urlOf(pagePath), {
          width: 1440,
          javaScriptEnabled: false,
          waitUntil: 'load',
        });
        try {
          const { page } = opened;
          const hrefs = await page
            .locator('a[href]')
            .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
          const index = hrefs.findIndex((h) => new URL(h).pathname === target);
          expect(index, `no <a> on ${pagePath} links to ${target}`).toBeGreaterThanOrEqual(0);
          const link = page.locator('a[href]').nth(index);
          expect(await link.isVisible(), `the link to ${target} is not visible`).toBe(true);
          const [response] = await Promise.all([
            page.waitForResponse((r) => new URL(r.url()).pathname === target),
            link.click(),
          ]);
          await page.waitForLoadState('load');
          expect(response.status(), `following the link to ${target}`).toBe(200);
          expect(new URL(page.url()).pathname).toBe(target);
          expect(await page.locator('html').getAttribute('lang')).toBe(expectedLang(target));
        } finally {
          await opened.close();
        }
      },
    );
  });

  describe('indicator page without JavaScript', () => {
    it.each(['/indicators/I01/', '/en/indicators/I01/'])(
      '%s: the HTML holds an <svg role="img"> chart with a text alternative and a table of the figures',
      async (pagePath) => {
        expect(missing(pagePath) ?? '').toBe('');
        const opened = await openPage(needBrowser(), urlOf(pagePath), {
          width: 1440,
          javaScriptEnabled: false,
        });
        try {
          const { page } = opened;
          expect(opened.status).toBe(200);
          const charts = await page.locator('svg[role="img"]').evaluateAll((svgs) =>
            svgs.map((svg) => ({
              name:
                svg.getAttribute('aria-label') ||
                (svg.getAttribute('aria-labelledby') ?? '')
                  .split(/\s+/)
                  .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
                  .join(' ')
                  .trim() ||
                svg.querySelector(':scope > title')?.textContent ||
                '',
              marks: svg.querySelectorAll('path, line, polyline, circle, rect').length,
            })),
          );
          expect(charts.length, 'no <svg role="img"> in the HTML').toBeGreaterThan(0);
          expect(
            charts.some((c) => c.name.trim() !== '' && c.marks > 0),
            `no chart with an accessible name and drawn marks: ${JSON.stringify(charts)}`,
          ).toBe(true);
          // Sample figures for I01: baseline 3500 (2025), 3600 (2026), 3700 (2027), target 3800.
          const tables = await page.locator('table').allInnerTexts();
          const figures = [/3[,\s\u00a0\u202f]?600/, /3[,\s\u00a0\u202f]?700/];
          const withFigures = tables.filter(
            (t) => t.includes('2026') && t.includes('2027') && figures.every((re) => re.test(t)),
          );
          expect(
            withFigures.length,
            `no <table> lists 2026 → 3600 and 2027 → 3700; tables: ${JSON.stringify(tables)}`,
          ).toBeGreaterThan(0);
        } finally {
          await opened.close();
        }
      },
    );
  });
});

describe('portal: an official build of the draft plan (a project copy whose data/ is the plan as printed)', () => {
  let site: Awaited<ReturnType<typeof buildAndServe>> | undefined;
  let project: ProjectCopy | undefined;
  beforeAll(async () => {
    project = copyProject({ data: path.join(FIXTURES, 'plan-as-printed') });
    site = await buildAndServe('data', 'official', project.dir);
  });
  afterAll(async () => {
    await site?.cleanup();
    project?.cleanup();
  });

  it('robots.txt disallows everything while the plan is a draft', async () => {
    if (!site) throw new Error('the real site was not built');
    const response = await fetch(new URL('robots.txt', site.server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect((await response.text()).replace(/\n$/, '')).toBe('User-agent: *\nDisallow: /');
  });

  it('/ shows the draft notice and no sample-data notice', async () => {
    if (!site) throw new Error('the real site was not built');
    expect(existsSync(path.join(site.out, 'index.html'))).toBe(true);
    const opened = await openPage(needBrowser(), site.server.url, { width: 1440 });
    try {
      expect(opened.status).toBe(200);
      expect(await opened.page.locator('[data-notice="sample"]').count()).toBe(0);
      expect(await visibleCount(opened.page, '[data-notice="draft"]')).toBeGreaterThan(0);
    } finally {
      await opened.close();
    }
  });
});
