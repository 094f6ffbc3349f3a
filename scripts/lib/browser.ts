/**
 * Browser helpers for the end-to-end suites: the system Chromium through playwright-core, a page
 * that records every request (and blocks and reports any to a foreign origin), console errors and
 * page errors, an axe-core run for WCAG 2.1 A/AA, and the gzip size of the JavaScript a page loads
 * before anyone touches it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Response,
} from 'playwright-core';
import type { AxeResults } from 'axe-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export async function closeBrowser(browser: Browser | undefined): Promise<void> {
  await browser?.close();
}

export interface OpenPageOptions {
  /** Viewport width in CSS pixels. */
  width: number;
  /** Viewport height; default 900. */
  height?: number;
  javaScriptEnabled?: boolean;
  /** Origin that pages may load from; default: the origin of `url`. */
  allowedOrigin?: string;
  /**
   * How long to wait: `networkidle` (default: the load event, then no request for 500 ms, so lazy
   * scripts have arrived) or just `load`.
   */
  waitUntil?: 'load' | 'networkidle';
}

export interface ScriptFile {
  url: string;
  raw: number;
  gzip: number;
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Main document response (null if navigation produced none). */
  response: Response | null;
  status: number | null;
  /** Every request the page made, in order: `METHOD url`. */
  requests: string[];
  /** Requests to any origin other than the allowed one (they were aborted). */
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Content-Security-Policy violations the page reported (`directive blocked-uri source:line`). */
  cspViolations: string[];
  /** Same-origin subresources that failed or answered ≥ 400. */
  failedRequests: string[];
  /** Every response of resource type `script` so far (see scriptWeight). */
  scriptResponses: Response[];
  close(): Promise<void>;
}

/** Format a playwright console location as `url:line`. */
function where(location: { url: string; lineNumber: number }) {
  return location.url ? ` (${location.url}:${location.lineNumber + 1})` : '';
}

/**
 * Open `url` in a fresh context and wait until it is loaded and (by default) the network is idle.
 * Nothing is thrown for a bad status: the caller asserts on `status`.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: OpenPageOptions,
): Promise<OpenedPage> {
  const allowed = options.allowedOrigin ?? new URL(url).origin;
  const context = await browser.newContext({
    viewport: { width: options.width, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    serviceWorkers: 'block',
  });
  const requests: string[] = [];
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const scriptResponses: Response[] = [];

  await context.route('**/*', async (route) => {
    const request = route.request();
    let origin: string;
    try {
      origin = new URL(request.url()).origin;
    } catch {
      origin = 'null';
    }
    if (origin === allowed) await route.continue();
    else {
      foreignRequests.push(`${request.method()} ${request.url()}`);
      await route.abort('blockedbyclient');
    }
  });
  context.on('request', (request) => {
    requests.push(`${request.method()} ${request.url()}`);
  });
  context.on('requestfailed', (request) => {
    if (request.url().startsWith(allowed))
      failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  context.on('response', (response) => {
    if (response.request().resourceType() === 'script') scriptResponses.push(response);
    if (response.status() >= 400 && response.url().startsWith(allowed))
      failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });

  const cspViolations: string[] = [];
  // Every `securitypolicyviolation` event is reported back through a DevTools binding (which the
  // page's CSP cannot block), so a refused script or style fails the test that opened the page.
  await context.exposeBinding('__planCspViolation', (_source, text: string) => {
    cspViolations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __planCspViolation: (t: string) => void })
        .__planCspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}` +
          (e.sample ? ` — ${e.sample}` : ''),
      );
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error')
      consoleErrors.push(`${message.text()}${where(message.location())}`);
  });
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  page.on('websocket', (socket) => {
    if (!socket.url().replace(/^ws/, 'http').startsWith(allowed))
      foreignRequests.push(`WEBSOCKET ${socket.url()}`);
  });

  const response = await page.goto(url, { waitUntil: 'load' });
  if ((options.waitUntil ?? 'networkidle') === 'networkidle')
    await page.waitForLoadState('networkidle');
  return {
    page,
    context,
    response,
    status: response?.status() ?? null,
    requests,
    foreignRequests,
    consoleErrors,
    pageErrors,
    cspViolations,
    failedRequests,
    scriptResponses,
    close: () => context.close(),
  };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  targets: string[];
}

/**
 * Run axe-core on the page (needs JavaScript enabled in the context) with the WCAG 2.0/2.1 A and
 * AA rules. Returns the violations, one entry per rule, with the selectors of every failing node.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  // Evaluated through DevTools rather than added as a <script>: the page's CSP (rightly) refuses an
  // inline script without a hash, and this way nothing is left behind to count as page JavaScript.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    return (await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    })) as AxeResults;
  }, WCAG21_AA_TAGS);
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    help: v.help,
    helpUrl: v.helpUrl,
    targets: v.nodes.map((n) => {
      const target = n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t)));
      const summary = (n.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `${target.join(' ')}${summary ? ` — ${summary}` : ''}`;
    }),
  }));
}

/** Readable text for a list of violations: rule id, impact, help, then every failing node. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `  ${v.id} [${v.impact}] ${v.help} (${v.helpUrl})\n` +
        v.targets.map((t) => `      - ${t}`).join('\n'),
    )
    .join('\n');
}

export interface ScriptWeight {
  files: ScriptFile[];
  totalRaw: number;
  totalGzip: number;
}

/**
 * The JavaScript a page has loaded so far (call it right after openPage, which waits for load and
 * network idle, before any interaction): every response of resource type `script` (external
 * scripts, module imports, modulepreloads) plus every inline classic or module script in the
 * document, each measured raw and gzip-compressed (node:zlib, default level).
 */
export async function scriptWeight(opened: OpenedPage): Promise<ScriptWeight> {
  const files: ScriptFile[] = [];
  const seen = new Set<string>();
  for (const response of [...opened.scriptResponses]) {
    const url = response.url();
    if (seen.has(url) || response.status() >= 400) continue;
    seen.add(url);
    let body: Buffer;
    try {
      body = await response.body();
    } catch {
      // The body can be gone (e.g. a redirected or evicted response): fetch it again.
      body = await (await opened.context.request.get(url)).body();
    }
    files.push({ url, raw: body.length, gzip: gzipSync(body).length });
  }
  const inline = await opened.page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => {
        const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
        return type === '' || type === 'module' || /javascript|ecmascript/.test(type);
      })
      .map((s) => s.textContent ?? ''),
  );
  inline.forEach((text, i) => {
    const body = Buffer.from(text, 'utf8');
    if (body.length)
      files.push({ url: `inline script #${i + 1}`, raw: body.length, gzip: gzipSync(body).length });
  });
  return {
    files,
    totalRaw: files.reduce((n, f) => n + f.raw, 0),
    totalGzip: files.reduce((n, f) => n + f.gzip, 0),
  };
}
