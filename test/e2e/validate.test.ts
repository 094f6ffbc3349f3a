import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { FIXTURES, REPO } from '../helpers/fixtures.ts';
import { runBuild } from '../helpers/build.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { closeBrowser, launchBrowser } from '../../scripts/lib/browser.ts';

vi.useRealTimers();

/** The plan as printed: a fixture, so the test never depends on what data/ holds today. */
const PRINTED = path.join(FIXTURES, 'plan-as-printed');
const scratch = mkdtempSync(path.join(tmpdir(), 'plan-validate-'));
const site = path.join(scratch, 'site');
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  vi.useRealTimers();
  const r = runBuild(PRINTED, site);
  if (r.code !== 0) throw new Error(r.err);
  server = await serveStatic(site);
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The plan as printed (a fixture), its indicators.csv with I01's baseline typed as Chinese numerals: one located error. */
const defective = () =>
  readFileSync(path.join(PRINTED, 'indicators.csv'), 'utf8').replace(
    ',3500,3800,',
    ',三千五,3800,',
  );

async function openChecker(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`${server.url}validate/`, { waitUntil: 'load' });
  return page;
}

/** Drop files on the zone the way a browser does: a real DataTransfer in a drop event. */
async function drop(page: Page, files: Array<{ name: string; bytes: number[] }>) {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list)
      dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
    return dt;
  }, files);
  await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer: transfer });
}

describe('/validate/: the steward’s checker in the browser', () => {
  it('validate page: a dropped defective CSV shows the same located error as npm run check:data', async () => {
    const page = await openChecker();
    await drop(page, [{ name: 'indicators.csv', bytes: [...Buffer.from(defective())] }]);
    await page.waitForSelector('.issues li');
    const shown = (await page.locator('.issues li').allTextContents()).map((s) => s.trim());
    expect(await page.locator('[data-check-status]').textContent()).toContain('发现 1 个问题');

    // The command line on the same data gives the same words and position.
    const dir = path.join(scratch, 'data-copy');
    cpSync(PRINTED, dir, { recursive: true });
    writeFileSync(path.join(dir, 'indicators.csv'), defective());
    const cli = spawnSync(process.execPath, ['scripts/check-data.ts'], {
      cwd: REPO,
      env: { ...process.env, PLAN_DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(shown).toHaveLength(1);
    const block = shown[0]!.replace(/^data\//, '');
    expect(block).toContain('indicators.csv:2:8（第 2 行，H 列，baseline_value）');
    expect(block).toContain('“三千五” 不是有效的数字');
    expect(cli.stderr).toContain(block); // identical text, file path aside
    await page.close();
  });

  it('validate page: a file saved as GBK gets the encoding message, not mojibake', async () => {
    const page = await openChecker();
    await page.setInputFiles(
      '#csv-files',
      path.join(FIXTURES, 'invalid/gbk-encoding/indicators.csv'),
    );
    await page.waitForSelector('.issues li');
    const text = await page.locator('.issues').textContent();
    expect(text).toContain('看起来是 GBK/GB18030');
    expect(text).toContain('CSV UTF-8（逗号分隔）');
    await page.close();
  });

  it('validate page: an unchanged data file passes', async () => {
    const page = await openChecker();
    await drop(page, [
      { name: 'indicators.csv', bytes: [...readFileSync(path.join(PRINTED, 'indicators.csv'))] },
    ]);
    await page.waitForFunction(() =>
      document.querySelector('[data-check-status]')?.textContent?.includes('检查通过'),
    );
    expect(await page.locator('[data-results]').textContent()).toContain('indicators.csv：20 行');
    await page.close();
  });
});
