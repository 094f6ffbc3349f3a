// The one planned path: hand-computed values, and the engine's E and the chart's dashed line
// read from it alike.
import { describe, expect, it } from 'vitest';
import { assess, DEFAULT_THRESHOLDS, plannedPath } from '../src/lib/progress.ts';
import type { Observation, TargetSpec } from '../src/lib/progress.ts';
import { chartSeries } from '../src/lib/series.ts';
import { obs, period, spec } from './helpers/targets.ts';

describe('plannedPath', () => {
  it('level: the straight line from the baseline, 100 + 100·(y − 2025)/5', () => {
    const p = plannedPath(spec({}), [], period);
    expect(p.start).toEqual({ year: 2025, value: 100 });
    expect([2024, 2025, 2026, 2027, 2030].map(p.at)).toEqual([null, 100, 120, 140, 200]);
  });

  it('level, falling target: 50 + (20 − 50)·(2028 − 2025)/5 = 32', () => {
    const p = plannedPath(spec({ baseline: 50, target: 20, comparator: '<=' }), [], period);
    expect(p.at(2028)).toBeCloseTo(32, 12);
  });

  it('level without a baseline: from the first plan-period figure, pre-plan years ignored', () => {
    const p = plannedPath(
      spec({ baseline: null }),
      obs([2024, 10], [2027, 140], [2026, 80]),
      period,
    );
    expect(p.start).toEqual({ year: 2026, value: 80 });
    // 80 + (200 − 80)·(2028 − 2026)/4 = 140
    expect([2025, 2026, 2028, 2030].map(p.at)).toEqual([null, 80, 140, 200]);
  });

  it('level without a baseline or any plan-period figure: no path', () => {
    const p = plannedPath(spec({ baseline: null }), obs([2024, 10]), period);
    expect(p.start).toBeNull();
    expect(p.at(2028)).toBeNull();
  });

  it('level starting in the end year: the target itself', () => {
    expect(plannedPath(spec({ baseline: null }), obs([2030, 90]), period).at(2030)).toBe(200);
  });

  it('cumulative: T·(y − 2025)/5, 0 in the baseline year', () => {
    const p = plannedPath(spec({ measure: 'cumulative', baseline: null, target: 500 }), [], period);
    expect([2024, 2025, 2026, 2028, 2030].map(p.at)).toEqual([null, 0, 100, 300, 500]);
  });

  it('average: T in plan-period years only', () => {
    const p = plannedPath(spec({ measure: 'average', target: 95 }), [], period);
    expect([2025, 2026, 2030, 2031].map(p.at)).toEqual([null, 95, 95, null]);
  });
});

describe('engine and chart share the path', () => {
  const cases: Array<[string, TargetSpec, Observation[]]> = [
    ['level', spec({ baseline: 100, target: 233 }), obs([2026, 110], [2027, 150])],
    ['no baseline', spec({ baseline: null, target: 7 }), obs([2026, 3], [2028, 4])],
    ['cumulative', spec({ measure: 'cumulative', target: 1000 }), obs([2026, 150], [2027, 210])],
    ['average', spec({ measure: 'average', target: 90, percent: true }), obs([2026, 88])],
  ];
  it.each(cases)(
    '%s: the expected value E is the chart’s planned point of that year',
    (_, s, o) => {
      const a = assess(s, o, period, DEFAULT_THRESHOLDS);
      const point = chartSeries(s, o, period).find((p) => p.year === a.latestYear);
      expect(a.expectedValue).not.toBeNull();
      expect(point?.planned).toBe(a.expectedValue);
    },
  );
});
