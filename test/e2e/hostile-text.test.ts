/**
 * Hostile text in every free-text column (test/helpers/hostile.ts): script tags, event-handler
 * attributes, javascript: and data: URLs, template syntax, SVG/title breakers, entities, names as
 * long as a column allows, Chinese and emoji, spreadsheet formulas. The site is built from that
 * data set once and every built page is opened in Chromium (JavaScript on, 375 px wide) with the
 * page's Content-Security-Policy bypassed, so what is tested is the escaping itself and not the
 * CSP safety net: nothing may run, no element or attribute may come from the data, and the text
 * must be shown literally. The JSON API and the CSV downloads must carry it verbatim.
 *
 * The checker's refusals (javascript:/data: in URL columns, over-long cells, bidi controls) are
 * tested on small data sets at the end.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO, overlayFiles } from '../helpers/fixtures.ts';
import { runBuild } from '../helpers/build.ts';
import {
  HOSTILE_URLS,
  PAYLOADS,
  cellKey,
  hostileDataSet,
  toCsv,
  type HostileDataSet,
} from '../helpers/hostile.ts';
import { FILE_SPECS } from '../../src/schemas/index.ts';
import { INDICATOR_CSV_PREFIX } from '../../src/lib/indicator-csv.ts';
import { sourceRefEn } from '../../src/i18n/source-ref.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { closeBrowser, launchBrowser } from '../../scripts/lib/browser.ts';

/** The files of the hostile data set: the optional site.csv is not among them. */
const HOSTILE_SPECS = FILE_SPECS.filter((s) => s.required);

const WIDTH = 375;
const VISITS_IN_PARALLEL = 4;
const SCREENSHOTS = path.join(REPO, 'test-results', 'hostile');
const SKIPPED_TOP_DIRS = new Set(['api', '_astro', 'pagefind', 'downloads']);

/** Empty string when there is nothing to report: the failure diff then lists every problem. */
const report = (problems: string[]) => problems.join('\n');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

type Lang = 'zh' | 'en';
type Row = Record<string, string>;

interface Expected {
  /** Where the text comes from, e.g. `indicators.csv row 3 name_zh (script)`. */
  where: string;
  value: string;
  /** Must be visible (not only present in a hidden panel or an SVG tooltip). */
  visible: boolean;
}

interface TextState {
  value: string;
  state: 'visible' | 'tooltip' | 'hidden' | 'missing';
}

interface PageFacts {
  path: string;
  error?: string;
  status: number | null;
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  /** typeof window.__pwned after load, and after hovering and focusing. */
  pwned: string[];
  /** Elements and attributes that can only have come from the data. */
  injected: string[];
  texts: TextState[];
  documentTitle: string;
  scrollWidth: number;
  innerWidth: number;
  overflowing: string[];
}

/** Every `index.html` under `outDir` as a URL path, sorted. */
function discoverPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string, rel: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (rel.length === 0 && SKIPPED_TOP_DIRS.has(entry.name)) continue;
        walk(path.join(dir, entry.name), [...rel, entry.name]);
      } else if (entry.name === 'index.html') pages.push(rel.length ? `/${rel.join('/')}/` : '/');
    }
  };
  walk(outDir, []);
  return pages.sort();
}

/**
 * `/en/indicators/T01/` → { lang: 'en', kind: 'indicators', id: 'T01', sub: null };
 * `/key-items/platform/listed/` → { lang: 'zh', kind: 'key-items', id: 'platform', sub: 'listed' }.
 */
function pageKind(pagePath: string) {
  const parts = pagePath.split('/').filter(Boolean);
  const lang: Lang = parts[0] === 'en' ? 'en' : 'zh';
  if (lang === 'en') parts.shift();
  return { lang, kind: parts[0] ?? 'overview', id: parts[1] ?? null, sub: parts[2] ?? null };
}

/**
 * What each page must show as text, from the page templates: which files and columns (in which
 * language) each page type prints. Pages not listed (data, methodology, validate, updates,
 * search, the report index) print no data text; they are still checked for everything else.
 */
