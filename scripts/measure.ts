/**
 * `npm run measure`: size and speed of the build, for data/ and for the sample data set.
 *
 * Builds each into a temp folder (timing the whole `scripts/build.ts` run: data check, Astro,
 * search index) and prints one table: build time, pages, total output size, the largest HTML page
 * (raw and gzip), the JavaScript pages reference (eagerly: <script src>, modulepreload and their
 * static imports; lazily: island component/renderer modules and theirs; inline scripts), and CSS.
 * Pure measurement: exits 0 unless a build fails.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importClosure, siteFileOf } from './lib/js-closure.ts';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const SETS = [
  { label: 'data/', dir: 'data' },
  { label: 'sample', dir: 'test/fixtures/sample' },
];

interface Size {
  raw: number;
  gzip: number;
}
const sizeOf = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

function walk(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(dir, child));
    else out.push(child);
  }
  return out;
}

/** Attribute values of `attr` on tags matching `tag` (a regex source, e.g. `script`). */
function attrs(html: string, tag: string, attr: string, filter?: RegExp): string[] {
  const values: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    if (filter && !filter.test(m[0])) continue;
    const v = new RegExp(`\\s${attr}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(m[0]);
    const value = v?.[1] ?? v?.[2] ?? v?.[3];
    if (value) values.push(value.replace(/&amp;/g, '&'));
  }
  return values;
}

interface Measure {
  seconds: number;
  pages: number;
  totalBytes: number;
  largestHtml: { page: string } & Size;
  jsTotalEager: Size;
  jsTotalAll: Size;
  jsPerPageEagerMax: { page: string } & Size;
  jsPerPageEagerMedian: Size;
  jsPerPageAllMax: { page: string } & Size;
  inlineJsMax: Size;
  cssTotal: Size;
  cssPerPageMax: Size;
  jsOnDisk: Size;
}

function measure(outDir: string, seconds: number): Measure {
  const files = walk(outDir);
  const sizes = new Map<string, Size>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      s = sizeOf(readFileSync(path.join(outDir, file)));
      sizes.set(file, s);
    }
    return s;
  };
  const resolve = (url: string, fromFile: string) => siteFileOf(outDir, url, fromFile);
  /** The module and everything it imports statically, transitively. */
  const closure = (start: string[], seen = new Set<string>()) => importClosure(outDir, start, seen);
  const sum = (set: Iterable<string>) => [...set].reduce((acc, f) => add(acc, size(f)), ZERO);

  const pages = files.filter((f) => f.endsWith('.html') && !/^(?:api|_astro|pagefind)\//.test(f));
  let largestHtml = { page: '', ...ZERO };
  const eagerAll = new Set<string>();
  const lazyAll = new Set<string>();
  const cssAll = new Set<string>();
  const perPageEager: ({ page: string } & Size)[] = [];
  let perPageAllMax = { page: '', ...ZERO };
  let inlineJsMax = ZERO;
  let cssPerPageMax = ZERO;
  for (const page of pages) {
    const html = readFileSync(path.join(outDir, page), 'utf8');
    const h = size(page);
    if (h.raw > largestHtml.raw) largestHtml = { page, ...h };
    const local = (urls: string[]) =>
      urls.map((u) => resolve(u, page)).filter((f): f is string => f !== null);
    const eager = closure(
      local([
        ...attrs(html, 'script', 'src'),
        ...attrs(html, 'link', 'href', /rel=["']?modulepreload/i),
      ]),
    );
    const lazy = closure(
      local([
        ...attrs(html, 'astro-island', 'component-url'),
        ...attrs(html, 'astro-island', 'renderer-url'),
      ]),
      new Set(eager),
    );
    let inline = ZERO;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const head = m[1] ?? '';
      if (/\ssrc=/i.test(head) || /type=["']?application\/(?:ld\+)?json/i.test(head)) continue;
      inline = add(inline, sizeOf(Buffer.from(m[2] ?? '', 'utf8')));
    }
    if (inline.gzip > inlineJsMax.gzip) inlineJsMax = inline;
    for (const f of eager) eagerAll.add(f);
    for (const f of lazy) lazyAll.add(f);
    const eagerSize = add(sum(eager), inline);
    perPageEager.push({ page, ...eagerSize });
    const allSize = add(sum(lazy), inline); // `lazy` was seeded with the eager files
    if (allSize.gzip > perPageAllMax.gzip) perPageAllMax = { page, ...allSize };
    const css = new Set(local(attrs(html, 'link', 'href', /rel=["']?stylesheet/i)));
    for (const f of css) cssAll.add(f);
    let cssPage = sum(css);
    for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
      cssPage = add(cssPage, sizeOf(Buffer.from(m[1] ?? '', 'utf8')));
    if (cssPage.gzip > cssPerPageMax.gzip) cssPerPageMax = cssPage;
  }
  perPageEager.sort((a, b) => a.gzip - b.gzip);
  const median = perPageEager[Math.floor(perPageEager.length / 2)] ?? { page: '', ...ZERO };
  const max = perPageEager[perPageEager.length - 1] ?? { page: '', ...ZERO };
  return {
    seconds,
    pages: pages.length,
    totalBytes: files.reduce((n, f) => n + statSync(path.join(outDir, f)).size, 0),
    largestHtml,
    jsTotalEager: sum(eagerAll),
    jsTotalAll: sum(new Set([...eagerAll, ...lazyAll])),
    jsPerPageEagerMax: max,
    jsPerPageEagerMedian: median,
    jsPerPageAllMax: perPageAllMax,
    inlineJsMax,
    cssTotal: sum(cssAll),
    cssPerPageMax,
    jsOnDisk: sum(files.filter((f) => /\.m?js$/.test(f) && !f.startsWith('pagefind/'))),
  };
}

const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const both = (s: Size) => `${kb(s.raw)} / ${kb(s.gzip)} gz`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-measure-'));
const results: Measure[] = [];
let exitCode = 0;
try {
  for (const set of SETS) {
    const out = path.join(scratch, set.label.replace(/\W/g, ''));
    const started = performance.now();
    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: ROOT,
      env: { ...process.env, PLAN_DATA_DIR: set.dir, PLAN_OUT_DIR: out },
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0)
      throw new Error(`build from ${set.dir} failed:\n${run.stderr}${run.stdout}`);
    results.push(measure(out, seconds));
  }
  const rows: [string, (m: Measure) => string][] = [
    ['build time (scripts/build.ts)', (m) => `${m.seconds.toFixed(1)} s`],
    ['pages (.html outside api/, _astro/)', (m) => String(m.pages)],
    ['total output size', (m) => mb(m.totalBytes)],
    ['largest HTML page', (m) => both(m.largestHtml)],
    ['  … which page', (m) => m.largestHtml.page],
    ['JS, eager, all pages (unique files)', (m) => both(m.jsTotalEager)],
    ['JS, eager + islands, all pages', (m) => both(m.jsTotalAll)],
    ['JS on disk (_astro etc., no pagefind)', (m) => both(m.jsOnDisk)],
    ['JS per page, eager, median', (m) => both(m.jsPerPageEagerMedian)],
    ['JS per page, eager, max', (m) => both(m.jsPerPageEagerMax)],
    ['  … which page', (m) => m.jsPerPageEagerMax.page],
    ['JS per page, eager + islands, max', (m) => both(m.jsPerPageAllMax)],
    ['  … which page', (m) => m.jsPerPageAllMax.page],
    ['inline JS per page, max', (m) => both(m.inlineJsMax)],
    ['CSS files, all pages (unique)', (m) => both(m.cssTotal)],
    ['CSS per page incl. <style>, max', (m) => both(m.cssPerPageMax)],
  ];
  const w0 = Math.max(...rows.map(([label]) => label.length)) + 2;
  const cells = rows.map(([, f]) => results.map(f));
  const widths = SETS.map(
    (_, i) => Math.max(SETS[i]!.label.length, ...cells.map((c) => c[i]!.length)) + 2,
  );
  const line = (label: string, values: string[]) =>
    label.padEnd(w0) + values.map((v, i) => v.padEnd(widths[i]!)).join('');
  console.log(
    line(
      '',
      SETS.map((s) => s.label),
    ),
  );
  console.log('-'.repeat(w0 + widths.reduce((a, b) => a + b, 0)));
  rows.forEach(([label], i) => console.log(line(label, cells[i]!)));
} catch (error) {
  console.error(`measure: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
