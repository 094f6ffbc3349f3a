import { indicatorPng } from '../../../lib/charts/indicator-charts.ts';
import { chartRoute } from './_chart-route.ts';

/** Each indicator's chart as PNG at 2× for print, rendered at build time: I01.png, I01-en.png. */
const route = chartRoute(
  async (site, id, lang) => new Uint8Array(await indicatorPng(site, id, lang)),
  'image/png',
);
export const getStaticPaths = route.getStaticPaths;
export const GET = route.GET;
