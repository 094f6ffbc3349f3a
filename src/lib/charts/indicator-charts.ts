/**
 * Each indicator's chart, rendered once per indicator and language and reused by everything that
 * shows it: the indicator page, the embed page, the SVG and PNG downloads and the card image
 * (og:image). Rendering in the happy-dom shim costs ~20 ms a chart, so the results are memoised
 * for the build (one process renders every page and endpoint).
 */
import { createElement } from 'react';
import IndicatorChart from '../../components/charts/IndicatorChart.tsx';
import { LANGS, type Lang } from '../../i18n/ui.ts';
import { indicatorSpec, observationsById, periodOf } from '../assessments.ts';
import { formatNumber, isPercentSign } from '../format.ts';
import { chartSeries, type SeriesPoint } from '../series.ts';
import type { SiteModel } from '../site.ts';
import { chartLabels, indicatorView } from '../view.ts';
import { chartImageSvg, svgToPngs } from './chart-image.ts';
import { pointTitle } from './chart-text.ts';
import { renderChartSvg } from './render-svg.ts';
import { keptSvg } from './svg-cache.ts';
import { smallMultipleSvg } from './small-multiple.ts';
import { chartUi } from '../../i18n/charts.ts';

export interface IndicatorChart {
  /** The chart's own SVG (as on the page). */
  svg: string;
  /** The same chart drawn for a phone (360 × 300, fewer ticks), shown below 34rem. */
  narrow: string;
  title: string;
  description: string;
  /** The framed, self-contained SVG people download (title, unit, source, 数据截至). */
  image: string;
}

const charts = new Map<string, Promise<IndicatorChart>>();
const pngs = new Map<string, Promise<Uint8Array>>();

/** The series a chart of indicator `id` draws. */
export function indicatorPoints(site: SiteModel, id: string): SeriesPoint[] {
  const i = site.data.indicators.find((x) => x.id === id)!;
  return chartSeries(
    indicatorSpec(i),
    observationsById(site.data).get(i.id) ?? [],
    periodOf(site.data),
  );
}

/** The words of a chart image's frame: title, unit and target, source, 数据截至, sample notice. */
export function imageText(site: SiteModel, id: string, lang: Lang) {
  const ui = chartUi(lang);
  const { data, assessed, summary } = site;
  const i = data.indicators.find((x) => x.id === id)!;
  const view = indicatorView(i, assessed.indicators.get(id), lang, data.plan.end_year);
  const footer = [ui.imageSource(data.plan, i), ui.imageAsOf(summary.data_as_of, view.statusLabel)];
  if (!site.official) footer.push(ui.imageSample);
  return {
    title: view.name,
    subtitle: ui.imageSubtitle(view.unit, data.plan.end_year, view.targetText),
    footer,
  };
}

export function indicatorChart(site: SiteModel, id: string, lang: Lang): Promise<IndicatorChart> {
  const key = `${id}|${lang}`;
  let chart = charts.get(key);
  if (!chart) {
    chart = renderIndicatorChart(site, id, lang);
    charts.set(key, chart);
  }
  return chart;
}

async function renderIndicatorChart(
  site: SiteModel,
  id: string,
  lang: Lang,
): Promise<IndicatorChart> {
  const ui = chartUi(lang);
  const { data, assessed } = site;
  const plan = data.plan;
  const i = data.indicators.find((x) => x.id === id)!;
  const view = indicatorView(i, assessed.indicators.get(id), lang, plan.end_year);
  const unit = view.unit;
  const name = view.name;
  const title = ui.chartTitle(name);
  const description = ui.chartDescription(name, plan.end_year, view.targetText);
  const props = {
    points: indicatorPoints(site, id),
    target: i.target_value,
    targetMax: i.target_max,
    unit,
    title,
    description,
    labels: chartLabels(lang, view.targetText),
  };
  // Everything the two charts are drawn from (the code aside): kept between builds (svg-cache.ts).
  const inputs = { i, observations: site.observations.get(id) ?? [], plan, lang };
  const svg = await keptSvg('indicator', inputs, () =>
    renderChartSvg(createElement(IndicatorChart, props)),
  );
  const narrow = await keptSvg('indicator-narrow', inputs, () =>
    renderChartSvg(
      // Short tick labels on a phone: bare years, numbers without the unit (it heads the axis).
      createElement(IndicatorChart, {
        ...props,
        width: 360,
        height: 300,
        labels: {
          ...props.labels,
          year: (y: number) => String(y),
          value: narrowValue(i.unit_zh),
          // Marker tooltips keep the full wording of the wide chart.
          point: (p) => pointTitle({ ...props.labels, provisional: ui.provisionalWord }, '', p),
        },
      }),
    ),
  );
  return { svg, narrow, title, description, image: chartImageSvg(svg, imageText(site, id, lang)) };
}

const narrowValue = (unitZh: string) => (v: number) =>
  isPercentSign(unitZh) ? `${formatNumber(v)}%` : formatNumber(v);

/** PNG downloads drawn together: this many at a time, on worker threads (png-workers.ts). */
const PNG_BATCH = 8;

/**
 * The framed chart as PNG at 2× (print). Asked for one download, it draws the next few in route
 * order with it (svgToPngs, on all cores), and hands each out once: a build never holds more
 * than one batch of PNGs in memory.
 */
export function indicatorPng(site: SiteModel, id: string, lang: Lang): Promise<Uint8Array> {
  const key = imageFileId(id, lang);
  if (!pngs.has(key)) {
    const order = imageStaticPaths(site).map((p) => p.params.id);
    const start = order.indexOf(key);
    const batch = [key, ...order.slice(start + 1).filter((k) => k !== key && !pngs.has(k))].slice(
      0,
      PNG_BATCH,
    );
    const drawn = Promise.all(
      batch.map(async (k) => {
        const { id: bid, lang: blang } = parseImageFileId(k);
        return (await indicatorChart(site, bid, blang)).image;
      }),
    ).then((svgs) => svgToPngs(svgs, 2));
    batch.forEach((k, i) =>
      pngs.set(
        k,
        drawn.then((all) => all[i]!),
      ),
    );
  }
  const png = pngs.get(key)!;
  pngs.delete(key);
  return png;
}

/** An indicator's small multiple (plain SVG), coloured by its status class. */
export function indicatorSmallMultiple(
  site: SiteModel,
  id: string,
  label: string,
  size?: { width: number; height: number },
): string {
  const i = site.data.indicators.find((x) => x.id === id)!;
  const status = site.assessed.indicators.get(id)?.assessment.status ?? 'no-data';
  return smallMultipleSvg(indicatorPoints(site, id), i.target_value, {
    label,
    className: `sm--${status}`,
    ...size,
  });
}

/** Download file names: I01.png (Chinese) and I01-en.png (English). */
export const imageFileId = (id: string, lang: Lang) => `${id}${chartUi(lang).fileSuffix}`;

/** The indicator and language a download's file id names. */
export function parseImageFileId(fileId: string): { id: string; lang: Lang } {
  return fileId.endsWith('-en')
    ? { id: fileId.slice(0, -3), lang: 'en' }
    : { id: fileId, lang: 'zh' };
}

/** Static paths of the per-indicator image downloads (PNG and SVG alike): one per indicator and language. */
export function imageStaticPaths(site: SiteModel) {
  return LANGS.flatMap((lang) =>
    site.data.indicators.map((i) => ({ params: { id: imageFileId(i.id, lang) } })),
  );
}
