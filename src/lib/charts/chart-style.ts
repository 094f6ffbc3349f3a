/**
 * The indicator chart's look, shared by the chart component, its legend and the layout maths:
 * colours (each ≥ 3:1 against white), font size, dash patterns and the paddings Recharts is given.
 */

/** Colours, each ≥ 3:1 against white (ratios in brackets). */
export const CHART_COLORS = {
  actual: '#1d4ed8', // blue 700 (6.7:1)
  planned: '#4b5563', // grey 600 (7.6:1)
  target: '#b45309', // amber 700 (5.0:1)
  axis: '#4b5563',
  text: '#374151', // grey 700 (10.3:1)
  grid: '#e5e7eb', // decorative only
  background: '#ffffff',
} as const;

export const FONT_SIZE = 12;
export const LEGEND_ROW = 20;
export const PLANNED_DASH = '7 4';
export const TARGET_DASH = '12 4 2 4';

/** Padding inside the plot: left and right of the first and last year, below the lowest tick. */
export const X_PAD = 18;
export const Y_PAD_BOTTOM = 12;
export const X_AXIS_HEIGHT = 24;

/** Legend swatch length, the gap to its label, and the gap between legend items. */
export const SWATCH = 28;
export const SWATCH_GAP = 6;
export const ITEM_GAP = 20;

/** A data marker's paint: filled for a final figure, hollow for a provisional one (初步数). */
export const markerPaint = (hollow: boolean) => ({
  fill: hollow ? CHART_COLORS.background : CHART_COLORS.actual,
  stroke: hollow ? CHART_COLORS.actual : CHART_COLORS.background,
  strokeWidth: hollow ? 2 : 1.5,
});