function expectations(hostile: HostileDataSet, pagePath: string): Expected[] {
  const { lang, kind, id, sub } = pageKind(pagePath);
  const zh = lang === 'zh';
  const t = hostile.tables;
  const L = (column: string) => `${column}_${lang}`;
  const out: Expected[] = [];
  const add = (file: string, rows: Row[], columns: string[], visible = true) => {
    for (const row of rows) {
      const r = t[file]!.indexOf(row);
      for (const column of columns) {
        const value = row[column] ?? '';
        if (value === '') continue;
        const payload = hostile.payloadOf.get(cellKey(file, r, column)) ?? 'fixture';
        out.push({ where: `${file} row ${r + 2} ${column} (${payload})`, value, visible });
      }
    }
  };
  // A text column with an English twin: the English page shows the twin where the row has one.
  const addTwin = (file: string, rows: Row[], bases: string[], visible = true) => {
    for (const row of rows)
      for (const b of bases)
        add(file, [row], [zh || !row[`${b}_en`] ? `${b}_zh` : `${b}_en`], visible);
  };
  // Source references: the English page translates the plan's structure (专栏1 第1项 → Box 1,
  // item 1) and shows any other form as it is.
  const addSource = (file: string, rows: Row[]) => {
    for (const row of rows) {
      const value = row.source_zh ?? '';
      if (value === '') continue;
      const r = t[file]!.indexOf(row);
      const payload = hostile.payloadOf.get(cellKey(file, r, 'source_zh')) ?? 'fixture';
      out.push({
        where: `${file} row ${r + 2} source_zh (${payload})`,
        value: zh ? value : (sourceRefEn(value) ?? value),
        visible: true,
      });
    }
  };
  const plan = t['plan.csv']!;
  const indicators = t['indicators.csv']!;
  const programmes = t['programmes.csv']!;
  const platforms = t['platforms.csv']!;
  const capabilities = t['platform-capabilities.csv']!;
  const keyItems = t['key-items.csv']!;
  // The capability matrix: one column per distinct capability_zh, headed in English by the first
  // row's capability_en.
  const matrixColumns = (caps: Row[]) =>
    caps.filter((c, i) => caps.findIndex((d) => d.capability_zh === c.capability_zh) === i);
  const capabilityHeads = (caps: Row[]) =>
    add('platform-capabilities.csv', matrixColumns(caps), [zh ? 'capability_zh' : 'capability_en']);

  switch (kind) {
    case 'overview':
      add('plan.csv', plan, [L('title')]);
      add('indicators.csv', indicators, [L('name'), L('unit')]);
      add('programmes.csv', programmes, [L('title')]);
      add('platforms.csv', platforms, [L('name')]);
      break;
    case 'indicators':
      if (id === null) add('indicators.csv', indicators, [L('name'), L('unit')]);
      else {
        add(
          'indicators.csv',
          indicators.filter((r) => r.id === id),
          [L('name'), L('unit'), L('note')],
        );
        addSource(
          'indicators.csv',
          indicators.filter((r) => r.id === id),
        );
        add(
          'observations.csv',
          t['observations.csv']!.filter((o) => o.measure_id === id),
          ['source_zh', 'note_zh'],
        );
      }
      break;
    case 'programmes':
      if (id === null) add('programmes.csv', programmes, [L('title')]);
      else {
        add(
          'programmes.csv',
          programmes.filter((r) => r.id === id),
          [L('title'), L('summary')],
        );
        addTwin(
          'programmes.csv',
          programmes.filter((r) => r.id === id),
          ['section', 'lead'],
        );
        const own = t['milestones.csv']!.filter((m) => m.programme_id === id);
        add('milestones.csv', own, [L('title')]);
        addSource('milestones.csv', own);
        addTwin(
          'milestones.csv',
          own.filter((m) => m.kind === 'quantity' && m.unit_zh !== '%'),
          ['unit'],
        );
      }
      break;
    case 'platforms':
      if (id === null) {
        add('platforms.csv', platforms, [L('name')]);
        addTwin('platforms.csv', platforms, ['field', 'area']);
        capabilityHeads(capabilities);
      } else {
        const one = platforms.filter((p) => p.id === id);
        add('platforms.csv', one, [L('name')]);
        addTwin('platforms.csv', one, ['field', 'area', 'operator', 'summary']);
        addSource('platforms.csv', one);
        const own = capabilities.filter((c) => c.platform_id === id);
        capabilityHeads(own);
        addTwin('platform-capabilities.csv', own, ['note']);
        addTwin(
          'key-items.csv',
          keyItems.filter((k) => k.platform_id === id),
          ['name'],
        );
      }
      break;
    case 'key-items':
      // /key-items/ lists every item; /key-items/<kind>/<status>/ those of one kind and status.
      {
        const shown =
          id === null ? keyItems : keyItems.filter((k) => k.kind === id && k.status === sub);
        addTwin('key-items.csv', shown, ['name', 'organisation', 'district', 'summary']);
        addSource('key-items.csv', shown);
      }
      break;
    case 'reports':
      if (id !== null) {
        add('plan.csv', plan, [L('title')]);
        add('indicators.csv', indicators, [L('name')]);
        add('programmes.csv', programmes, [L('title')]);
        add('platforms.csv', platforms, [L('name')]);
        capabilityHeads(capabilities);
      }
      break;
    case 'screen':
      // Panels take turns: only the current one is visible.
      add('plan.csv', plan, [L('title')]);
      if (zh) add('programmes.csv', programmes, ['title_zh'], false);
      // The platform panel heads each platform with its field (in English its twin, else the name).
      for (const p of platforms)
        add('platforms.csv', [p], [zh ? 'field_zh' : p.field_en ? 'field_en' : 'name_en'], false);
      break;
    case 'about':
      add('plan.csv', plan, zh ? ['title_zh'] : ['title_zh', 'title_en']);
      add('plan.csv', plan, ['document_no', 'source_zh']);
      break;
  }
  return out;
}

