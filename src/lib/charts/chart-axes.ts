/**
 * Axis and label geometry of the indicator chart, as pure functions: round-number ticks for the
 * value axis, and the corner of the target line where its label crosses no data.
 */

/**
 * Round-number ticks (1, 2, 2.5, 5 × 10^k) covering [lo, hi], about four intervals. With
 * `integers` (counts: every figure a whole number) the step is a whole number too.
 */
export function niceTicks(lo: number, hi: number, integers = false): number[] {
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const raw = (hi - lo) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 2.5, 5, 10]
    .map((m) => m * mag)
    .filter((step) => !integers || Number.isInteger(Number(step.toPrecision(12))));
  const step = steps.find((m) => m >= raw - 1e-12) ?? Math.max(1, 10 * mag);
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= end + step / 2; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

export interface Pt {
  x: number;
  y: number;
}

/**
 * Choose the corner for the target line's label (above or below the line, at its left or right
 * end) that no data line or marker crosses, preferring the side away from where the data start.
 * Below is ruled out where it would run into the x axis.
 */
export function placeTargetLabel(g: {
  lines: Pt[][];
  markers: Pt[];
  y: number;
  left: number;
  right: number;
  bottom: number;
  textWidth: number;
  preferAbove: boolean;
}): { side: 'left' | 'right'; above: boolean } {
  const samples: Pt[] = [...g.markers];
  for (const line of g.lines)
    for (let i = 1; i < line.length; i++) {
      const a = line[i - 1] as Pt;
      const b = line[i] as Pt;
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 3));
      for (let k = 0; k <= steps; k++)
        samples.push({ x: a.x + ((b.x - a.x) * k) / steps, y: a.y + ((b.y - a.y) * k) / steps });
    }
  const order: boolean[] = g.preferAbove ? [true, false] : [false, true];
  const candidates = order.flatMap((above) =>
    (['left', 'right'] as const).map((side) => ({ side, above })),
  );
  let best = candidates[0] as { side: 'left' | 'right'; above: boolean };
  let bestHits = Infinity;
  for (const c of candidates) {
    const x0 = c.side === 'left' ? g.left + 6 : g.right - 6 - g.textWidth;
    const box = {
      x0: x0 - 6,
      x1: x0 + g.textWidth + 6,
      y0: c.above ? g.y - 22 : g.y + 1,
      y1: c.above ? g.y - 1 : g.y + 22,
    };
    if (!c.above && box.y1 > g.bottom + 2) continue;
    const hits = samples.filter(
      (p) => p.x >= box.x0 && p.x <= box.x1 && p.y >= box.y0 && p.y <= box.y1,
    ).length;
    if (hits < bestHits) {
      best = c;
      bestHits = hits;
    }
    if (hits === 0) break;
  }
  return best;
}
