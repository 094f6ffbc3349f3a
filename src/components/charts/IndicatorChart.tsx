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
} from 'recharts';
import { indicatorChartLayout, type IndicatorChartProps } from '../../lib/charts/chart-layout.ts';
import {
  CHART_COLORS,
  FONT_SIZE,
  markerPaint,
  PLANNED_DASH,
  TARGET_DASH,
  X_AXIS_HEIGHT,
  X_PAD,
  Y_PAD_BOTTOM,
} from '../../lib/charts/chart-style.ts';
import { pointTitle } from '../../lib/charts/chart-text.ts';
import type { SeriesPoint } from '../../lib/series.ts';
import { SvgLegend, UnitLabel } from './ChartLegend.tsx';

export type { IndicatorChartLabels, IndicatorChartProps } from '../../lib/charts/chart-layout.ts';
export { CHART_COLORS } from '../../lib/charts/chart-style.ts';
export { estimateTextWidth } from '../../lib/charts/chart-text.ts';
export { niceTicks, placeTargetLabel } from '../../lib/charts/chart-axes.ts';

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: SeriesPoint;
}

export function IndicatorChart(props: IndicatorChartProps): ReactElement {
  const { points, target, targetMax, unit, title, description, labels } = props;
  const layout = indicatorChartLayout(props);
  const { width, height, ticks, domain, years, firstYear, lastYear, anyPlanned } = layout;
  const { rows, yAxisWidth, margin, plotLeft, plotRight, placement } = layout;
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
        {...markerPaint(hollow)}
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
        height={X_AXIS_HEIGHT}
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
