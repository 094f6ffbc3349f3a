/**
 * Rendered chart SVGs kept between builds. Drawing a chart with Recharts in the DOM shim costs
 * ~50 ms (render-svg.ts) and a build draws four per indicator plus the reports' charts, so a
 * steward's pull request that changes one figure would otherwise redraw every chart of the plan.
 *
 * A chart is filed under a hash of everything that decides its markup: the code that draws it
 * (codeFingerprint: every file under src/, the lockfile, Astro's config; and React's build, which
 * decides how render-svg.ts waits for a chart) and the inputs the caller names (the indicator's
 * row, its observations, the plan, the language, the variant). A hit is the markup the same code
 * drew from the same inputs, so a build from the cache is byte-identical to one without (tested). Any change to the code files the charts afresh. The folder is
 * `<PLAN_CHART_CACHE>/svg/`; `PLAN_CHART_CACHE=off` turns it off, as it does the PNG cache.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { buildContext, codeFingerprint } from '../build-context.ts';
import { DEFAULT_SCHEDULER } from './render-svg.ts';

function folder(): { dir: string; code: string } | null {
  const context = buildContext();
  const code = context.chartCache ? codeFingerprint(context.cwd) : null;
  return context.chartCache && code ? { dir: path.join(context.chartCache, 'svg'), code } : null;
}

/**
 * The chart `kind` drawn from `inputs` (plain JSON: rows, numbers, strings): kept from an earlier
 * build, or drawn by `draw` now and kept. A kept file is touched on use, so pruneChartCache keeps
 * what builds still use.
 */
export async function keptSvg(
  kind: string,
  inputs: unknown,
  draw: () => Promise<string>,
): Promise<string> {
  const where = folder();
  if (!where) return draw();
  const key = createHash('sha256')
    .update(`${where.code}\0${DEFAULT_SCHEDULER}\0${kind}\0${JSON.stringify(inputs)}`)
    .digest('hex');
  const file = path.join(where.dir, `${key}.svg`);
  try {
    const svg = readFileSync(file, 'utf8');
    const now = new Date();
    utimesSync(file, now, now);
    return svg;
  } catch {
    // not kept yet
  }
  const svg = await draw();
  try {
    mkdirSync(where.dir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, svg);
    renameSync(tmp, file);
  } catch {
    // A read-only cache folder: draw every time.
  }
  return svg;
}

/** Kept charts unused for this long are removed at the end of a build. */
export const CHART_CACHE_KEEP_DAYS = 30;

/**
 * Remove what no build has used for CHART_CACHE_KEEP_DAYS days from the chart cache folder (PNGs
 * and SVGs alike; a hit touches its file), and scratch files a killed build left behind. Without
 * it, every code change would leave a full set of charts behind for good, in node_modules/.cache
 * and in the CI servers' caches. Returns how many files it removed; never throws.
 */
export function pruneChartCache(dir: string, now: number): number {
  const cutoff = now - CHART_CACHE_KEEP_DAYS * 86_400_000;
  const scratchCutoff = now - 86_400_000;
  let removed = 0;
  const visit = (folder: string) => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      const file = path.join(folder, name);
      try {
        const stat = statSync(file);
        if (stat.isDirectory()) visit(file);
        else if (stat.mtimeMs < (name.endsWith('.tmp') ? scratchCutoff : cutoff)) {
          rmSync(file, { force: true });
          removed++;
        }
      } catch {
        // gone already (another build pruned it)
      }
    }
  };
  visit(dir);
  return removed;
}
