import { indicatorChart } from '../../../lib/charts/indicator-charts.ts';
import { chartRoute } from './_chart-route.ts';

/** Each indicator's chart as a self-contained SVG (title, unit, source, 数据截至): I01.svg, I01-en.svg. */
const route = chartRoute(
  async (site, id, lang) => (await indicatorChart(site, id, lang)).image,
  'image/svg+xml; charset=utf-8',
);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
