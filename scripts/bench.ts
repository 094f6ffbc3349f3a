/**
 * `npm run bench [-- --scales 1,10,100] [--keep] [--check-rows 100000]`: the scale benchmark.
 *
 * For each scale it writes a synthetic data set (scripts/lib/synthetic-data.ts) to
 * .bench/data-<N>x/, builds it with `scripts/build.ts` into .bench/dist-<N>x/ as a child process,
 * and measures: wall time, CPU time of the whole process tree (build + pagefind), peak memory
 * (the build's own maxRSS, exact; and the process tree's RSS sampled every 0.5 s, which includes
 * the pagefind binary), pages (index.html files), time per page, dist/ size, the largest HTML page
 * and the largest JavaScript a page ships (its <script src>/modulepreload modules and their static
 * imports, plus inline scripts). Astro's per-page timings give a breakdown by phase and page kind.
 * Then it times `check:data` on a data set whose observations.csv has --check-rows rows (whole
 * process, wall and CPU) and the loader's validateDataset() in process.
 *
 * Prints Markdown tables on stdout, progress on stderr; each build's log stays in
 * .bench/build-<N>x.log. Data sets and sites are deleted afterwards unless --keep. Exits 1 only
 * when a build fails.
 */
import { spawn, execFileSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  syntheticCounts,
  syntheticDataset,
  type SyntheticCounts,
  type SyntheticOptions,
} from './lib/synthetic-data.ts';
import { readDataDir } from '../src/lib/data/read-data-dir.ts';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const BENCH = path.join(ROOT, '.bench');
/** Goals from the issue. */
const GOAL_BUILD_100X_S = 300;
const GOAL_CHECK_S = 3;

const { values: args } = parseArgs({
  options: {
    scales: { type: 'string', default: '1,10,100' },
    keep: { type: 'boolean', default: false },
    'check-rows': { type: 'string', default: '100000' },
  },
});
const scales = args.scales
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isFinite(n) && n > 0);
const checkRows = Number(args['check-rows']);
if (scales.length === 0 || !Number.isInteger(checkRows) || checkRows < 0) {
  console.error('usage: node scripts/bench.ts [--scales 1,10,100] [--keep] [--check-rows 100000]');
  process.exit(2);
}

const log = (line: string) => console.error(`[bench] ${line}`);
const rel = (p: string) => path.relative(ROOT, p);

// ---------------------------------------------------------------- process-tree accounting (Linux)

const sysconf = (name: string, fallback: number) => {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
};
const CLK_TCK = sysconf('CLK_TCK', 100);
const PAGE_SIZE = sysconf('PAGESIZE', 4096);

/** Fields of /proc/<pid>/stat after the command name (index 0 = field 3, state). */
function procStat(pid: number | 'self'): { comm: string; fields: string[] } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    return {
      comm: text.slice(text.indexOf('(') + 1, close),
      fields: text.slice(close + 2).split(' '),
    };
  } catch {
    return null;
  }
}

/** CPU seconds of this process's reaped children (and theirs): cutime + cstime. */
function childrenCpuSeconds(): number | null {
  const s = procStat('self');
  if (!s) return null;
  return (Number(s.fields[13]) + Number(s.fields[14])) / CLK_TCK;
}

/** RSS of `root` and all its descendants now, in bytes, in total and by command name. */
function treeRss(root: number): { total: number; byName: Map<string, number> } {
  const children = new Map<number, number[]>();
  const names = new Map<number, string>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return { total: 0, byName: new Map() };
  }
  for (const d of pids) {
    const s = procStat(Number(d));
    if (!s) continue;
    const ppid = Number(s.fields[1]);
    names.set(Number(d), s.comm);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
  }
  let total = 0;
  const byName = new Map<string, number>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    queue.push(...(children.get(pid) ?? []));
    try {
      const rss = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
      total += rss;
      const name = names.get(pid) ?? '?';
      byName.set(name, (byName.get(name) ?? 0) + rss);
    } catch {
      // the process ended between the listing and the read
    }
  }
  return { total, byName };
}

// ---------------------------------------------------------------- one build

interface PageTiming {
  path: string;
  ms: number;
}

