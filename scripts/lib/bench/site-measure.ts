/** What a built site weighs: pages by kind, the largest HTML, the JavaScript a page ships. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { importClosure, siteFileOf } from '../js-closure.ts';

export interface Size {
  raw: number;
  gzip: number;
}

export interface SiteMeasure {
  pages: number;
  totalBytes: number;
  pagefindBytes: number;
  largestHtml: { page: string } & Size;
  largestJs: { page: string } & Size;
  /** index.html pages by kind, e.g. indicator, report. */
  pageKinds: Map<string, number>;
  /** Build-time SVG charts (class="chart-svg") in the pages of each kind. */
  chartsByKind: Map<string, number>;
  /** The largest index.html of each kind. */
  largestByKind: Map<string, { page: string; raw: number }>;
  /** Raw bytes of a few pages people asked about. */
  named: Map<string, number>;
}

function walk(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const child = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...walk(dir, child));
    else out.push(child);
  }
  return out;
}

/** What kind of page a site path is (zh and en alike). */
export function pageKind(sitePath: string): string {
  const p = sitePath.replace(/^\/?(en\/)?/, '/').replace(/index\.html$/, '');
  if (/^\/indicators\/[^/]+\/$/.test(p)) return 'indicator';
  if (/^\/reports\/\d{4}\/$/.test(p)) return 'report';
  if (/^\/key-items\/.+/.test(p)) return 'key-items page';
  if (/^\/programmes\/[^/]+\/$/.test(p)) return 'programme';
  if (/^\/platforms\/[^/]+\/$/.test(p)) return 'platform';
  if (/^\/(indicators|programmes|platforms|key-items|reports)\/$/.test(p)) return 'list';
  if (/^\/(api|downloads)\/|\.(json|xml|txt|csv)$/.test(p)) return 'api/download';
  return 'other';
}

export const NAMED_PAGES = [
  'key-items/index.html',
  'indicators/index.html',
  'programmes/index.html',
  'platforms/index.html',
  'reports/2030/index.html',
  'index.html',
  'screen/index.html',
];

export function measureSite(outDir: string): SiteMeasure {
  const files = walk(outDir);
  const bytes = (f: string) => statSync(path.join(outDir, f)).size;
  const exists = (f: string) =>
    existsSync(path.join(outDir, f)) && statSync(path.join(outDir, f)).isFile();
  const resolveUrl = (url: string, fromFile: string) => siteFileOf(outDir, url, fromFile);
  const closures = new Map<string, Set<string>>();
  /** A module and everything it imports statically, transitively. */
  const closure = (start: string): Set<string> => {
    const cached = closures.get(start);
    if (cached) return cached;
    const seen = importClosure(outDir, [start]);
    closures.set(start, seen);
    return seen;
  };
  const tagUrls = (html: string, re: RegExp) =>
    [...html.matchAll(re)].map((m) => (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&'));

  const html = files.filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
  let largestHtml = { page: '', raw: 0 };
  let largestJs = { page: '', raw: 0, modules: [] as string[], inline: [] as string[] };
  const pageKinds = new Map<string, number>();
  const chartsByKind = new Map<string, number>();
  const largestByKind = new Map<string, { page: string; raw: number }>();
  for (const page of html) {
    const size = bytes(page);
    const kind = pageKind(page);
    if (size > largestHtml.raw) largestHtml = { page, raw: size };
    if (page.endsWith('index.html')) {
      pageKinds.set(kind, (pageKinds.get(kind) ?? 0) + 1);
      if (size > (largestByKind.get(kind)?.raw ?? -1)) largestByKind.set(kind, { page, raw: size });
    }
    const text = readFileSync(path.join(outDir, page), 'utf8');
    const charts = text.match(/<svg\b[^>]*class="chart-svg"/g)?.length ?? 0;
    if (charts > 0) chartsByKind.set(kind, (chartsByKind.get(kind) ?? 0) + charts);
    const starts = [
      ...tagUrls(text, /<script\b[^>]*\ssrc=(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi),
      ...tagUrls(
        text,
        /<link\b(?=[^>]*rel=["']?modulepreload)[^>]*\shref=(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi,
      ),
    ]
      .map((u) => resolveUrl(u, page))
      .filter((f): f is string => f !== null);
    const modules = new Set<string>();
    for (const s of starts) for (const f of closure(s)) modules.add(f);
    const inline: string[] = [];
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const head = m[1] ?? '';
      if (/\ssrc=/i.test(head) || /type=["']?application\/(?:ld\+)?json/i.test(head)) continue;
      inline.push(m[2] ?? '');
    }
    const raw =
      [...modules].reduce((n, f) => n + bytes(f), 0) +
      inline.reduce((n, s) => n + Buffer.byteLength(s), 0);
    if (raw > largestJs.raw) largestJs = { page, raw, modules: [...modules], inline };
  }
  const gz = (b: Buffer | string) => gzipSync(b).length;
  const jsGzip =
    largestJs.modules.reduce((n, f) => n + gz(readFileSync(path.join(outDir, f))), 0) +
    largestJs.inline.reduce((n, s) => n + gz(s), 0);
  const named = new Map<string, number>();
  for (const p of NAMED_PAGES) if (exists(p)) named.set(p, bytes(p));
  return {
    pages: files.filter((f) => f === 'index.html' || f.endsWith('/index.html')).length,
    totalBytes: files.reduce((n, f) => n + bytes(f), 0),
    pagefindBytes: files.filter((f) => f.startsWith('pagefind/')).reduce((n, f) => n + bytes(f), 0),
    largestHtml: {
      ...largestHtml,
      gzip: largestHtml.page ? gz(readFileSync(path.join(outDir, largestHtml.page))) : 0,
    },
    largestJs: { page: largestJs.page, raw: largestJs.raw, gzip: jsGzip },
    pageKinds,
    chartsByKind,
    largestByKind,
    named,
  };
}
