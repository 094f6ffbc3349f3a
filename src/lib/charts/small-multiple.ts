/**
 * Small multiples: one indicator as a tiny chart (actual figures against the planned path), drawn
 * as plain SVG from the same series the full chart draws (series.ts). No Recharts, no DOM, no
 * script: a pure function of the numbers, cheap enough for 20 charts on the overview page and the
 * wall display. The colour comes from the CSS class of the status (currentColor), the reading
 * from the status symbol and word next to it, so the chart never relies on colour alone.
 */
import type { SeriesPoint } from '../series.ts';

export interface SmallMultipleGeometry {
  width: number;
  height: number;
  /** Path of the actual figures (a gap where a year has none), '' when there are none. */
  actual: string;
  /** Path of the planned path (dashed), '' when there is none. */
  planned: string;
  /** The latest actual figure's position, for its dot; null without figures. */
  last: { x: number; y: number } | null;
  /** y of the target line. */
  targetY: number;
}

const PAD = 4;

const num = (v: number) => String(Math.round(v * 10) / 10);

function pathOf(coords: ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const c of coords) {
    if (c === null) {
      pen = false;
      continue;
    }
    d += `${d ? ' ' : ''}${pen ? 'L' : 'M'}${num(c.x)} ${num(c.y)}`;
    pen = true;
  }
  return d;
}

/**
 * Where each line runs in a `width` × `height` box: years spread evenly left to right, values
 * scaled between the smallest and largest of actual, planned and target (PAD units of margin).
 */
export function smallMultipleGeometry(
  points: readonly SeriesPoint[],
  target: number,
  width = 160,
  height = 60,
): SmallMultipleGeometry {
  const values = [
    target,
    ...points.flatMap((p) => [p.actual, p.planned]).filter((v): v is number => v !== null),
  ];
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi === lo) {
    lo -= 1;
    hi += 1;
  }
  const n = points.length;
  const x = (k: number) => (n <= 1 ? width / 2 : PAD + ((width - 2 * PAD) * k) / (n - 1));
  const y = (v: number) => height - PAD - ((height - 2 * PAD) * (v - lo)) / (hi - lo);
  const at = (k: number, v: number | null) => (v === null ? null : { x: x(k), y: y(v) });
  const actual = points.map((p, k) => at(k, p.actual));
  const lastK = points.map((p) => p.actual !== null).lastIndexOf(true);
  const last = lastK < 0 ? null : actual[lastK]!;
  return {
    width,
    height,
    actual: pathOf(actual),
    planned: pathOf(points.map((p, k) => at(k, p.planned))),
    last: last && { x: Math.round(last.x * 10) / 10, y: Math.round(last.y * 10) / 10 },
    targetY: Math.round(y(target) * 10) / 10,
  };
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

export interface SmallMultipleOptions {
  /** The accessible name, e.g. “药品抽检批次：实际值 3600，规划路径 …”. */
  label: string;
  width?: number;
  height?: number;
  /** Extra class on the <svg> (the page's CSS colours `.sm--<status>`). */
  className?: string;
}

/**
 * The chart as SVG markup: a faint target line, the planned path dashed, the actual figures solid
 * in currentColor with a dot on the latest. Scales to its box (viewBox, no fixed size).
 */
export function smallMultipleSvg(
  points: readonly SeriesPoint[],
  target: number,
  options: SmallMultipleOptions,
): string {
  const g = smallMultipleGeometry(points, target, options.width, options.height);
  const cls = ['sm', options.className].filter(Boolean).join(' ');
  return [
    `<svg class="${escapeXml(cls)}" viewBox="0 0 ${g.width} ${g.height}" role="img" aria-label="${escapeXml(options.label)}">`,
    `<line class="sm__target" x1="0" x2="${g.width}" y1="${g.targetY}" y2="${g.targetY}" stroke="#8c959f" stroke-width="1" stroke-dasharray="1 3" vector-effect="non-scaling-stroke"/>`,
    g.planned &&
      `<path class="sm__planned" d="${g.planned}" fill="none" stroke="#8c959f" stroke-width="1.5" stroke-dasharray="4 3" vector-effect="non-scaling-stroke"/>`,
    g.actual &&
      `<path class="sm__actual" d="${g.actual}" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round" stroke-linecap="round" vector-effect="non-scaling-stroke"/>`,
    g.last &&
      `<circle class="sm__last" cx="${g.last.x}" cy="${g.last.y}" r="3" fill="currentColor"/>`,
    '</svg>',
  ]
    .filter(Boolean)
    .join('');
}
