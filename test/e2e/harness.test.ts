/**
 * The browser-test harness itself: the static server behaves like GitHub Pages, and the browser
 * helpers really do catch what the portal suite relies on them to catch (foreign requests, console
 * and page errors, axe violations, JavaScript weight). Runs on a tiny hand-written site.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import {
  closeBrowser,
  launchBrowser,
  openPage,
  runAxe,
  scriptWeight,
} from '../../scripts/lib/browser.ts';
import { cspHash } from '../../src/lib/inline-scripts.ts';

const GOOD = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Good</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Good page</h1><p>Plain text.</p></main></body></html>`;
const BIG_JS = `console.log(${JSON.stringify('x'.repeat(5000))});\n`;
const BAD = `<!doctype html><html><head><meta charset="utf-8"><title>Bad</title>
<script src="https://cdn.example.invalid/lib.js"></script>
<script type="module" src="/app.js"></script>
<script>console.error('boom in console'); window.addEventListener('load', () => { throw new Error('uncaught boom'); });</script>
</head><body><img src="/pic.png"><h1>Bad</h1></body></html>`;

// A page under a strict CSP: the hashed script may run; the unhashed one, the inline style
// attribute and the image from another origin must each be refused and reported.
const ALLOWED_SCRIPT = "document.title = 'CSP ran';";
const CSP_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>
<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self' '${cspHash(ALLOWED_SCRIPT)}'; style-src 'self'">
<script>${ALLOWED_SCRIPT}</script>
<script>window.injected = 1;</script>
</head><body><main><h1 style="color:red">CSP</h1><img src="/pic.svg" alt="x"></main></body></html>`;

let root = '';
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  vi.useRealTimers();
  root = mkdtempSync(path.join(tmpdir(), 'plan-harness-'));
  mkdirSync(path.join(root, 'sub'));
  mkdirSync(path.join(root, 'pagefind'));
  writeFileSync(path.join(root, 'index.html'), GOOD);
  writeFileSync(path.join(root, 'sub', 'index.html'), GOOD);
  writeFileSync(path.join(root, 'bad.html'), BAD);
  writeFileSync(path.join(root, 'csp.html'), CSP_PAGE);
  writeFileSync(path.join(root, 'app.js'), BIG_JS);
  writeFileSync(path.join(root, 'data.csv'), '\uFEFFa,b\n1,2\n');
  writeFileSync(path.join(root, 'pagefind', 'pagefind.zh_abc.pf_meta'), 'x');
  writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Not here</title><h1>404</h1>');
  writeFileSync(path.join(path.dirname(root), 'plan-harness-secret.txt'), 'secret');
  server = await serveStatic(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await server?.close();
  rmSync(root, { recursive: true, force: true });
  rmSync(path.join(path.dirname(root), 'plan-harness-secret.txt'), { force: true });
});

const base = () => {
  if (!server) throw new Error('server not started');
  return server.url;
};
const get = (p: string) => fetch(new URL(p, base()), { redirect: 'manual' });

describe('static server', () => {
  it('serves directory index pages and redirects a directory without its slash', async () => {
    expect((await get('/')).status).toBe(200);
    const sub = await get('/sub/');
    expect(sub.status).toBe(200);
    expect(await sub.text()).toContain('Good page');
    const redirect = await get('/sub');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sub/');
  });

  it('sends the Content-Type GitHub Pages would (html, js, csv, pagefind)', async () => {
    expect((await get('/')).headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('/data.csv')).headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect((await get('/pagefind/pagefind.zh_abc.pf_meta')).headers.get('content-type')).toBe(
      'application/octet-stream',
    );
  });

  it('answers 404 with 404.html for a missing path', async () => {
    const response = await get('/nope/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Not here');
  });

  it('never serves a file outside its directory', async () => {
    const secret = 'plan-harness-secret.txt';
    for (const p of [
      `/../${secret}`,
      `/%2e%2e/${secret}`,
      `/..%2f${secret}`,
      `/sub/..%2f..%2f${secret}`,
    ]) {
      const response = await get(p);
      expect(response.status, p).toBe(404);
      expect(await response.text(), p).not.toContain('secret');
    }
  });
});

describe('browser helpers', () => {
  const need = () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };

  it('a clean page: HTTP 200, no foreign request, no console error, no axe violation', async () => {
    const opened = await openPage(need(), base(), { width: 375 });
    try {
      expect(opened.status).toBe(200);
      expect(opened.foreignRequests).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      expect(await runAxe(opened.page)).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it('a bad page: the foreign request, console error, page error, missing asset and axe violations are all caught', async () => {
    const opened = await openPage(need(), new URL('/bad.html', base()).href, { width: 1440 });
    try {
      expect(opened.foreignRequests).toEqual(['GET https://cdn.example.invalid/lib.js']);
      expect(opened.consoleErrors.join('\n')).toContain('boom in console');
      expect(opened.pageErrors.join('\n')).toContain('uncaught boom');
      expect(opened.failedRequests.join('\n')).toMatch(/pic\.png: HTTP 404/);
      const weight = await scriptWeight(opened);
      const appJs = weight.files.find((f) => f.url.endsWith('/app.js'));
      expect(appJs).toEqual({
        url: new URL('/app.js', base()).href,
        raw: Buffer.byteLength(BIG_JS),
        gzip: gzipSync(BIG_JS).length,
      });
      expect(weight.files.some((f) => f.url.startsWith('inline script'))).toBe(true);
      expect(weight.totalGzip).toBe(weight.files.reduce((n, f) => n + f.gzip, 0));
      const ids = (await runAxe(opened.page)).map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt']));
      // axe is evaluated, not added as a <script>, so it is never counted as page JavaScript.
      const after = await scriptWeight(opened);
      expect(after.totalGzip).toBe(weight.totalGzip);
    } finally {
      await opened.close();
    }
  });

  it('a page under CSP: every refused script, style and image is reported, the hashed script runs', async () => {
    const opened = await openPage(need(), new URL('/csp.html', base()).href, { width: 1440 });
    try {
      expect(await opened.page.title()).toBe('CSP ran');
      expect(await opened.page.evaluate(() => 'injected' in window)).toBe(false);
      const report = opened.cspViolations.join('\n');
      expect(report).toMatch(/script-src-elem blocked inline/);
      expect(report).toMatch(/style-src-attr blocked inline/);
      expect(report).toMatch(/img-src blocked .*pic\.svg/);
      // axe still runs under the page's CSP (it is evaluated, not injected as a <script>).
      expect(Array.isArray(await runAxe(opened.page))).toBe(true);
    } finally {
      await opened.close();
    }
  });
});
