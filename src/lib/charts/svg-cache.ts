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
import path from 'node:path';
import { buildContext, codeFingerprint } from '../build-context.ts';
import { DEFAULT_SCHEDULER } from './render-svg.ts';
import { keepFile, readKept } from './cache-files.ts';

function folder(): { dir: string; code: string } | null {
  const context = buildContext();
  const code = context.chartCache ? codeFingerprint(context.cwd) : null;
  return context.chartCache && code ? { dir: path.join(context.chartCache, 'svg'), code } : null;
}

/**
 * The chart `kind` drawn from `inputs` (plain JSON: rows, numbers, strings): kept from an earlier
 * build, or drawn by `draw` now and kept (cache-files.ts: touched on use, pruned by age).
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
  const kept = readKept(file);
  if (kept) return kept.toString('utf8');
  const svg = await draw();
  keepFile(file, svg);
  return svg;
}
