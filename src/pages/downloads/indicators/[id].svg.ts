import type { APIRoute } from 'astro';
import { getSite } from '../../../lib/site.ts';
import { LANGS } from '../../../i18n/ui.ts';
import {
  imageFileId,
  indicatorChart,
  parseImageFileId,
} from '../../../lib/charts/indicator-charts.ts';

/** Each indicator's chart as a self-contained SVG (title, unit, source, 数据截至): I01.svg, I01-en.svg. */
export async function getStaticPaths() {
  const { data } = await getSite();
  return LANGS.flatMap((lang) =>
    data.indicators.map((i) => ({ params: { id: imageFileId(i.id, lang) } })),
  );
}

export const GET: APIRoute = async ({ params }) => {
  const { id, lang } = parseImageFileId(params.id!);
  const chart = await indicatorChart(await getSite(), id, lang);
  return new Response(chart.image, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
