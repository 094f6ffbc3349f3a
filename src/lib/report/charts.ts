/**
 * The report's indicator charts as build-time SVG (figures up to the report year only), shared by
 * the web page (inline SVG) and the Word file (PNG of the same SVG, framed by chartImageSvg).
 * The title and unit line sit above the chart, outside it; the unit appears once, over the value
 * axis, so the ticks carry numbers only.
 */
import { createElement } from 'react';
import IndicatorChart from '../../components/charts/IndicatorChart.tsx';
import { renderChartSvg } from '../charts/render-svg.ts';
import { keptSvg } from '../charts/svg-cache.ts';
import { chartSeries } from '../series.ts';
import { indicatorSpec, observationsById, periodOf } from '../assessments.ts';
import { chartLabels } from '../view.ts';
import { formatNumber, formatTarget } from '../format.ts';
import type { Dataset } from '../data/validate-dataset.ts';
import type { Lang } from '../../i18n/ui.ts';
import { twinValue } from '../../i18n/twin.ts';
import { FIGURES_UI } from '../../i18n/figures.ts';

export const REPORT_CHART_SIZE = { width: 520, height: 260 } as const;

/**
 * Charts drawn for a report and not yet taken twice: the page and its Word file show the same
 * charts, so each is drawn once and dropped after its second use (a build never holds every
 * report's charts).
 */
const drawn = new WeakMap<Dataset, Map<string, { svg: Promise<string>; uses: number }>>();

/** SVG of each indicator's chart as of `year`, keyed by indicator id. */
export async function reportChartSvgs(
  data: Dataset,
  ids: readonly string[],
  year: number,
  lang: Lang,
): Promise<Map<string, string>> {
  let kept = drawn.get(data);
  if (!kept) drawn.set(data, (kept = new Map()));
  const out = new Map<string, string>();
  for (const id of ids) {
    const key = `${id}|${year}|${lang}`;
    let entry = kept.get(key);
    if (!entry) {
      const svg = drawChart(data, id, year, lang);
      if (!svg) continue;
      kept.set(key, (entry = { svg, uses: 0 }));
    }
    if (++entry.uses >= 2) kept.delete(key);
    out.set(id, await entry.svg);
  }
  return out;
}

const grouped = new WeakMap<Dataset, ReturnType<typeof observationsById>>();
const observationsOf = (data: Dataset) => {
  if (!grouped.has(data)) grouped.set(data, observationsById(data));
  return grouped.get(data)!;
};

function drawChart(data: Dataset, id: string, year: number, lang: Lang): Promise<string> | null {
  const i = data.indicators.find((x) => x.id === id);
  if (!i) return null;
  const unit = twinValue(i.unit_zh, i.unit_en, lang);
  const name = twinValue(i.name_zh, i.name_en, lang);
  const observations = (observationsOf(data).get(i.id) ?? []).filter((o) => o.year <= year);
  const points = chartSeries(indicatorSpec(i), observations, periodOf(data));
  const labels = {
    ...chartLabels(lang, formatTarget(i.target_value, i.target_max, i)),
    value: (v: number) => formatNumber(v),
  };
  // Everything the chart is drawn from (the code aside): kept between builds (svg-cache.ts).
  const inputs = { i, observations, plan: data.plan, year, lang };
  return keptSvg('report', inputs, () =>
    renderChartSvg(
      createElement(IndicatorChart, {
        points,
        target: i.target_value,
        targetMax: i.target_max,
        unit,
        title: name,
        description: FIGURES_UI[lang].chart.reportDescription(name, year),
        ...REPORT_CHART_SIZE,
        labels,
      }),
    ),
  );
}
