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
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticCounts, syntheticDataset, type SyntheticCounts } from './lib/synthetic-data.ts';
import { BENCH, log, rel } from './lib/bench/context.ts';
import { runBuild, writeProbe, type BuildRun } from './lib/bench/build-run.ts';
import { NAMED_PAGES, measureSite, pageKind, type SiteMeasure } from './lib/bench/site-measure.ts';
import { timeCheck, writeDataSet, type CheckRun } from './lib/bench/check-run.ts';
import { reviseOneFigure } from './lib/bench/steward-edit.ts';
import { buildGoalLines } from './lib/bench/goals.ts';
import { mb, ms, opt, secs, size, table } from './lib/bench/format.ts';

/** Goal from the issue (the build goals: scripts/lib/bench/goals.ts). */
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

interface ScaleResult {
  scale: number;
  counts: SyntheticCounts;
  capped: string[];
  run: BuildRun;
  site: SiteMeasure | null;
  /** The rebuild after one revised figure, with the charts the first build kept. */
  edit: { run: BuildRun; revised: string } | null;
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
  const files = syntheticDataset(scale);
  writeDataSet(dataDir, files);
  rmSync(outDir, { recursive: true, force: true });
  // A chart cache of its own, empty: the first build draws every chart (as CI's first build of a
  // new version of the code does), the rebuild after one revised figure takes the rest from it.
  const cache = { PLAN_CHART_CACHE: path.join(BENCH, `chart-cache-${label}`) };
  rmSync(cache.PLAN_CHART_CACHE, { recursive: true, force: true });
  log(`${label}: building into ${rel(outDir)}/ (log: ${rel(logFile)})`);
  const run = await runBuild(label, dataDir, outDir, probe, logFile, cache);
  let site: SiteMeasure | null = null;
  let edit: ScaleResult['edit'] = null;
  if (run.ok) {
    log(`${label}: built in ${secs(run.wallS)}; measuring ${rel(outDir)}/`);
    site = measureSite(outDir);
    const revision = reviseOneFigure(files['observations.csv']!);
    writeDataSet(dataDir, { ...files, 'observations.csv': revision.csv });
    log(`${label}: ${revision.revised} revised; rebuilding with the kept charts`);
    const editLog = path.join(BENCH, `build-${label}-edit.log`);
    const again = await runBuild(`${label}-edit`, dataDir, outDir, probe, editLog, cache);
    if (!again.ok) failed = true;
    edit = { run: again, revised: revision.revised };
    log(`${label}: rebuilt in ${secs(again.wallS)}${again.ok ? '' : ' (FAILED)'}`);
  } else {
    failed = true;
    log(`${label}: BUILD FAILED after ${secs(run.wallS)}; last lines:\n${run.tail.join('\n')}`);
  }
  if (!args.keep) {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(cache.PLAN_CHART_CACHE, { recursive: true, force: true });
  }
  results.push({ scale, counts, capped, run, site, edit });
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

const edits = results.filter((r) => r.edit !== null);
if (edits.length > 0) {
  out.push(`\n## Rebuild after one revised figure (the charts kept by the first build)\n`);
  out.push(
    table(
      ['scale', 'revised', 'first build', 'rebuild (wall)', 'CPU (tree)', 'peak RSS build'],
      edits.map(({ scale, run, edit }) => [
        `${scale}×`,
        edit!.revised,
        secs(run.wallS),
        edit!.run.ok ? secs(edit!.run.wallS) : `FAILED (${secs(edit!.run.wallS)})`,
        opt(edit!.run.cpuS, secs),
        opt(edit!.run.nodeMaxRss, mb),
      ]),
    ),
  );
  out.push(
    '\nA data pull request is built this way in CI: the workflows keep PLAN_CHART_CACHE between runs (README, “Charts kept between builds”).',
  );
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

out.push(`\n## Goals (issue 17)\n`);
const at = (scale: number) => results.find((r) => r.scale === scale && r.run.ok);
out.push(
  ...buildGoalLines(
    [1, 10, 100].map((scale) => {
      const r = at(scale);
      return { first: r?.run ?? null, rebuild: r?.edit?.run ?? null };
    }),
  ),
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
