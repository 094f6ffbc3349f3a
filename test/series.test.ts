// chartSeries: every expected number below is worked out by hand from the methodology.
import { describe, expect, it } from 'vitest';
import { chartSeries, type SeriesPoint } from '../src/lib/series.ts';
import type { Observation, TargetSpec } from '../src/lib/progress.ts';
import { period, spec as targetSpec } from './helpers/targets.ts';

const spec = (over: Partial<TargetSpec>): TargetSpec =>
  targetSpec({ baseline: null, target: 100, ...over });

const obs = (year: number, value: number, provisional = false): Observation => ({
  year,
  value,
  provisional,
});

/** [year, actual, planned, provisional] rows, easier to read than objects. */
const rows = (points: SeriesPoint[]) =>
  points.map((p) => [p.year, p.actual, p.planned, p.provisional]);

describe('chartSeries, level and annual measures', () => {
  it('chartSeries draws the straight path from the baseline and keeps context years before it', () => {
    // B = 3500, T = 3800, N = 5: the path rises 60 a year.
    const points = chartSeries(
      spec({ baseline: 3500, target: 3800, measure: 'annual' }),
      [obs(2027, 3700, true), obs(2024, 3400), obs(2025, 3500, true), obs(2026, 3600)],
      period,
    );
    expect(rows(points)).toEqual([
      [2024, 3400, null, false],
      [2025, 3500, 3500, true],
      [2026, 3600, 3560, false],
      [2027, 3700, 3620, true],
      [2028, null, 3680, false],
      [2029, null, 3740, false],
      [2030, null, 3800, false],
    ]);
  });

  it('chartSeries runs one point per year from the baseline year when there is no figure yet', () => {
    const points = chartSeries(spec({ baseline: 200, target: 210 }), [], period);
    expect(rows(points)).toEqual([
      [2025, null, 200, false],
      [2026, null, 202, false],
      [2027, null, 204, false],
      [2028, null, 206, false],
      [2029, null, 208, false],
      [2030, null, 210, false],
    ]);
  });

  it('chartSeries starts the path at the first plan-period figure when the baseline is blank', () => {
    // No B: the path runs from (2027, 85) to (2030, 100), 5 a year, and is null before 2027.
    const points = chartSeries(spec({ target: 100 }), [obs(2027, 85, true), obs(2028, 90)], period);
    expect(rows(points)).toEqual([
      [2025, null, null, false],
      [2026, null, null, false],
      [2027, 85, 85, true],
      [2028, 90, 90, false],
      [2029, null, 95, false],
      [2030, null, 100, false],
    ]);
  });

  it('chartSeries ignores pre-plan figures as the start of a blank-baseline path', () => {
    // The 2025 figure is context only; the path starts at (2026, 60): (100 − 60) ÷ 4 = 10 a year.
    const points = chartSeries(spec({ target: 100 }), [obs(2025, 50), obs(2026, 60)], period);
    expect(rows(points)).toEqual([
      [2025, 50, null, false],
      [2026, 60, 60, false],
      [2027, null, 70, false],
      [2028, null, 80, false],
      [2029, null, 90, false],
      [2030, null, 100, false],
    ]);
  });

  it('chartSeries leaves the path blank without a baseline and without plan-period figures', () => {
    const points = chartSeries(spec({ target: 60, comparator: '<=' }), [obs(2024, 80)], period);
    expect(points.map((p) => p.planned)).toEqual([null, null, null, null, null, null, null]);
    expect(points.map((p) => p.actual)).toEqual([80, null, null, null, null, null, null]);
  });

  it('chartSeries puts the target alone in the end year when the first figure comes in that year', () => {
    const points = chartSeries(spec({ target: 100 }), [obs(2030, 90)], period);
    expect(rows(points).slice(-2)).toEqual([
      [2029, null, null, false],
      [2030, 90, 100, false],
    ]);
  });

  it('chartSeries draws a falling path for a <= target without float noise', () => {
    // B = 10, T = 3: the path falls (10 − 3) ÷ 5 = 1.4 a year.
    const points = chartSeries(spec({ baseline: 10, target: 3, comparator: '<=' }), [], period);
    expect(points.map((p) => p.planned)).toEqual([10, 8.6, 7.2, 5.8, 4.4, 3]);
  });
});

describe('chartSeries, cumulative measure', () => {
  it('chartSeries sums plan-period figures, carries the total over a gap and stops after the last', () => {
    // T = 62: planned = 62 × n ÷ 5 = 0, 12.4, 24.8, 37.2, 49.6, 62.
    // 2026: 13; 2027: 13 + 12 = 25 (provisional); 2028 no figure: 25 carried; 2029: 25 + 10 = 35.
    const points = chartSeries(
      spec({ baseline: 16, target: 62, measure: 'cumulative' }),
      [obs(2025, 16), obs(2026, 13), obs(2027, 12, true), obs(2029, 10)],
      period,
    );
    expect(rows(points)).toEqual([
      [2025, null, 0, false],
      [2026, 13, 12.4, false],
      [2027, 25, 24.8, true],
      [2028, 25, 37.2, true],
      [2029, 35, 49.6, true],
      [2030, null, 62, false],
    ]);
  });

  it('chartSeries keeps cumulative actuals null before startYear and before the first figure', () => {
    // A 2024 context figure widens the range but never counts; the first plan figure is 2027.
    const points = chartSeries(
      spec({ target: 20, measure: 'cumulative' }),
      [obs(2024, 7), obs(2027, 5), obs(2028, 3, true)],
      period,
    );
    expect(rows(points)).toEqual([
      [2024, null, null, false],
      [2025, null, 0, false],
      [2026, null, 4, false],
      [2027, 5, 8, false],
      [2028, 8, 12, true],
      [2029, null, 16, false],
      [2030, null, 20, false],
    ]);
  });

  it('chartSeries gives only the cumulative path when there is no plan-period figure', () => {
    const points = chartSeries(spec({ target: 300, measure: 'cumulative' }), [], period);
    expect(rows(points)).toEqual([
      [2025, null, 0, false],
      [2026, null, 60, false],
      [2027, null, 120, false],
      [2028, null, 180, false],
      [2029, null, 240, false],
      [2030, null, 300, false],
    ]);
  });
});

describe('chartSeries, average measure', () => {
  it('chartSeries shows plan-period figures against a flat target line', () => {
    const points = chartSeries(
      spec({ target: 100, measure: 'average', percent: true, binding: true }),
      [obs(2025, 98, true), obs(2026, 99.2), obs(2027, 100, true)],
      period,
    );
    expect(rows(points)).toEqual([
      [2025, null, null, false],
      [2026, 99.2, 100, false],
      [2027, 100, 100, true],
      [2028, null, 100, false],
      [2029, null, 100, false],
      [2030, null, 100, false],
    ]);
  });

  it('chartSeries leaves a gap year of an average blank', () => {
    const points = chartSeries(
      spec({ target: 90, measure: 'average' }),
      [obs(2026, 88), obs(2028, 92)],
      period,
    );
    expect(points.map((p) => p.actual)).toEqual([null, 88, null, 92, null, null]);
  });
});
