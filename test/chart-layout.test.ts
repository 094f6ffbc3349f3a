// The indicator chart's layout before Recharts draws it, worked out by hand.
import { describe, expect, it } from 'vitest';
import { indicatorChartLayout, type IndicatorChartProps } from '../src/lib/charts/chart-layout.ts';
import { legendRows, legendWidth, rowWidth } from '../src/lib/charts/chart-legend.ts';
import { estimateTextWidth, pointTitle } from '../src/lib/charts/chart-text.ts';

const labels = {
  actual: '实际值',
  planned: '规划路径',
  target: '目标 200',
  provisional: '初步数',
  year: (y: number) => `${y}年`,
  value: (v: number) => String(v),
};

const props = (over: Partial<IndicatorChartProps> = {}): IndicatorChartProps => ({
  points: [2025, 2026, 2027, 2028, 2029, 2030].map((year, k) => ({
    year,
    actual: k < 3 ? 100 + 15 * k : null,
    planned: 100 + 20 * k,
    provisional: false,
  })),
  target: 200,
  targetMax: null,
  unit: '批次',
  title: 't',
  description: 'd',
  labels,
  ...over,
});

describe('chart text', () => {
  it('estimateTextWidth: CJK 1 em, digits 0.58, spaces 0.32, at 12 px, rounded up', () => {
    expect(estimateTextWidth('实际值')).toBe(36);
    expect(estimateTextWidth('125')).toBe(21); // 3 × 0.58 × 12 = 20.88
    expect(estimateTextWidth('目标 200')).toBe(49); // (2 + 0.32 + 1.74) × 12 = 48.72
  });

  it('pointTitle: Chinese or English punctuation by the year label', () => {
    const p = { year: 2026, value: 3600, provisional: true };
    expect(pointTitle(labels, '批次', p)).toBe('2026年：3600 批次（初步数）');
    expect(pointTitle({ ...labels, year: String, provisional: 'provisional' }, '%', p)).toBe(
      '2026: 3600% (provisional)',
    );
  });
});

describe('chart legend', () => {
  it('legendWidth = swatch 28 + gap 6 + text; rows break before the item that would overflow', () => {
    const items = [
      { key: 'actual' as const, label: '实际值' }, // 70
      { key: 'planned' as const, label: '规划路径' }, // 82
      { key: 'target' as const, label: '目标 200' }, // 83
    ];
    expect(items.map(legendWidth)).toEqual([70, 82, 83]);
    expect(legendRows(items, 624).map((r) => r.length)).toEqual([3]);
    // 70 + 20 + 82 = 172 fits 184; adding 20 + 83 does not.
    const rows = legendRows(items, 184);
    expect(rows.map((r) => r.map((i) => i.key))).toEqual([['actual', 'planned'], ['target']]);
    expect(rowWidth(rows[0]!)).toBe(172);
  });
});

describe('indicatorChartLayout', () => {
  it('ticks of 25 from 100 to 200, the axis as wide as "100" plus 14, one legend row', () => {
    const l = indicatorChartLayout(props());
    expect(l.ticks).toEqual([100, 125, 150, 175, 200]);
    expect(l.domain).toEqual([100, 200]);
    expect(l.yAxisWidth).toBe(35); // estimateTextWidth('100') = 21
    expect(l.margin).toEqual({ top: 40, right: 28, bottom: 28, left: 8 });
    expect([l.plotLeft, l.plotRight]).toEqual([43, 612]);
    expect([l.firstYear, l.lastYear, l.anyPlanned]).toEqual([2025, 2030, true]);
    expect(l.rows.flat().map((i) => i.key)).toEqual(['actual', 'planned', 'target']);
  });

  it('an average’s flat path at the target is left out, and so is its legend entry', () => {
    const flat = props().points.map((p) => ({ ...p, planned: 200 }));
    const l = indicatorChartLayout(props({ points: flat, width: 200 }));
    expect(l.anyPlanned).toBe(false);
    expect(l.rows.flat().map((i) => i.key)).toEqual(['actual', 'target']);
  });
});
