/** The build goals of issue 17, judged for the first builds and for the rebuilds after an edit. */
import type { BuildRun } from './build-run.ts';
import { mb, opt, secs } from './format.ts';

const GOAL_BUILD_100X_S = 180;
const GOAL_RATIO_10X = 1.5;
const GOAL_RSS_10X = 700 * 1024 * 1024;
const GOAL_RSS_100X = 1.5 * 1024 * 1024 * 1024;

/** The two builds at one scale: the first (every chart drawn) and the rebuild (charts kept). */
export interface ScaleBuilds {
  first: BuildRun | null;
  rebuild: BuildRun | null;
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const peakOf = (b: BuildRun) => b.nodeMaxRss ?? b.treePeakRss;

/** One line per goal and kind of build; `at1`, `at10`, `at100` are the scales' builds. */
export function buildGoalLines([at1, at10, at100]: ScaleBuilds[]): string[] {
  const lines: string[] = [];
  for (const [which, kind] of [
    ['first build', 'first'],
    ['rebuild after one revised figure', 'rebuild'],
  ] as const) {
    const [b1, b10, b100] = [at1, at10, at100].map((s) => s?.[kind] ?? null);
    if (b1?.ok && b10?.ok) {
      const ratio = b10.wallS / b1.wallS;
      const cpu = b1.cpuS && b10.cpuS ? ` (CPU ${(b10.cpuS / b1.cpuS).toFixed(2)}×)` : '';
      lines.push(
        `- ${which}: 10× at most ${GOAL_RATIO_10X}× the 1×: ${secs(b1.wallS)} → ${secs(b10.wallS)} = ${ratio.toFixed(2)}× wall${cpu} → ${verdict(ratio <= GOAL_RATIO_10X)}`,
        `- ${which}: 10× peak memory under ${mb(GOAL_RSS_10X)}: ${mb(peakOf(b10))} → ${verdict(peakOf(b10) < GOAL_RSS_10X)}`,
      );
    }
    lines.push(
      b100?.ok
        ? `- ${which}: 100× under ${GOAL_BUILD_100X_S / 60} min and ${mb(GOAL_RSS_100X)}: ${secs(b100.wallS)} wall${opt(b100.cpuS, (c) => `, ${secs(c)} CPU`)}, ${mb(peakOf(b100))} → ${verdict(b100.wallS < GOAL_BUILD_100X_S && peakOf(b100) < GOAL_RSS_100X)}`
        : `- ${which}: 100× under ${GOAL_BUILD_100X_S / 60} min: not run`,
    );
  }
  return lines;
}
