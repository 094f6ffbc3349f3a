/**
 * The indicator chart's legend and unit label, drawn in the SVG as chart children (Recharts' own
 * legend is HTML): a swatch per series (solid, hollow marker, dashed, dash-dot) and its label,
 * centred in rows under the x axis, laid out by src/lib/charts/chart-legend.ts.
 */
import type { ReactElement } from 'react';
import { useChartHeight, useChartWidth } from 'recharts';
import { legendWidth, rowWidth, type LegendItem } from '../../lib/charts/chart-legend.ts';
import {
  CHART_COLORS,
  FONT_SIZE,
  ITEM_GAP,
  LEGEND_ROW,
  markerPaint,
  PLANNED_DASH,
  SWATCH,
  SWATCH_GAP,
  TARGET_DASH,
} from '../../lib/charts/chart-style.ts';

/** A swatch's line, the series' stroke across the swatch. */
function SwatchLine(p: { stroke: string; width: number; dash?: string }): ReactElement {
  return (
    <line
      x1={0}
      x2={SWATCH}
      y1={0}
      y2={0}
      stroke={p.stroke}
      strokeWidth={p.width}
      strokeDasharray={p.dash}
    />
  );
}

export function Swatch({ kind, range }: { kind: LegendItem['key']; range: boolean }): ReactElement {
  const mid = SWATCH / 2;
  switch (kind) {
    case 'actual':
      return (
        <g>
          <SwatchLine stroke={CHART_COLORS.actual} width={2.5} />
          <circle cx={mid} cy={0} r={4.5} {...markerPaint(false)} />
        </g>
      );
    case 'provisional':
      return <circle cx={mid} cy={0} r={4.5} {...markerPaint(true)} />;
    case 'planned':
      return <SwatchLine stroke={CHART_COLORS.planned} width={2} dash={PLANNED_DASH} />;
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
          <SwatchLine stroke={CHART_COLORS.target} width={2} dash={TARGET_DASH} />
        </g>
      );
  }
}

/** The legend, in SVG, centred under the x axis. A chart child: Recharts renders it in the SVG. */
export function SvgLegend({
  rows,
  range,
}: {
  rows: LegendItem[][];
  range: boolean;
}): ReactElement | null {
  const width = useChartWidth();
  const height = useChartHeight();
  if (width === undefined || height === undefined) return null;
  const top = height - rows.length * LEGEND_ROW - 4;
  return (
    <g className="chart-legend">
      {rows.map((row, r) => {
        let x = (width - rowWidth(row)) / 2;
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
export function UnitLabel({ unit, x }: { unit: string; x: number }): ReactElement | null {
  if (unit === '') return null;
  return (
    <text className="chart-unit" x={x} y={14} fontSize={FONT_SIZE} fill={CHART_COLORS.text}>
      {unit}
    </text>
  );
}
