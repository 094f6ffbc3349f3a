import { describe, expect, it } from 'vitest';
import { laggingViews, stackSegments } from '../src/lib/glance.ts';
import type { IndicatorView } from '../src/lib/view.ts';

describe('at a glance', () => {
  it('glance: a stacked bar gives each status with indicators its share, in status order', () => {
    // 4 indicators: 1 behind, 2 on track, 1 without data → 25 %, 50 %, 25 %.
    const segments = stackSegments({ 'no-data': 1, 'on-track': 2, behind: 1 });
    expect(segments.map((s) => [s.status, s.count, s.x, s.width])).toEqual([
      ['on-track', 2, 0, 50],
      ['behind', 1, 50, 25],
      ['no-data', 1, 75, 25],
    ]);
  });

  it('glance: an empty category draws no segments (not a division by zero)', () => {
    expect(stackSegments({})).toEqual([]);
  });

  it('glance: lagging targets list binding ones first, and only those at risk or behind', () => {
    const v = (id: string, seq: number, status: IndicatorView['status'], binding: boolean) =>
      ({ id, seq, status, binding }) as IndicatorView;
    const got = laggingViews([
      v('I01', 1, 'behind', false),
      v('I02', 2, 'on-track', true),
      v('I03', 3, 'at-risk', true),
      v('I04', 4, 'behind', true),
    ]);
    expect(got.map((x) => x.id)).toEqual(['I04', 'I03', 'I01']);
  });
});
