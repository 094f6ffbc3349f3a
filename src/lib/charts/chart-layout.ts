/**
 * The indicator chart's layout, computed before Recharts draws it: value ticks and domain, which
 * series and legend items appear, margins, and where the target line's label goes. A pure
 * function of the chart's props (src/components/charts/IndicatorChart.tsx draws the result).
 */
import type { SeriesPoint } from '../series.ts';
import { niceTicks, placeTargetLabel } from './chart-axes.ts';
import { legendRows, type LegendItem } from './chart-legend.ts';
import { LEGEND_ROW, X_AXIS_HEIGHT, X_PAD, Y_PAD_BOTTOM } from './chart-style.ts';
import { estimateTextWidth, type PointText } from './chart-text.ts';

export interface IndicatorChartLabels {
  /** Legend entry of the actual figures, e.g. 实际值 / 累计完成. */
  actual: string;
  /** Legend entry of the planned path, e.g. 规划路径. */
  planned: string;
  /** Legend entry and reference-line label of the target, e.g. 2030年目标. */
  target: string;
  /** Legend entry and marker-tooltip note of provisional figures, e.g. 初步数. */
  provisional: string;
  /** Year tick and tooltip text, e.g. (y) => `${y}年`. */
  year: (y: number) => string;
  /** Value tick and tooltip text, e.g. (v) => v.toLocaleString('zh-CN'). */
  value: (v: number) => string;
  /**
   * Optional: the whole marker tooltip. Default `2026年：3600 批次/年（初步数）`, with `: ` and
   * ` (…)` instead when the year label has no Chinese characters.
   */
  point?: (p: PointText) => string;
}

export interface IndicatorChartProps {
  points: SeriesPoint[];
  target: number;
  targetMax: number | null;
  unit: string;
  /** Becomes the SVG's <title> (its accessible name). */
  title: string;
  /** Becomes the SVG's <desc>. */
  description: string;
  labels: IndicatorChartLabels;
  /** Fixed drawing size (the viewBox); CSS scales the SVG. Default 640 × 320. */
  width?: number;
  height?: number;
}

export interface IndicatorChartLayout {
  width: number;
  height: number;
  ticks: number[];
  domain: [number, number];
  years: number[];
  firstYear: number;
  lastYear: number;
  /** Whether the planned path is drawn (not where it is flat at the target). */
  anyPlanned: boolean;
  rows: LegendItem[][];
  yAxisWidth: number;
  margin: { top: number; right: number; bottom: number; left: number };
  plotLeft: number;
  plotRight: number;
  placement: { side: 'left' | 'right'; above: boolean };
}

export function indicatorChartLayout(props: IndicatorChartProps): IndicatorChartLayout {
  const { points, target, targetMax, labels } = props;
  const width = props.width ?? 640;
  const height = props.height ?? 320;

  const values = points.flatMap((p) => [p.actual, p.planned]).filter((v) => v !== null);
  const all = [...values, target, ...(targetMax === null ? [] : [targetMax])];
  const ticks = niceTicks(Math.min(...all), Math.max(...all), all.every(Number.isInteger));
  const domain: [number, number] = [ticks[0] ?? 0, ticks[ticks.length - 1] ?? 1];
  const years = points.map((p) => p.year);
  const firstYear = years[0] ?? 0;
  const lastYear = years[years.length - 1] ?? firstYear;

  const anyActual = points.some((p) => p.actual !== null);
  const anyProvisional = points.some((p) => p.provisional && p.actual !== null);
  // A flat path at the target (average measures) would only hide the target line: leave it out.
  const anyPlanned = points.some((p) => p.planned !== null && p.planned !== target);
  const items: LegendItem[] = [
    ...(anyActual ? [{ key: 'actual' as const, label: labels.actual }] : []),
    ...(anyProvisional ? [{ key: 'provisional' as const, label: labels.provisional }] : []),
    ...(anyPlanned ? [{ key: 'planned' as const, label: labels.planned }] : []),
    { key: 'target', label: labels.target },
  ];
  const rows = legendRows(items, width - 16);

  const yAxisWidth = Math.max(...ticks.map((t) => estimateTextWidth(labels.value(t)))) + 14;
  const margin = { top: 40, right: 28, bottom: rows.length * LEGEND_ROW + 8, left: 8 };

  // Where the target label goes: geometry as Recharts will lay it out, then the first free corner.
  const plotLeft = margin.left + yAxisWidth;
  const plotRight = width - margin.right;
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom - X_AXIS_HEIGHT;
  const xOf = (year: number) =>
    lastYear === firstYear
      ? (plotLeft + plotRight) / 2
      : plotLeft +
        X_PAD +
        ((year - firstYear) / (lastYear - firstYear)) * (plotRight - plotLeft - 2 * X_PAD);
  const yOf = (v: number) =>
    plotBottom -
    Y_PAD_BOTTOM -
    ((v - domain[0]) / (domain[1] - domain[0])) * (plotBottom - Y_PAD_BOTTOM - plotTop);
  const series = (key: 'actual' | 'planned') =>
    points.flatMap((p) => (p[key] === null ? [] : [{ x: xOf(p.year), y: yOf(p[key]) }]));
  const start = points.find((p) => p.actual !== null || p.planned !== null);
  const placement = placeTargetLabel({
    lines: [series('actual'), ...(anyPlanned ? [series('planned')] : [])],
    markers: series('actual'),
    y: yOf(target),
    left: plotLeft,
    right: plotRight,
    bottom: plotBottom,
    textWidth: estimateTextWidth(labels.target),
    preferAbove: (start?.actual ?? start?.planned ?? target) <= target,
  });
  return {
    width,
    height,
    ticks,
    domain,
    years,
    firstYear,
    lastYear,
    anyPlanned,
    rows,
    yAxisWidth,
    margin,
    plotLeft,
    plotRight,
    placement,
  };
}
