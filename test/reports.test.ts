import { describe, expect, it } from 'vitest';
import { reportChartIds } from '../src/lib/reports.ts';
import type { Status } from '../src/lib/progress.ts';

const row = (seq: number, status: Status, binding = false) => ({
  id: `I${seq}`,
  seq,
  status,
  binding,
});

describe('reportChartIds', () => {
  it('reportChartIds: up to the limit, every indicator in plan order', () => {
    const rows = [row(1, 'on-track'), row(2, 'behind'), row(3, 'no-data')];
    expect(reportChartIds(rows, 3)).toEqual(['I1', 'I2', 'I3']);
  });

  it('reportChartIds: beyond the limit, lagging binding first, then lagging, then plan order', () => {
    const rows = [
      row(1, 'on-track'),
      row(2, 'behind'),
      row(3, 'at-risk', true),
      row(4, 'achieved'),
      row(5, 'at-risk'),
      row(6, 'behind', true),
    ];
    // binding lagging: I6 (behind) before I3 (at risk); then I2 behind, I5 at risk; then I1.
    expect(reportChartIds(rows, 5)).toEqual(['I6', 'I3', 'I2', 'I5', 'I1']);
  });

  it('reportChartIds: 2 000 indicators give 40 charts by default', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => row(i + 1, 'no-data'));
    expect(reportChartIds(rows)).toHaveLength(40);
  });
});
