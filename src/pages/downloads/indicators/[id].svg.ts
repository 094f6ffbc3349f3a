import type { APIRoute } from 'astro';
import { getSite } from '../../../lib/site.ts';
import {
  imageStaticPaths,
  indicatorChart,
  parseImageFileId,
} from '../../../lib/charts/indicator-charts.ts';

/** Each indicator's chart as a self-contained SVG (title, unit, source, 数据截至): I01.svg, I01-en.svg. */
export async function getStaticPaths() {
  return imageStaticPaths(await getSite());
}

export const GET: APIRoute = async ({ params }) => {
  const { id, lang } = parseImageFileId(params.id!);
  const chart = await indicatorChart(await getSite(), id, lang);
  return new Response(chart.image, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