interface BuildRun {
  ok: boolean;
  wallS: number;
  /** user + system CPU of the build and everything it ran (pagefind), from cutime/cstime. */
  cpuS: number | null;
  /** The build process's own peak RSS (process.resourceUsage().maxRSS), bytes. */
  nodeMaxRss: number | null;
  /** Peak of the sampled RSS sum over the process tree, bytes, and the peak per command name. */
  treePeakRss: number;
  peakByName: Map<string, number>;
  /** Milliseconds from spawn to the marker lines. */
  marks: { checked?: number; generating?: number; generated?: number; end: number };
  pages: PageTiming[];
  tail: string[];
}

/** A preload for the build process: writes its resource usage to $BENCH_PROBE_OUT on exit. */
function writeProbe(): string {
  const file = path.join(BENCH, 'probe.mjs');
  writeFileSync(
    file,
    `import { writeFileSync } from 'node:fs';
process.on('exit', () => {
  const out = process.env.BENCH_PROBE_OUT;
  if (!out) return;
  const u = process.resourceUsage();
  writeFileSync(out, JSON.stringify({ maxRSSKiB: u.maxRSS, userUs: u.userCPUTime, systemUs: u.systemCPUTime }));
});
`,
  );
  return file;
}

function parseDuration(text: string): number {
  let ms = 0;
  for (const m of text.matchAll(/([\d.]+)\s*(ms|s|m)\b/g)) {
    const n = Number(m[1]);
    ms += m[2] === 'ms' ? n : m[2] === 's' ? n * 1000 : n * 60_000;
  }
  return ms;
}

function runBuild(
  label: string,
  dataDir: string,
  outDir: string,
  probe: string,
  logFile: string,
): Promise<BuildRun> {
  const probeOut = path.join(BENCH, `probe-${label}.json`);
  rmSync(probeOut, { force: true });
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', pathToFileURL(probe).href, 'scripts/build.ts'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        PLAN_DATA_DIR: rel(dataDir),
        PLAN_OUT_DIR: rel(outDir),
        ASTRO_LOG_LEVEL: 'info',
        BENCH_PROBE_OUT: probeOut,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  const marks: BuildRun['marks'] = { end: 0 };
  const pages: PageTiming[] = [];
  const since = () => performance.now() - started;
  const onLine = (line: string) => {
    const t = since();
    lines.push(`${(t / 1000).toFixed(1).padStart(7)}s ${line}`);
    if (marks.checked === undefined && line.startsWith('数据检查通过')) marks.checked = t;
    else if (line.includes('generating static routes')) marks.generating = t;
    else if (/\[build\] Complete!/.test(line)) marks.generated = t;
    const page = /[├└]─ (\S+) \(\+([^)]+)\)/.exec(line);
    if (page) {
      pages.push({ path: page[1]!, ms: parseDuration(page[2]!) });
      if (pages.length % 2000 === 0)
        log(`${label}: ${pages.length} routes generated (${(t / 1000).toFixed(0)} s)`);
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);

  let treePeakRss = 0;
  const peakByName = new Map<string, number>();
  const sample = () => {
    if (child.pid === undefined) return;
    const { total, byName } = treeRss(child.pid);
    treePeakRss = Math.max(treePeakRss, total);
    for (const [name, rss] of byName)
      peakByName.set(name, Math.max(peakByName.get(name) ?? 0, rss));
  };
  const sampler = setInterval(sample, 500);
  const heartbeat = setInterval(
    () => log(`${label}: building… ${(since() / 1000).toFixed(0)} s, ${pages.length} routes`),
    60_000,
  );

  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      clearInterval(heartbeat);
      const wallS = since() / 1000;
      marks.end = since();
      const cpuAfter = childrenCpuSeconds();
      writeFileSync(logFile, `${lines.join('\n')}\n`);
      let nodeMaxRss: number | null = null;
      try {
        nodeMaxRss = JSON.parse(readFileSync(probeOut, 'utf8')).maxRSSKiB * 1024;
      } catch {
        // the build died before its exit handler ran
      }
      rmSync(probeOut, { force: true });
      resolve({
        ok: code === 0,
        wallS,
        cpuS: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
        nodeMaxRss,
        treePeakRss,
        peakByName,
        marks,
        pages,
        tail: lines.slice(-30),
      });
    });
  });
}

// ---------------------------------------------------------------- the output

interface Size {
  raw: number;
  gzip: number;
}

