/**
 * The chart cache's files (PLAN_CHART_CACHE): read with a touch, written atomically, pruned by
 * age. Shared by the PNG cache (chart-image.ts) and the SVG cache (svg-cache.ts). Every function
 * fails soft: a cache that cannot be read or written only costs drawing time.
 */
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

/** The kept file's bytes, touched so pruneChartCache keeps it; undefined when it is not kept. */
export function readKept(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Keep `bytes` as `file`, written whole or not at all (concurrent builds share the folder). */
export function keepFile(file: string, bytes: string | Uint8Array): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, file);
  } catch {
    // A read-only cache folder: draw every time.
  }
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
