import { describe, expect, it } from 'vitest';
import { smallMultipleGeometry, smallMultipleSvg } from '../src/lib/charts/small-multiple.ts';
import type { SeriesPoint } from '../src/lib/series.ts';

const p = (year: number, actual: number | null, planned: number | null): SeriesPoint => ({
  year,
  actual,
  planned,
  provisional: false,
});

describe('small multiples', () => {
  // Box 108 × 28 with 4 units of margin: x runs 4 → 104, y runs 24 (low) → 4 (high).
  const points = [
    p(2025, 0, 0),
    p(2026, 50, 25),
    p(2027, null, 50),
    p(2028, null, 75),
    p(2029, null, 100),
  ];

  it('small-multiple: years spread evenly, values scaled between the lowest and highest figure', () => {
    const g = smallMultipleGeometry(points, 100, 108, 28);
    expect(g.planned).toBe('M4 24 L29 19 L54 14 L79 9 L104 4');
    expect(g.actual).toBe('M4 24 L29 14');
    expect(g.last).toEqual({ x: 29, y: 14 });
    expect(g.targetY).toBe(4);
  });

  it('small-multiple: a year without a figure breaks the actual line instead of bridging it', () => {
    const g = smallMultipleGeometry(
      [p(2025, 10, null), p(2026, null, null), p(2027, 20, null)],
      20,
      108,
      28,
    );
    expect(g.actual).toBe('M4 24 M104 4');
  });

  it('small-multiple: no figures draws the path and target only, no dot', () => {
    const svg = smallMultipleSvg([p(2025, null, 0), p(2026, null, 10)], 10, {
      label: 'X: 暂无数据',
    });
    expect(svg).toContain('sm__planned');
    expect(svg).not.toContain('sm__actual');
    expect(svg).not.toContain('<circle');
    expect(svg).toContain('aria-label="X: 暂无数据"');
  });

  it('small-multiple: a flat series still gets a drawable scale, and the label is escaped', () => {
    const g = smallMultipleGeometry([p(2025, 5, 5), p(2026, 5, 5)], 5, 108, 28);
    expect(g.targetY).toBe(14);
    const svg = smallMultipleSvg([p(2025, 5, 5)], 5, {
      label: '"<a>" & b',
      className: 'sm--behind',
    });
    expect(svg).toContain('aria-label="&quot;&lt;a&gt;&quot; &amp; b"');
    expect(svg).toContain('class="sm sm--behind"');
  });
});
