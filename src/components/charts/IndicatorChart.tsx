/**
 * One indicator's chart: the actual figures against the planned path and the target, drawn by
 * Recharts at a fixed size for build-time rendering (src/lib/charts/render-svg.ts). Everything
 * the reader needs is in the SVG itself: an SVG legend (Recharts' own legend is HTML), a native
 * <title> tooltip on every data marker, no JavaScript, no animation, no inline styles.
 *
 * Without colour the series still differ: actual = solid line with filled markers (hollow when
 * provisional), planned path = dashed line, target = dash-dot line (plus a tinted band for a
 * range). Every colour has at least 3:1 contrast against white.
 */
import type { ReactElement } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  XAxis,
  YAxis,
  useChartHeight,
  useChartWidth,
} from 'recharts';
import type { SeriesPoint } from '../../lib/series.ts';

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
  point?: (p: { year: number; value: number; provisional: boolean }) => string;
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

const FONT_SIZE = 12;
const LEGEND_ROW = 20;
const PLANNED_DASH = '7 4';
const TARGET_DASH = '12 4 2 4';

const hasCjk = (s: string) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/.test(s);

/** Rough text width at FONT_SIZE: enough to lay out axes and the legend without measuring. */
export function estimateTextWidth(text: string, fontSize = FONT_SIZE): number {
  let w = 0;
  for (const ch of text) {
    if (hasCjk(ch)) w += 1;
    else if (/[.,:;'!|il ]/.test(ch)) w += 0.32;
    else if (/[A-Z%mwMW]/.test(ch)) w += 0.72;
    else w += 0.58;
  }
  return Math.ceil(w * fontSize);
}

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

const X_PAD = 18;
const Y_PAD_BOTTOM = 12;

interface Pt {
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

function pointTitle(
  labels: IndicatorChartLabels,
  unit: string,
  p: { year: number; value: number; provisional: boolean },
): string {
  if (labels.point) return labels.point(p);
  const year = labels.year(p.year);
  const zh = hasCjk(year);
  const value = labels.value(p.value);
  const withUnit = unit === '' ? value : unit === '%' ? `${value}%` : `${value} ${unit}`;
  const note = p.provisional ? (zh ? `（${labels.provisional}）` : ` (${labels.provisional})`) : '';
  return `${year}${zh ? '：' : ': '}${withUnit}${note}`;
}

interface LegendItem {
  key: 'actual' | 'provisional' | 'planned' | 'target';
  label: string;
}

const SWATCH = 28;
const SWATCH_GAP = 6;
const ITEM_GAP = 20;

function legendWidth(item: LegendItem): number {
  return SWATCH + SWATCH_GAP + estimateTextWidth(item.label);
}

/** Greedy rows of legend items, each row no wider than `max`. */
function legendRows(items: LegendItem[], max: number): LegendItem[][] {
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

function Swatch({ kind, range }: { kind: LegendItem['key']; range: boolean }): ReactElement {
  const mid = SWATCH / 2;
  switch (kind) {
    case 'actual':
      return (
        <g>
          <line x1={0} x2={SWATCH} y1={0} y2={0} stroke={CHART_COLORS.actual} strokeWidth={2.5} />
          <circle
            cx={mid}
            cy={0}
            r={4.5}
            fill={CHART_COLORS.actual}
            stroke={CHART_COLORS.background}
            strokeWidth={1.5}
          />
        </g>
      );
    case 'provisional':
      return (
        <circle
          cx={mid}
          cy={0}
          r={4.5}
          fill={CHART_COLORS.background}
          stroke={CHART_COLORS.actual}
          strokeWidth={2}
        />
      );
    case 'planned':
      return (
        <line
          x1={0}
          x2={SWATCH}
          y1={0}
          y2={0}
          stroke={CHART_COLORS.planned}
          strokeWidth={2}
          strokeDasharray={PLANNED_DASH}
        />
      );
    case 'target':
      return (
        <g>
          {range && (
            <rect
              x={0}
              y={-7}
              width={SWATCH}
              height={7}
              fill={CHART_COLORS.target}
              fillOpacity={0.14}
            />
          )}
          <line
            x1={0}
            x2={SWATCH}
            y1={0}
            y2={0}
            stroke={CHART_COLORS.target}
            strokeWidth={2}
            strokeDasharray={TARGET_DASH}
          />
        </g>
      );
  }
}

/** The legend, in SVG, centred under the x axis. A chart child: Recharts renders it in the SVG. */
function SvgLegend({ rows, range }: { rows: LegendItem[][]; range: boolean }): ReactElement | null {
  const width = useChartWidth();
  const height = useChartHeight();
  if (width === undefined || height === undefined) return null;
  const top = height - rows.length * LEGEND_ROW - 4;
  return (
    <g className="chart-legend">
      {rows.map((row, r) => {
        const rowWidth =
          row.reduce((w, item) => w + legendWidth(item), 0) + ITEM_GAP * (row.length - 1);
        let x = (width - rowWidth) / 2;
        const y = top + r * LEGEND_ROW + LEGEND_ROW / 2;
        return row.map((item) => {
          const at = x;
          x += legendWidth(item) + ITEM_GAP;
          return (
            <g
              key={item.key}
              className={`chart-legend-${item.key}`}
              transform={`translate(${at} ${y})`}
            >
              <Swatch kind={item.key} range={range} />
              <text
                x={SWATCH + SWATCH_GAP}
                y={0}
                dy="0.35em"
                fontSize={FONT_SIZE}
                fill={CHART_COLORS.text}
              >
                {item.label}
              </text>
            </g>
          );
        });
      })}
    </g>
  );
}

/** The unit, above the value axis. */
function UnitLabel({ unit, x }: { unit: string; x: number }): ReactElement | null {
  if (unit === '') return null;
  return (
    <text className="chart-unit" x={x} y={14} fontSize={FONT_SIZE} fill={CHART_COLORS.text}>
      {unit}
    </text>
  );
}

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: SeriesPoint;
}

export function IndicatorChart(props: IndicatorChartProps): ReactElement {
  const { points, target, targetMax, unit, title, description, labels } = props;
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
  const xAxisHeight = 24;
  const plotLeft = margin.left + yAxisWidth;
  const plotRight = width - margin.right;
  const plotTop = margin.top;
  const plotBottom = height - margin.bottom - xAxisHeight;
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
  const placement = placeTargetLabel({
    lines: [series('actual'), ...(anyPlanned ? [series('planned')] : [])],
    markers: series('actual'),
    y: yOf(target),
    left: plotLeft,
    right: plotRight,
    bottom: plotBottom,
    textWidth: estimateTextWidth(labels.target),
    preferAbove: (() => {
      const start = points.find((p) => p.actual !== null || p.planned !== null);
      return (start?.actual ?? start?.planned ?? target) <= target;
    })(),
  });
  const renderTargetLabel = (p: { viewBox?: unknown }) => {
    const vb = (p.viewBox ?? {}) as { x?: number; y?: number; width?: number };
    const x0 = vb.x ?? plotLeft;
    const x = placement.side === 'left' ? x0 + 6 : x0 + (vb.width ?? plotRight - x0) - 6;
    const y = (vb.y ?? 0) + (placement.above ? -6 : 15);
    return (
      <text
        className="chart-target-label"
        x={x}
        y={y}
        textAnchor={placement.side === 'left' ? 'start' : 'end'}
        fontSize={FONT_SIZE}
        fill={CHART_COLORS.target}
        stroke={CHART_COLORS.background}
        strokeWidth={3}
        strokeLinejoin="round"
        paintOrder="stroke"
      >
        {labels.target}
      </text>
    );
  };

  const renderMarker = (p: MarkerProps) => {
    const point = p.payload;
    if (p.cx === undefined || p.cy === undefined || !point || point.actual === null) return null;
    const hollow = point.provisional;
    return (
      <circle
        className={hollow ? 'chart-marker chart-marker-provisional' : 'chart-marker'}
        cx={p.cx}
        cy={p.cy}
        r={4.5}
        fill={hollow ? CHART_COLORS.background : CHART_COLORS.actual}
        stroke={hollow ? CHART_COLORS.actual : CHART_COLORS.background}
        strokeWidth={hollow ? 2 : 1.5}
      >
        <title>
          {pointTitle(labels, unit, {
            year: point.year,
            value: point.actual,
            provisional: point.provisional,
          })}
        </title>
      </circle>
    );
  };

  return (
    <ComposedChart
      width={width}
      height={height}
      data={points}
      margin={margin}
      title={title}
      desc={description}
      role="img"
      accessibilityLayer={false}
    >
      <CartesianGrid stroke={CHART_COLORS.grid} vertical={false} />
      {targetMax !== null && (
        <ReferenceArea
          y1={target}
          y2={targetMax}
          fill={CHART_COLORS.target}
          fillOpacity={0.12}
          stroke="none"
          ifOverflow="extendDomain"
        />
      )}
      <XAxis
        type="number"
        dataKey="year"
        domain={[firstYear, lastYear]}
        ticks={years}
        interval={0}
        allowDecimals={false}
        tickFormatter={(y: number) => labels.year(y)}
        padding={{ left: X_PAD, right: X_PAD }}
        stroke={CHART_COLORS.axis}
        tick={{ fontSize: FONT_SIZE, fill: CHART_COLORS.text }}
        height={xAxisHeight}
      />
      <YAxis
        type="number"
        domain={domain}
        ticks={ticks}
        interval={0}
        tickFormatter={(v: number) => labels.value(v)}
        padding={{ top: 0, bottom: Y_PAD_BOTTOM }}
        stroke={CHART_COLORS.axis}
        tick={{ fontSize: FONT_SIZE, fill: CHART_COLORS.text }}
        width={yAxisWidth}
      />
      <ReferenceLine
        y={target}
        className="chart-target"
        stroke={CHART_COLORS.target}
        strokeWidth={2}
        strokeDasharray={TARGET_DASH}
        ifOverflow="extendDomain"
        label={renderTargetLabel}
      />
      {anyPlanned && (
        <Line
          className="chart-planned"
          dataKey="planned"
          name={labels.planned}
          stroke={CHART_COLORS.planned}
          strokeWidth={2}
          strokeDasharray={PLANNED_DASH}
          dot={false}
          activeDot={false}
          isAnimationActive={false}
          connectNulls={false}
        />
      )}
      <Line
        className="chart-actual"
        dataKey="actual"
        name={labels.actual}
        stroke={CHART_COLORS.actual}
        strokeWidth={2.5}
        dot={renderMarker}
        activeDot={false}
        isAnimationActive={false}
        connectNulls={false}
      />
      <UnitLabel unit={unit} x={margin.left} />
      <SvgLegend rows={rows} range={targetMax !== null} />
    </ComposedChart>
  );
}

export default IndicatorChart;
