import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FIXTURES } from './helpers/fixtures.ts';
import { runBuild } from './helpers/build.ts';
import { serveStatic, type StaticServer } from '../scripts/lib/static-server.ts';
import { closeBrowser, launchBrowser } from '../scripts/lib/browser.ts';

// Browsers need the real clock; the pinned fake Date is for the domain tests.
vi.useRealTimers();

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-screen-'));
const site = path.join(scratch, 'site');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  vi.useRealTimers();
  const r = runBuild(path.join(FIXTURES, 'sample'), site);
  if (r.code !== 0) throw new Error(r.err);
  server = await serveStatic(site, { cacheControl: 'no-store' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function open(
  query: string,
  width: number,
  height: number,
  base = server.url,
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(`${base}screen/${query}`, { waitUntil: 'load' });
  return page;
}

const current = (page: Page) => page.locator('#screen-root').getAttribute('data-current');
const PANELS = ['overview', 'lagging', 'halfway', 'programmes', 'platforms', 'changes'];

describe('/screen/ fits every wall', () => {
  it.each([
    [1920, 1080, 24],
    [3840, 2160, 48],
    [3840, 1080, 24],
  ])(
    'screen: at %i×%i every panel fits without scrollbars or clipping, text ≥ %i px',
    async (w, h, minFont) => {
      const page = await open('', w, h);
      const problems: string[] = [];
      for (const panel of PANELS) {
        await page.goto(`${server.url}screen/?panel=${panel}`, { waitUntil: 'load' });
        const m = await page.evaluate(() => {
          const doc = document.documentElement;
          const panel = document.querySelector<HTMLElement>('[data-panel]:not([hidden])')!;
          const texts = [...panel.querySelectorAll<HTMLElement>('*')].filter(
            (e) =>
              e.childNodes.length &&
              [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim()),
          );
          const fonts = texts.map((e) => parseFloat(getComputedStyle(e).fontSize));
          return {
            pageOverflow: doc.scrollWidth > innerWidth || doc.scrollHeight > innerHeight,
            clippedY: panel.scrollHeight > panel.clientHeight + 1,
            clippedX: panel.scrollWidth > panel.clientWidth + 1,
            minFont: Math.min(...fonts),
          };
        });
        if (m.pageOverflow) problems.push(`${panel}: page scrolls`);
        if (m.clippedY || m.clippedX) problems.push(`${panel}: content clipped`);
        if (m.minFont < minFont - 0.01)
          problems.push(`${panel}: text ${m.minFont}px < ${minFont}px`);
      }
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it.each([
    ['zh', ''],
    ['en', 'en/'],
  ])(
    'screen (%s): at 1920×1080 every panel’s content fills at least 60 % of the canvas height, and nothing inside it is cut',
    async (_lang, prefix) => {
      const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
      const problems: string[] = [];
      for (const panel of PANELS) {
        await page.goto(`${server.url}${prefix}screen/?panel=${panel}`, { waitUntil: 'load' });
        const m = await page.evaluate(() => {
          const panel = document.querySelector<HTMLElement>('[data-panel]:not([hidden])')!;
          let top = Infinity;
          let bottom = -Infinity;
          const cut: string[] = [];
          for (const e of panel.querySelectorAll<HTMLElement>('*')) {
            const r = e.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            // Text that does not fit its own box (a card, a cell) is cut, even if the panel is not.
            // (Screen-reader-only text is clipped by design; tile names on the overview grid are
            // clamped to two lines on purpose: the full name is the chart's accessible name.)
            if (e.matches('.sr-only, .sm-tile__name')) continue;
            if (e.scrollHeight > e.clientHeight + 2 && getComputedStyle(e).overflow !== 'visible')
              cut.push((e.textContent ?? '').trim().slice(0, 40));
            if (e.children.length > 0 && e.tagName.toLowerCase() !== 'svg') continue;
            top = Math.min(top, r.top);
            bottom = Math.max(bottom, r.bottom);
          }
          // The panel itself clips what does not fit (overflow: hidden): nothing may run past it.
          if (
            panel.scrollHeight > panel.clientHeight + 1 ||
            panel.scrollWidth > panel.clientWidth + 1
          )
            cut.push('the panel itself');
          return { fill: (bottom - top) / innerHeight, cut };
        });
        if (m.fill < 0.6) problems.push(`${panel}: content fills ${Math.round(m.fill * 100)} %`);
        for (const c of m.cut) problems.push(`${panel}: cut “${c}”`);
      }
      await page.close();
      expect(problems).toEqual([]);
    },
  );

  it('screen (en): the English wall has no Chinese outside the plan’s own names, and its title is whole', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(`${server.url}en/screen/`, { waitUntil: 'load' });
    const found = await page.evaluate(() => {
      const out: string[] = [];
      for (const panel of document.querySelectorAll<HTMLElement>('[data-panel]'))
        panel.hidden = false;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (/[\u4e00-\u9fff]/.test(text) && !n.parentElement?.closest('[lang^="zh"]'))
          out.push(text.trim().slice(0, 40));
      }
      const h1 = document.querySelector('h1')!;
      return {
        chinese: out,
        titleCut: h1.scrollWidth > h1.clientWidth || h1.scrollHeight > h1.clientHeight,
      };
    });
    await page.close();
    expect(found.titleCut).toBe(false);
    expect(found.chinese).toEqual([]);
  });
});

describe('/screen/ runs unattended', () => {
  /**
   * The page's clock is Playwright's: time moves only when the test says so, so a slow machine
   * cannot let a panel rotate between two looks (the old test, on the real clock, was flaky).
   */
  async function openOnPageClock(query: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    // install() alone lets fake time flow with real time; paused, timers fire only in runFor.
    await page.clock.install({ time: new Date('2027-03-01T09:00:00+08:00') });
    await page.clock.pauseAt(new Date('2027-03-01T09:00:01+08:00'));
    await page.goto(`${server.url}screen/${query}`, { waitUntil: 'load' });
    return page;
  }

  it('screen: rotates to the next panel after the interval, not before', async () => {
    const page = await openOnPageClock('?interval=5');
    expect(await current(page)).toBe('overview');
    await page.clock.runFor(4900);
    expect(await current(page)).toBe('overview');
    await page.clock.runFor(200);
    expect(await current(page)).toBe('lagging');
    expect(await page.locator('[data-panel="overview"]').isHidden()).toBe(true);
    await page.clock.runFor(5000);
    expect(await current(page)).toBe('halfway');
    await page.close();
  });

  it('screen: the pause button and the keyboard stop and restart the rotation', async () => {
    const page = await openOnPageClock('?interval=5');
    await page.getByRole('button', { name: '暂停轮播' }).click();
    const pausedAt = await current(page);
    await page.clock.runFor(30_000);
    expect(await current(page)).toBe(pausedAt);
    expect(await page.locator('[data-pause]').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('ArrowRight');
    const stepped = await current(page);
    expect(stepped).toBe(PANELS[(PANELS.indexOf(pausedAt!) + 1) % PANELS.length]);
    await page.keyboard.press('Space');
    expect(await page.locator('[data-pause]').getAttribute('aria-pressed')).toBe('false');
    await page.clock.runFor(5100);
    expect(await current(page)).toBe(PANELS[(PANELS.indexOf(stepped!) + 1) % PANELS.length]);
    await page.close();
  });

  it('screen: ?panel= pins one panel', async () => {
    const page = await openOnPageClock('?panel=platforms&interval=1');
    await page.clock.runFor(10_000);
    expect(await current(page)).toBe('platforms');
    await page.close();
  });

  it('screen: flags data older than ?maxAge days', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.clock.setFixedTime(new Date('2029-06-01T10:00:00+08:00'));
    await page.goto(`${server.url}screen/?maxAge=400`, { waitUntil: 'load' });
    // 2028-02-15 → 2029-06-01 is 472 days
    expect(await page.locator('[data-stale]').isVisible()).toBe(true);
    expect(await page.locator('[data-stale]').textContent()).toContain('472');
    await page.close();
  });
});

describe('/screen/ follows deploys', () => {
  it('screen: swaps in a new build when version.json changes, without reloading the page', async () => {
    const copy = path.join(scratch, 'deploy');
    cpSync(site, copy, { recursive: true });
    const live = await serveStatic(copy, { cacheControl: 'no-store' });
    try {
      const page = await open('?poll=1&panel=overview', 1920, 1080, live.url);
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      // Deploy: a new version with a different figure on the overview panel.
      const html = path.join(copy, 'screen', 'index.html');
      const old = readFileSync(html, 'utf8');
      const version = /data-version="([^"]+)"/.exec(old)![1]!;
      writeFileSync(html, old.replaceAll(version, 'new-build').replace('数据截至', '新数据截至'));
      writeFileSync(path.join(copy, 'version.json'), JSON.stringify({ version: 'new-build' }));
      await page.waitForFunction(
        () => document.getElementById('screen-root')?.dataset.swaps === '1',
        null,
        {
          timeout: 6000,
        },
      );
      expect(await page.locator('header.bar').textContent()).toContain('新数据截至');
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42); // no reload
      expect(await current(page)).toBe('overview');
      // The site goes away: the last data stays, marked offline.
      await live.close();
      await page.waitForFunction(
        () => document.getElementById('screen-root')?.dataset.offline === 'true',
        null,
        {
          timeout: 6000,
        },
      );
      expect(await page.locator('[data-offline-mark]').isVisible()).toBe(true);
      expect(await page.locator('.tile').count()).toBeGreaterThan(0);
      await page.close();
    } finally {
      await live.close().catch(() => undefined);
    }
  });
});