/** The name a detail page's <title> must carry, or null for other pages. */
function titleName(hostile: HostileDataSet, pagePath: string): string | null {
  const { lang, kind, id } = pageKind(pagePath);
  if (id === null) return null;
  const row = (file: string) => hostile.tables[file]!.find((r) => r.id === id);
  if (kind === 'indicators') return row('indicators.csv')?.[`name_${lang}`] ?? null;
  if (kind === 'programmes') return row('programmes.csv')?.[`title_${lang}`] ?? null;
  if (kind === 'platforms') return row('platforms.csv')?.[`name_${lang}`] ?? null;
  return null;
}

/** In the page: where each value is shown (visible, only in an SVG tooltip, hidden, missing). */
function locateTexts(values: string[]): TextState[] {
  const RAW = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
  const TOOLTIP = new Set(['title', 'desc']);
  const nodes: { text: string; parent: Element }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent) continue;
    let raw = false;
    for (let p: Element | null = parent; p; p = p.parentElement)
      if (RAW.has(p.localName)) raw = true;
    if (!raw) nodes.push({ text: n.nodeValue ?? '', parent });
  }
  const all = nodes.map((n) => n.text).join('');
  return values.map((value) => {
    const holders = nodes.filter((n) => n.text.includes(value)).map((n) => n.parent);
    if (holders.length === 0) return { value, state: all.includes(value) ? 'hidden' : 'missing' };
    const inTooltip = (el: Element) => {
      for (let p: Element | null = el; p; p = p.parentElement)
        if (p instanceof SVGElement && TOOLTIP.has(p.localName)) return true;
      return false;
    };
    if (holders.some((el) => !inTooltip(el) && el.checkVisibility({ visibilityProperty: true })))
      return { value, state: 'visible' };
    if (holders.some(inTooltip)) return { value, state: 'tooltip' };
    return { value, state: 'hidden' };
  });
}

/** In the page: every element or attribute that can only have come from the data. */
function findInjected(): string[] {
  const found: string[] = [];
  const name = (el: Element) =>
    `<${el.localName}${el.id ? `#${el.id}` : ''}>${el.parentElement ? ` in <${el.parentElement.localName}>` : ''}`;
  const URL_ATTRIBUTES = new Set([
    'href',
    'xlink:href',
    'src',
    'srcset',
    'action',
    'formaction',
    'poster',
    'data',
    'background',
    'srcdoc',
  ]);
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const n = attr.name.toLowerCase();
      if (n.startsWith('on')) found.push(`${name(el)} has an event handler ${n}="${attr.value}"`);
      if (URL_ATTRIBUTES.has(n) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
        found.push(`${name(el)} has ${n}="${attr.value.slice(0, 80)}"`);
      if (n === 'srcdoc') found.push(`${name(el)} has srcdoc`);
    }
  }
  const selectors: [string, (el: Element) => boolean][] = [
    ['img[src="x"]', () => true],
    ['iframe, object, embed, frame', () => true],
    ['script', (el) => (el.textContent ?? '').includes('__pwned')],
    // The payloads hide body or * (test/helpers/hostile.ts); the site's own inlined CSS hides classes.
    ['style', (el) => /(^|\})\s*(body|\*)\s*\{\s*display:\s*none\s*\}/.test(el.textContent ?? '')],
    // The site itself uses <strong>/<em>, never <b>/<i>: these come from the data's markup.
    ['b, i', () => true],
  ];
  for (const [selector, bad] of selectors)
    for (const el of document.querySelectorAll(selector))
      if (bad(el)) found.push(`${name(el)} from the data: ${el.outerHTML.slice(0, 100)}`);
  return found;
}

/** In the page: elements sticking out past the right edge outside any scroll container. */
function overflowCulprits(): string[] {
  const width = document.documentElement.clientWidth;
  const insideScroller = (el: Element) => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };
  const found = new Map<string, number>();
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= width + 1) continue;
    const position = getComputedStyle(el).position;
    if (position !== 'absolute' && position !== 'fixed' && insideScroller(el)) continue;
    const key =
      el.localName + (el.id ? `#${el.id}` : '') + [...el.classList].map((c) => `.${c}`).join('');
    found.set(key, Math.max(found.get(key) ?? 0, Math.round(r.right)));
  }
  return [...found].slice(0, 6).map(([key, right]) => `${key} reaching ${right} px`);
}

/** In the page: what a handler that ran would leave behind. */
const pwnedState = () => typeof (window as unknown as { __pwned?: unknown }).__pwned;

/**
 * In the page: fire the events inline handlers listen to on every element, and focus everything
 * focusable (real focus, so :focus styles and focus handlers run too).
 */
function poke(): void {
  const events = ['mouseover', 'mouseenter', 'mousemove', 'pointerover', 'pointerenter'];
  for (const el of document.body.querySelectorAll('*'))
    for (const type of events) el.dispatchEvent(new MouseEvent(type, { bubbles: true }));
  for (const el of document.querySelectorAll<HTMLElement>(
    'a[href], button, input, select, textarea, summary, [tabindex]',
  ))
    el.focus();
}

