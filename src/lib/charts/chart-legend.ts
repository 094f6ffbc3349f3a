/**
 * The indicator chart's legend laid out without measuring: its items' widths and the greedy rows
 * they fill (the component draws them in the SVG, src/components/charts/ChartLegend.tsx).
 */
import { ITEM_GAP, SWATCH, SWATCH_GAP } from './chart-style.ts';
import { estimateTextWidth } from './chart-text.ts';

export interface LegendItem {
  key: 'actual' | 'provisional' | 'planned' | 'target';
  label: string;
}

export function legendWidth(item: LegendItem): number {
  return SWATCH + SWATCH_GAP + estimateTextWidth(item.label);
}

/** Greedy rows of legend items, each row no wider than `max`. */
export function legendRows(items: LegendItem[], max: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let w = 0;
  for (const item of items) {
    const iw = legendWidth(item);
    if (row.length > 0 && w + ITEM_GAP + iw > max) {
      rows.push(row);
      row = [];
      w = 0;
    }
    w += (row.length > 0 ? ITEM_GAP : 0) + iw;
    row.push(item);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** A row's width: its items and the gaps between them. */
export function rowWidth(row: LegendItem[]): number {
  return row.reduce((w, item) => w + legendWidth(item), 0) + ITEM_GAP * (row.length - 1);
}
