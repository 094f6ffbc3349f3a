/** One benchmark build: scripts/build.ts as a child process, timed, sampled and logged. */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BENCH, ROOT, log, rel } from './context.ts';
import { childrenCpuSeconds, treeRss } from './proc.ts';

export interface PageTiming {
  path: string;
  ms: number;
}

export interface BuildRun {
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
export function writeProbe(): string {
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

export function runBuild(
  label: string,
  dataDir: string,
  outDir: string,
  probe: string,
  logFile: string,
  extraEnv: Record<string, string> = {},
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
        ...extraEnv,
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