let browser: Browser | undefined;

function needBrowser(): Browser {
  if (!browser) throw new Error('Chromium did not start (see beforeAll)');
  return browser;
}

interface Recorder {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

const newRecorder = (): Recorder => ({
  dialogs: [],
  consoleErrors: [],
  pageErrors: [],
  failedRequests: [],
  foreignRequests: [],
});

/**
 * A browser tab with the page's CSP bypassed that records dialogs, errors and stray requests of
 * the page it shows; `goto` starts a new record. One tab serves many pages, one after another.
 */
interface Tab {
  page: Page;
  context: BrowserContext;
  rec: Recorder;
  goto(url: string): Promise<number | null>;
  close(): Promise<void>;
}

async function openTab(origin: string): Promise<Tab> {
  const context = await needBrowser().newContext({
    viewport: { width: WIDTH, height: 800 },
    bypassCSP: true,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const tab: Tab = {
    page,
    context,
    rec: newRecorder(),
    async goto(url) {
      tab.rec = newRecorder();
      const response = await page.goto(url, { waitUntil: 'load' });
      return response?.status() ?? null;
    },
    close: () => context.close(),
  };
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (request.url().startsWith(`${origin}/`)) await route.continue();
    else {
      tab.rec.foreignRequests.push(`${request.method()} ${request.url().slice(0, 100)}`);
      await route.abort('blockedbyclient');
    }
  });
  context.on('response', (response) => {
    if (response.status() >= 400)
      tab.rec.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('dialog', (dialog) => {
    tab.rec.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') tab.rec.consoleErrors.push(message.text().slice(0, 300));
  });
  page.on('pageerror', (error) => tab.rec.pageErrors.push(error.message.slice(0, 300)));
  return tab;
}

/** Hover a few of the main elements for real (the mouse, not synthetic events). */
async function hoverMainElements(page: Page): Promise<void> {
  for (const selector of ['main h1', 'main table td', 'main svg circle', 'main a[href]']) {
    const target = page.locator(selector).first();
    if ((await target.count()) > 0 && (await target.isVisible()))
      await target.hover({ timeout: 1000 }).catch(() => undefined);
  }
}

describe('hostile text in every free-text column', () => {
  let hostile: HostileDataSet;
  let scratch = '';
  let out = '';
  let server: StaticServer | undefined;
  let pages: string[] = [];
  const facts: PageFacts[] = [];

  const urlOf = (pagePath: string) => {
    if (!server) throw new Error('the hostile site was not built (see beforeAll)');
    return new URL(pagePath, server.url).href;
  };

  /** Open one page in `tab`, then hover, focus and look at it. */
  async function inspect(tab: Tab, pagePath: string): Promise<PageFacts> {
    const f: PageFacts = {
      path: pagePath,
      status: null,
      ...newRecorder(),
      pwned: [],
      injected: [],
      texts: [],
      documentTitle: '',
      scrollWidth: 0,
      innerWidth: 0,
      overflowing: [],
    };
    try {
      f.status = await tab.goto(urlOf(pagePath));
      const { page } = tab;
      f.pwned.push(`after load: ${await page.evaluate(pwnedState)}`);
      const sizes = await page.evaluate(() => ({
        scrollWidth: (document.scrollingElement ?? document.documentElement).scrollWidth,
        innerWidth: window.innerWidth,
      }));
      f.scrollWidth = sizes.scrollWidth;
      f.innerWidth = sizes.innerWidth;
      const expected = expectations(hostile, pagePath);
      // Screenshots of the pages the sideways-scroll test holds to account.
      if (f.scrollWidth > f.innerWidth && expected.length > 0) {
        f.overflowing = await page.evaluate(overflowCulprits);
        mkdirSync(SCREENSHOTS, { recursive: true });
        const file = pagePath.split('/').filter(Boolean).join('-') || 'overview';
        await page.screenshot({ path: path.join(SCREENSHOTS, `${file}-${WIDTH}.png`) });
      }
      f.texts = await page.evaluate(
        locateTexts,
        expected.map((e) => e.value),
      );
      f.documentTitle = await page.title();
      await hoverMainElements(page);
      await page.evaluate(poke);
      await page.waitForTimeout(50);
      f.pwned.push(`after hover and focus: ${await page.evaluate(pwnedState)}`);
      f.injected = await page.evaluate(findInjected);
    } catch (error) {
      f.error = error instanceof Error ? error.message : String(error);
    }
    Object.assign(f, tab.rec);
    return f;
  }

  beforeAll(async () => {
    // test/setup.ts fakes Date; the browser, the server and Playwright's timeouts need real time.
    vi.useRealTimers();
    const started = performance.now();
    hostile = hostileDataSet();
    scratch = mkdtempSync(path.join(tmpdir(), 'plan-hostile-'));
    const dataDir = path.join(scratch, 'data');
    out = path.join(scratch, 'site');
    mkdirSync(dataDir);
    for (const [name, bytes] of Object.entries(hostile.files))
      writeFileSync(path.join(dataDir, name), bytes);
    const run = runBuild(dataDir, out);
    if (run.code !== 0)
      throw new Error(`build of the hostile data set failed (exit ${run.code}):\n${run.err}`);
    const built = performance.now();
    browser = await launchBrowser();
    server = await serveStatic(out);
    pages = discoverPages(out);

    const queue = [...pages];
    const worker = async () => {
      const tab = await openTab(server!.origin);
      try {
        for (let pagePath = queue.shift(); pagePath; pagePath = queue.shift())
          facts.push(await inspect(tab, pagePath));
      } finally {
        await tab.close();
      }
    };
    await Promise.all(Array.from({ length: VISITS_IN_PARALLEL }, worker));
    facts.sort((a, b) => a.path.localeCompare(b.path));
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    const texts = pages.reduce((n, p) => n + expectations(hostile, p).length, 0);
    console.log(
      `hostile: ${PAYLOADS.length} payloads; built in ${seconds(built - started)} s, visited ${pages.length} pages at ${WIDTH} px in ${seconds(performance.now() - built)} s; ${texts} hostile cells checked as shown text`,
    );
  });

  afterAll(async () => {
    await closeBrowser(browser);
    browser = undefined;
    await server?.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const acrossPages = (check: (f: PageFacts) => string[]) =>
    facts.flatMap((f) =>
      f.error ? [`${f.path}: visit failed: ${f.error}`] : check(f).map((p) => `${f.path}: ${p}`),
    );

  describe('the data set', () => {
    it('puts a payload in every free-text column of every file, each payload in every column', () => {
      const problems: string[] = [];
      for (const spec of HOSTILE_SPECS) {
        const columns = hostile.text[spec.file] ?? [];
        const rows = hostile.tables[spec.file]!;
        if (columns.length === 0) problems.push(`${spec.file}: no free-text column found`);
        for (const column of columns) {
          const used = new Set(
            rows.map((_, r) => hostile.payloadOf.get(cellKey(spec.file, r, column))),
          );
          used.delete(undefined);
          if (used.size === 0) problems.push(`${spec.file} ${column}: no payload`);
          // A column filled in every row of a file grown to one row per payload carries every
          // payload (not so unit_zh of milestones: quantity rows only).
          if (rows.length >= PAYLOADS.length && rows.every((row) => row[column] !== ''))
            for (const p of PAYLOADS)
              if (!used.has(p.name)) problems.push(`${spec.file} ${column}: never gets ${p.name}`);
        }
      }
      expect(report(problems)).toBe('');
      // The page types that list every row show every payload.
      for (const file of ['indicators.csv', 'programmes.csv', 'platforms.csv', 'key-items.csv'])
        expect(hostile.tables[file]!.length).toBeGreaterThanOrEqual(PAYLOADS.length);
    });

    it('is accepted by the checker, spreadsheet formulas included (exit 0)', () => {
      const dataDir = path.join(scratch, 'data');
      const run = spawnSync(process.execPath, ['scripts/check-data.ts'], {
        cwd: REPO,
        env: { ...process.env, PLAN_DATA_DIR: dataDir },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
    });
  });

  describe(`every built page (JavaScript on, CSP bypassed, ${WIDTH} px)`, () => {
    it('covers every page type in Chinese and English', () => {
      const kinds = new Set(pages.map((p) => `${pageKind(p).lang}:${pageKind(p).kind}`));
      const wanted = [
        'overview',
        'indicators',
        'programmes',
        'platforms',
        'key-items',
        'reports',
        'screen',
        'search',
        'data',
        'methodology',
        'validate',
        'about',
        'updates',
      ];
      const missing = (['zh', 'en'] as const).flatMap((lang) =>
        wanted.filter((k) => !kinds.has(`${lang}:${k}`)).map((k) => `${lang} ${k}`),
      );
      expect(report(missing), `pages: ${pages.join(' ')}`).toBe('');
      for (const file of ['indicators.csv', 'programmes.csv', 'platforms.csv'])
        for (const row of hostile.tables[file]!) {
          const kind = file.replace(/s\.csv$/, 's');
          expect(pages).toContain(`/${kind}/${row.id}/`);
          expect(pages).toContain(`/en/${kind}/${row.id}/`);
        }
    });

    it('runs none of it: window.__pwned stays undefined, no dialog, after load and after hover/focus', () => {
      expect(
        report(
          acrossPages((f) => [
            ...f.pwned.filter((s) => !s.endsWith(': undefined')).map((s) => `window.__pwned ${s}`),
            ...f.dialogs.map((d) => `dialog ${d}`),
          ]),
        ),
      ).toBe('');
    });

    it('logs no console error, throws nothing, requests nothing broken or foreign', () => {
      expect(
        report(
          acrossPages((f) => [
            ...(f.status === 200 ? [] : [`HTTP ${f.status}`]),
            ...f.consoleErrors.map((e) => `console error: ${e}`),
            ...f.pageErrors.map((e) => `page error: ${e}`),
            ...f.failedRequests.map((r) => `failed request ${r}`),
            ...f.foreignRequests.map((r) => `foreign request ${r}`),
          ]),
        ),
      ).toBe('');
    });

    it('has no element, event handler or javascript:/data: URL that came from the data', () => {
      expect(report(acrossPages((f) => f.injected))).toBe('');
    });

    it('shows every hostile string of the columns it prints as literal, visible text', () => {
      let checked = 0;
      const problems = acrossPages((f) => {
        const wanted = expectations(hostile, f.path);
        checked += wanted.length;
        return wanted.flatMap((e, i) => {
          const state = f.texts[i]?.state ?? 'missing';
          if (state === 'visible' || (!e.visible && state !== 'missing')) return [];
          const shown = JSON.stringify(e.value.length > 60 ? `${e.value.slice(0, 60)}…` : e.value);
          return [`${e.where} ${shown} is ${state === 'missing' ? 'not shown as text' : state}`];
        });
      });
      expect(report(problems)).toBe('');
      expect(checked).toBeGreaterThan(1000);
    });

    it('puts the literal name into the <title> of every detail page', () => {
      expect(
        report(
          acrossPages((f) => {
            const name = titleName(hostile, f.path);
            return name === null || squash(f.documentTitle).startsWith(squash(name))
              ? []
              : [`<title> is ${JSON.stringify(f.documentTitle.slice(0, 80))}`];
          }),
        ),
      ).toBe('');
    });

    it(`does not scroll sideways at ${WIDTH} px, whatever the length of a name`, () => {
      // Pages that print data text; the others' layout is the portal suite's business.
      expect(
        report(
          acrossPages((f) =>
            f.scrollWidth > f.innerWidth && expectations(hostile, f.path).length > 0
              ? [
                  `scrollWidth ${f.scrollWidth} > ${f.innerWidth}; sticking out: ${f.overflowing.join(', ') || 'unknown'}`,
                ]
              : [],
          ),
        ),
      ).toBe('');
    });
  });

  describe('links from URL columns (valid http(s), full of markup)', () => {
    it('keep the address verbatim in href and add nothing', async () => {
      const obs = hostile.tables['observations.csv']!.find((o) => o.measure_id === 'T01')!;
      const deliverable = hostile.tables['milestones.csv']!.find((m) => m.kind === 'deliverable')!;
      const cases = [
        { page: '/indicators/T01/', url: obs.source_url! },
        { page: `/programmes/${deliverable.programme_id}/`, url: deliverable.evidence_url! },
      ];
      expect(HOSTILE_URLS).toContain(cases[0]!.url);
      const tab = await openTab(server!.origin);
      try {
        for (const c of cases) {
          expect(await tab.goto(urlOf(c.page))).toBe(200);
          const hrefs = await tab.page
            .locator('main a[href]')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
          expect(hrefs, c.page).toContain(c.url);
          expect(await tab.page.evaluate(findInjected)).toEqual([]);
        }
      } finally {
        await tab.close();
      }
    });
  });

  describe('search (Pagefind) for a hostile string', () => {
    it.each([
      ['/search/', 'pwned'],
      ['/en/search/', 'pwned'],
      ['/search/', 'entity'],
      ['/en/search/', 'entity'],
    ])('%s?q=%s: results run nothing and show the page text verbatim', async (page, q) => {
      const tab = await openTab(server!.origin);
      try {
        expect(await tab.goto(`${urlOf(page)}?q=${encodeURIComponent(q)}`)).toBe(200);
        const { page: p } = tab;
        await p.locator('[data-search-results] li').first().waitFor({ timeout: 15_000 });
        await p.evaluate(poke);
        expect(await p.evaluate(pwnedState)).toBe('undefined');
        expect(await p.evaluate(findInjected)).toEqual([]);
        expect(tab.rec.dialogs).toEqual([]);
        expect(tab.rec.pageErrors).toEqual([]);
        // Pagefind's own text of each result page, to hold the excerpts against.
        await p.addScriptTag({
          type: 'module',
          content: `
            const base = document.querySelector('form[data-search]')?.dataset.base ?? '/';
            const pf = await import(base + 'pagefind/pagefind.js');
            const found = await pf.search(new URLSearchParams(location.search).get('q') ?? '');
            const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
            window.__pagefindContent = Object.fromEntries(data.map((d) => [d.url, d.content]));`,
        });
        await p.waitForFunction(() => '__pagefindContent' in window, null, { timeout: 10_000 });
        // Each result: its excerpt a verbatim piece of that page's text (whitespace aside), with
        // no element but Pagefind's <mark>s. Pagefind escapes < and > in its excerpts but not &,
        // so a literal "&lt;" in the data cannot be told from "<", and a window may start inside
        // an "&lt;": both sides are compared with < and > escaped the way Pagefind does it.
        const results = await p.evaluate(() => {
          const content = (window as unknown as { __pagefindContent: Record<string, string> })
            .__pagefindContent;
          return [...document.querySelectorAll('[data-search-results] li')].map((li) => {
            const href = li.querySelector('a')?.getAttribute('href') ?? '';
            const excerpt = li.querySelector('p');
            return {
              href,
              excerpt: excerpt?.textContent ?? '',
              elements: [...(excerpt?.querySelectorAll('*') ?? [])].map((e) => e.localName),
              content: content[href] ?? '',
            };
          });
        });
        expect(results.length).toBeGreaterThan(0);
        const bare = (s: string) => s.replace(/[\s\u200b…]+/g, '');
        const escaped = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const problems = results.flatMap((r) => [
          ...(r.elements.every((e) => e === 'mark')
            ? []
            : [`${r.href}: excerpt has <${r.elements.join('>, <')}>`]),
          ...(bare(escaped(r.content)).includes(bare(escaped(r.excerpt)))
            ? []
            : [
                `${r.href}: excerpt ${JSON.stringify(r.excerpt.slice(0, 120))} is not in the page text`,
              ]),
        ]);
        expect(report(problems)).toBe('');
      } finally {
        await tab.close();
      }
    });
  });

  describe('JSON API and CSV downloads', () => {
    /** Every hostile cell, blank cells as null: what a row of the API must hold. */
    const cells = (file: string) =>
      hostile.tables[file]!.map((row) =>
        Object.fromEntries(
          [...hostile.text[file]!, ...Object.keys(row).filter((c) => c.endsWith('_url'))].map(
            (c) => [c, row[c] === '' ? null : row[c]],
          ),
        ),
      );

    it('api/*.json parse and carry every hostile string verbatim', () => {
      const problems: string[] = [];
      for (const spec of HOSTILE_SPECS) {
        const name = spec.file.replace(/\.csv$/, '');
        const api = JSON.parse(readFileSync(path.join(out, 'api', `${name}.json`), 'utf8')) as
          Record<string, unknown> | Record<string, unknown>[];
        const rows = Array.isArray(api) ? api : [api];
        const want = cells(spec.file);
        if (rows.length !== want.length)
          problems.push(`api/${name}.json: ${rows.length} rows, expected ${want.length}`);
        want.forEach((expected, i) => {
          for (const [column, value] of Object.entries(expected))
            if (rows[i]?.[column] !== value)
              problems.push(
                `api/${name}.json [${i}].${column}: ${JSON.stringify(rows[i]?.[column])?.slice(0, 80)}, expected ${JSON.stringify(value)?.slice(0, 80)}`,
              );
        });
      }
      expect(report(problems)).toBe('');
    });

    /** A download as rows of cells, header first (BOM dropped). */
    const readCsv = (file: string) =>
      Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
        skipEmptyLines: true,
      }).data;

    it('downloads/*.csv round-trip: the same cells, formulas and line breaks included', () => {
      const problems: string[] = [];
      for (const spec of HOSTILE_SPECS) {
        const [header, ...rows] = readCsv(path.join(out, 'downloads', spec.file));
        expect(header, spec.file).toEqual([...spec.columns]);
        const want = cells(spec.file);
        if (rows.length !== want.length)
          problems.push(`downloads/${spec.file}: ${rows.length} rows, expected ${want.length}`);
        want.forEach((expected, i) => {
          for (const [column, value] of Object.entries(expected)) {
            const got = rows[i]?.[spec.columns.indexOf(column)];
            if (got !== (value ?? ''))
              problems.push(
                `downloads/${spec.file} row ${i + 2} ${column}: ${JSON.stringify(got)?.slice(0, 80)}, expected ${JSON.stringify(value)?.slice(0, 80)}`,
              );
          }
        });
      }
      expect(report(problems)).toBe('');
      // Spreadsheet formulas go out as they came in (no leading ' added): see the report.
      const text = readFileSync(path.join(out, 'downloads', 'indicators.csv'), 'utf8');
      expect(text).toContain('"=HYPERLINK(""http://evil"",""x"")"');
      expect(text).toMatch(/(^|,)\+1\+1(,|\r?$)/m);
      expect(text).toMatch(/(^|,)@SUM\(1\)(,|\r?$)/m);
    });

    it('downloads/indicators/<id>.csv carry each indicator’s observations verbatim', () => {
      const spec = FILE_SPECS.find((s) => s.file === 'observations.csv')!;
      const problems: string[] = [];
      for (const indicator of hostile.tables['indicators.csv']!) {
        const [header, ...rows] = readCsv(
          path.join(out, 'downloads', 'indicators', `${indicator.id}.csv`),
        );
        // Each row first says what it is (indicator, unit, target, status), then the figure.
        const columns = [...INDICATOR_CSV_PREFIX, ...spec.columns];
        expect(header).toEqual(columns);
        const want = hostile.tables['observations.csv']!.filter(
          (o) => o.measure_id === indicator.id,
        );
        if (rows.length !== want.length)
          problems.push(`${indicator.id}.csv: ${rows.length} rows, expected ${want.length}`);
        want.forEach((o, i) => {
          if (rows[i]?.[0] !== indicator.name_zh)
            problems.push(`${indicator.id}.csv row ${i + 2} does not name its indicator`);
          for (const column of ['source_zh', 'source_url', 'note_zh'])
            if (rows[i]?.[columns.indexOf(column)] !== o[column])
              problems.push(`${indicator.id}.csv row ${i + 2} ${column} differs`);
        });
      }
      expect(report(problems)).toBe('');
    });
  });
});

describe('the checker refuses what may not be shown', () => {
  /** A data directory: the valid fixture with `edit` applied to its rows; cleaned up by the caller. */
  function dataDir(edit: (tables: Record<string, Row[]>) => void): string {
    const base = overlayFiles();
    const tables: Record<string, Row[]> = {};
    for (const spec of HOSTILE_SPECS)
      tables[spec.file] = Papa.parse<Row>(
        new TextDecoder().decode(base[spec.file]!).replace(/^\uFEFF/, ''),
        { header: true, skipEmptyLines: true },
      ).data;
    edit(tables);
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-hostile-check-'));
    for (const spec of HOSTILE_SPECS)
      writeFileSync(path.join(dir, spec.file), toCsv(spec, tables[spec.file]!));
    return dir;
  }

  function check(dir: string) {
    const run = spawnSync(process.execPath, ['scripts/check-data.ts'], {
      cwd: REPO,
      env: { ...process.env, PLAN_DATA_DIR: dir },
      encoding: 'utf8',
    });
    rmSync(dir, { recursive: true, force: true });
    return { code: run.status, err: run.stderr };
  }

  /** `file:line:column（…column name…）`, as the checker locates a cell. */
  const located = (file: string, line: number, column: string) => {
    const spec = FILE_SPECS.find((s) => s.file === file)!;
    const n = spec.columns.indexOf(column) + 1;
    return new RegExp(`${file.replace('.', '\\.')}:${line}:${n}（[^）\\n]*${column}[^）\\n]*）`);
  };

  it('javascript: and data: web addresses, each located to its cell', () => {
    const { code, err } = check(
      dataDir((t) => {
        t['observations.csv']![0]!.source_url = 'javascript:window.__pwned=1';
        t['observations.csv']![1]!.source_url = ' JavaScript:window.__pwned=1';
        t['milestones.csv']![0]!.evidence_url = 'data:text/html,<script>window.__pwned=1</script>';
        t['milestones.csv']![1]!.evidence_url = 'DATA:text/html;base64,PHNjcmlwdD4=';
      }),
    );
    expect(code).toBe(1);
    expect(err).toMatch(located('observations.csv', 2, 'source_url'));
    expect(err).toMatch(located('observations.csv', 3, 'source_url'));
    expect(err).toMatch(located('milestones.csv', 2, 'evidence_url'));
    expect(err).toMatch(located('milestones.csv', 3, 'evidence_url'));
    expect(err).toMatch(/共 4 个问题/);
  });

  it('a 10 000-character name (no spaces, or CJK only), located, saying the limit', () => {
    const { code, err } = check(
      dataDir((t) => {
        t['indicators.csv']![0]!.name_zh = 'Pharmacovigilance'.repeat(600).slice(0, 10_000);
        t['platforms.csv']![1]!.name_en = '药'.repeat(10_000);
        t['programmes.csv']![0]!.summary_en = '安'.repeat(10_000);
      }),
    );
    expect(code).toBe(1);
    expect(err).toMatch(located('indicators.csv', 2, 'name_zh'));
    expect(err).toMatch(located('platforms.csv', 3, 'name_en'));
    expect(err).toMatch(located('programmes.csv', 2, 'summary_en'));
    expect(err).toContain('内容有 10000 个字符，超过上限 200');
    expect(err).toContain('超过上限 4000');
  });

  // Waits on the bidi-control rule in src/lib/data (being added alongside this test).
  it('bidi control characters (U+202A–U+202E, U+2066–U+2069) in any text cell, located', () => {
    const { code, err } = check(
      dataDir((t) => {
        t['indicators.csv']![0]!.name_zh = '测试\u202E指标名称';
        t['platforms.csv']![1]!.name_en = 'Test \u2066platform\u2069 two';
        t['key-items.csv']![0]!.summary_zh = '测试\u202B摘要\u202C。';
        t['observations.csv']![1]!.note_zh = 'note \u2067rtl\u2069';
      }),
    );
    expect(code).toBe(1);
    expect(err).toMatch(located('indicators.csv', 2, 'name_zh'));
    expect(err).toMatch(located('platforms.csv', 3, 'name_en'));
    expect(err).toMatch(located('key-items.csv', 2, 'summary_zh'));
    expect(err).toMatch(located('observations.csv', 3, 'note_zh'));
  });
});
