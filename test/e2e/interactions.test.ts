import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { FIXTURES } from '../helpers/fixtures.ts';
import { runBuild } from '../helpers/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { closeBrowser, launchBrowser } from '../../scripts/lib/browser.ts';

vi.useRealTimers();

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-interact-'));
const site = path.join(scratch, 'site');
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  vi.useRealTimers();
  const r = runBuild(path.join(FIXTURES, 'sample'), site);
  if (r.code !== 0) throw new Error(r.err);
  server = await serveStatic(site);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
});
afterAll(async () => {
  await context?.close();
  await closeBrowser(browser);
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('portal interactions', () => {
  it('长辈版: the switch enlarges the text and is remembered on the next page', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const size = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole('button', { name: '长辈版' }).click();
    expect(await page.locator('html').getAttribute('data-large')).toBe('');
    expect(await size()).toBeGreaterThanOrEqual(before * 1.2);
    await page.goto(`${server.url}indicators/`);
    expect(await page.locator('html').getAttribute('data-large')).toBe('');
    expect(await page.getByRole('button', { name: '标准版' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await page.getByRole('button', { name: '标准版' }).click();
    await page.reload();
    expect(await page.locator('html').getAttribute('data-large')).toBeNull();
    await page.close();
  });

  it('search: a Chinese query finds the indicator page (Pagefind, loaded on typing)', async () => {
    const page = await context.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(r.url()));
    await page.goto(`${server.url}search/`);
    expect(loaded.some((u) => u.includes('/pagefind/'))).toBe(false); // nothing until the reader types
    await page.locator('#q').fill('抽检');
    const first = page.locator('[data-search-results] li a').first();
    await first.waitFor({ timeout: 10_000 });
    const titles = await page.locator('[data-search-results] li a').allTextContents();
    expect(titles.some((t) => t.includes('药品抽检数量'))).toBe(true);
    await page.close();
  });

  it('indicator list: choosing a category and a status shows only matching rows, kept in the URL', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}indicators/`);
    await page.selectOption('select[name="category"]', 'safety');
    await page.selectOption('select[name="status"]', 'behind');
    const visible = page.locator('tr[data-row]:visible');
    // sample: safety indicators behind are I05, I06 and I07
    expect(await visible.count()).toBe(3);
    expect(await page.locator('[data-filter-count]').textContent()).toBe('显示 3 / 20 项');
    expect(page.url()).toContain('category=safety');
    await page.reload();
    expect(await page.locator('tr[data-row]:visible').count()).toBe(3);
    await page.close();
  });
});