interface SiteMeasure {
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
function pageKind(sitePath: string): string {
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

const NAMED_PAGES = [
  'key-items/index.html',
  'indicators/index.html',
  'programmes/index.html',
  'platforms/index.html',
  'reports/2030/index.html',
  'index.html',
  'screen/index.html',
];

function measureSite(outDir: string): SiteMeasure {
  const files = walk(outDir);
  const bytes = (f: string) => statSync(path.join(outDir, f)).size;
  const exists = (f: string) =>
    existsSync(path.join(outDir, f)) && statSync(path.join(outDir, f)).isFile();
  /** Site-relative file for a URL found in `fromFile`, or null if it is not in the output. */
  const resolveUrl = (url: string, fromFile: string) => {
    if (/^(?:[a-z]+:)?\/\//i.test(url) || url.startsWith('data:')) return null;
    const file = decodeURIComponent(new URL(url, `http://site/${fromFile}`).pathname).slice(1);
    return exists(file) ? file : null;
  };
  const closures = new Map<string, Set<string>>();
  /** A module and everything it imports statically, transitively. */
  const closure = (start: string): Set<string> => {
    const cached = closures.get(start);
    if (cached) return cached;
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(path.join(outDir, file), 'utf8');
      for (const m of code.matchAll(
        /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g,
      )) {
        const dep = resolveUrl(m[1]!, file);
        if (dep && !seen.has(dep)) queue.push(dep);
      }
    }
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

// ---------------------------------------------------------------- the check:data timing

interface CheckRun {
  rows: number;
  fileBytes: number;
  ok: boolean;
  wallS: number;
  cpuS: number | null;
  /** validateDataset() in this process: first run and best of three, seconds. */
  inProcessFirstS: number;
  inProcessBestS: number;
  readS: number;
}

async function timeCheck(rows: number, keep: boolean): Promise<CheckRun> {
  const dir = path.join(BENCH, `data-check-${rows}`);
  // 10 years per measure: enough quantity milestones to carry the rows the indicators can't.
  const opts: SyntheticOptions = {
    counts: { observations: rows, milestones: Math.max(11_500, Math.ceil(rows / 8)) },
    quantityShare: 0.9,
  };
  writeDataSet(dir, syntheticDataset(100, opts));
  const fileBytes = statSync(path.join(dir, 'observations.csv')).size;
  log(`check:data on ${rows} observation rows (${rel(dir)}/, observations.csv ${mb(fileBytes)})`);
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['scripts/check-data.ts'], {
      cwd: ROOT,
      env: { ...process.env, PLAN_DATA_DIR: rel(dir) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', resolve);
  });
  const wallS = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  const readStart = performance.now();
  const files = (await readDataDir(dir)) ?? {};
  const readS = (performance.now() - readStart) / 1000;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const result = validateDataset(files, { dir: rel(dir) });
    times.push((performance.now() - t) / 1000);
    if (!result.ok) throw new Error(`synthetic check set is invalid: ${result.issues[0]?.message}`);
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return {
    rows,
    fileBytes,
    ok: code === 0,
    wallS,
    cpuS: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    inProcessFirstS: times[0]!,
    inProcessBestS: Math.min(...times),
    readS,
  };
}

// ---------------------------------------------------------------- formatting

const kb = (n: number) => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const size = (n: number) => (n >= 1024 * 1024 ? mb(n) : kb(n));
const secs = (s: number) => (s >= 120 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`);
const ms = (s: number) => `${(s * 1000).toFixed(1)} ms`;
const opt = <T>(v: T | null | undefined, f: (v: T) => string) =>
  v === null || v === undefined ? '—' : f(v);

function table(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function writeDataSet(dir: string, files: Record<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}

// ---------------------------------------------------------------- main

interface ScaleResult {
  scale: number;
  counts: SyntheticCounts;
  capped: string[];
  run: BuildRun;
  site: SiteMeasure | null;
}

const cpus = os.cpus();
const machine = `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`;
const loadStart = os.loadavg();
log(machine);
log(`load average at start: ${loadStart.map((l) => l.toFixed(2)).join(' ')}`);
mkdirSync(BENCH, { recursive: true });
const probe = writeProbe();
const results: ScaleResult[] = [];
let failed = false;

for (const scale of scales) {
  const label = `${scale}x`;
  const { counts, capped } = syntheticCounts(scale);
  const dataDir = path.join(BENCH, `data-${label}`);
  const outDir = path.join(BENCH, `dist-${label}`);
  const logFile = path.join(BENCH, `build-${label}.log`);
  log(
    `${label}: generating ${counts.indicators} indicators, ${counts.observations} observations, ${counts.milestones} milestones, ${counts.keyItems} key items`,
  );
  for (const c of capped) log(`${label}: capped: ${c}`);
  writeDataSet(dataDir, syntheticDataset(scale));
  rmSync(outDir, { recursive: true, force: true });
  log(`${label}: building into ${rel(outDir)}/ (log: ${rel(logFile)})`);
  const run = await runBuild(label, dataDir, outDir, probe, logFile);
  let site: SiteMeasure | null = null;
  if (run.ok) {
    log(`${label}: built in ${secs(run.wallS)}; measuring ${rel(outDir)}/`);
    site = measureSite(outDir);
  } else {
    failed = true;
    log(`${label}: BUILD FAILED after ${secs(run.wallS)}; last lines:\n${run.tail.join('\n')}`);
  }
  if (!args.keep) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  results.push({ scale, counts, capped, run, site });
}

let check: CheckRun | null = null;
if (checkRows > 0) check = await timeCheck(checkRows, args.keep);
const loadEnd = os.loadavg();

// Tables.
const out: string[] = [];
out.push(`## Build at scale\n`);
out.push(
  table(
    [
      'scale',
      'indicators / obs. / milestones / 四重',
      'pages',
      'build (wall)',
      'wall / page',
      'CPU (tree)',
      'CPU / page',
      'peak RSS build',
      'peak RSS tree (sampled)',
      'dist/ (pagefind)',
      'largest HTML raw / gz',
      'largest page JS raw / gz',
    ],
    results.map(({ scale, counts: c, run, site }) => [
      `${scale}×`,
      `${c.indicators} / ${c.observations} / ${c.milestones} / ${c.keyItems}`,
      opt(site, (s) => String(s.pages)),
      run.ok ? secs(run.wallS) : `FAILED (${secs(run.wallS)})`,
      opt(site, (s) => ms(run.wallS / s.pages)),
      opt(run.cpuS, secs),
      opt(site, (s) => opt(run.cpuS, (cpu) => ms(cpu / s.pages))),
      opt(run.nodeMaxRss, mb),
      mb(run.treePeakRss),
      opt(site, (s) => `${mb(s.totalBytes)} (${mb(s.pagefindBytes)})`),
      opt(site, (s) => `${size(s.largestHtml.raw)} / ${size(s.largestHtml.gzip)}`),
      opt(site, (s) => `${size(s.largestJs.raw)} / ${size(s.largestJs.gzip)}`),
    ]),
  ),
);
out.push('');
for (const { scale, site, capped } of results) {
  if (site)
    out.push(
      `- ${scale}×: largest HTML \`/${site.largestHtml.page}\`; most JS on \`/${site.largestJs.page}\``,
    );
  for (const c of capped) out.push(`- ${scale}×: capped by validation: ${c}`);
}

const done = results.filter((r) => r.site !== null);
if (done.length > 0) {
  out.push(`\n## Where the time goes (from Astro's per-route timings)\n`);
  const sum = (r: ScaleResult, kind: string) =>
    r.run.pages.filter((p) => pageKind(p.path) === kind).reduce((n, p) => n + p.ms, 0) / 1000;
  out.push(
    table(
      [
        'scale',
        'start + data check',
        'Astro bundling',
        'route generation',
        '… indicator pages',
        '… report pages',
        '… other routes',
        'charts (in the HTML)',
        'page time per chart',
        'pagefind + swap',
      ],
      done.map((r) => {
        const m = r.run.marks;
        const gen = r.run.pages.reduce((n, p) => n + p.ms, 0) / 1000;
        const indicator = sum(r, 'indicator');
        const report = sum(r, 'report');
        const charts = [...r.site!.chartsByKind.values()].reduce((n, c) => n + c, 0);
        const at = (t: number | undefined) => (t === undefined ? null : t / 1000);
        const span = (a: number | undefined, b: number | undefined) =>
          opt(at(a), (x) => opt(at(b), (y) => secs(y - x)));
        return [
          `${r.scale}×`,
          opt(at(m.checked), secs),
          span(m.checked, m.generating),
          secs(gen),
          secs(indicator),
          secs(report),
          secs(gen - indicator - report),
          String(charts),
          charts > 0 ? ms((indicator + report) / charts) : '—',
          span(m.generated, m.end),
        ];
      }),
    ),
  );
  out.push(
    '\n“page time per chart” is the time of the indicator and report pages divided by the charts on them (an upper bound on one chart: the pages do other work too).',
  );
  out.push(`\n## Pages by kind (count, largest) and the big pages (raw HTML)\n`);
  const kinds = ['indicator', 'report', 'programme', 'platform', 'list', 'key-items page', 'other'];
  out.push(
    table(
      ['scale', ...kinds, ...NAMED_PAGES.map((p) => `/${p.replace(/index\.html$/, '')}`)],
      done.map((r) => [
        `${r.scale}×`,
        ...kinds.map(
          (k) =>
            `${r.site!.pageKinds.get(k) ?? 0}${opt(r.site!.largestByKind.get(k), (l) => ` (max ${size(l.raw)})`)}`,
        ),
        ...NAMED_PAGES.map((p) => opt(r.site!.named.get(p), size)),
      ]),
    ),
  );
}

if (check) {
  out.push(`\n## check:data\n`);
  out.push(
    `- ${check.rows} observation rows (observations.csv ${mb(check.fileBytes)}, 100× for the other files): ` +
      `\`node scripts/check-data.ts\` ${check.ok ? 'passed' : 'FAILED'} in ${check.wallS.toFixed(2)} s wall` +
      `${opt(check.cpuS, (c) => `, ${c.toFixed(2)} s CPU`)}; validateDataset() in process ${check.inProcessFirstS.toFixed(2)} s first run, ` +
      `${check.inProcessBestS.toFixed(2)} s best of 3 (reading the files ${check.readS.toFixed(2)} s).`,
  );
}

out.push(`\n## Goals\n`);
const r100 = results.find((r) => r.scale === 100);
out.push(
  `- 100× build under ${GOAL_BUILD_100X_S / 60} min on 2 cores: ${
    r100
      ? `${r100.run.ok ? secs(r100.run.wallS) : 'failed'} wall${opt(r100.run.cpuS, (c) => `, ${secs(c)} CPU`)} → ${r100.run.ok && r100.run.wallS < GOAL_BUILD_100X_S ? 'met' : 'NOT met'}`
      : 'not run'
  }`,
);
if (done.length > 1) {
  const base = done[0]!;
  const per = (r: ScaleResult) => (r.run.cpuS ?? r.run.wallS) / r.site!.pages;
  out.push(
    `- cost linear in pages: CPU per page ${done.map((r) => `${r.scale}× ${ms(per(r))}`).join(', ')} (${done
      .slice(1)
      .map((r) => `${r.scale}×/${base.scale}× = ${(per(r) / per(base)).toFixed(2)}`)
      .join(', ')}; 1.00 = linear)`,
  );
}
if (check)
  out.push(
    `- check:data under ${GOAL_CHECK_S} s for ${check.rows} rows: ${check.wallS.toFixed(2)} s → ${check.wallS < GOAL_CHECK_S ? 'met' : 'NOT met'}`,
  );
out.push(`\n## Machine\n`);
out.push(`- ${machine}`);
out.push(
  `- load average (1/5/15 min) at start ${loadStart.map((l) => l.toFixed(2)).join(' / ')}, at end ${loadEnd.map((l) => l.toFixed(2)).join(' / ')}` +
    (Math.max(loadStart[0] ?? 0, loadEnd[0] ?? 0) > cpus.length
      ? ' — the machine was busy with other work: wall times are inflated; CPU times are the steadier figure'
      : ''),
);
out.push(
  `- peak RSS build = the build process's own maxRSS; tree = build + pagefind, sampled every 0.5 s (peak by command: ${results
    .map(
      (r) =>
        `${r.scale}× ${[...r.run.peakByName]
          .filter(([, v]) => v > 20 * 1024 * 1024)
          .map(([k, v]) => `${k} ${mb(v)}`)
          .join(', ')}`,
    )
    .join('; ')})`,
);
console.log(out.join('\n'));
if (!args.keep) rmSync(path.join(BENCH, 'probe.mjs'), { force: true });
process.exit(failed ? 1 : 0);
