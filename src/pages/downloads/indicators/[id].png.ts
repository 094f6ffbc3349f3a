import type { APIRoute } from 'astro';
import { getSite } from '../../../lib/site.ts';
import {
  imageStaticPaths,
  indicatorPng,
  parseImageFileId,
} from '../../../lib/charts/indicator-charts.ts';

/** Each indicator's chart as PNG at 2× for print, rendered at build time: I01.png, I01-en.png. */
export async function getStaticPaths() {
  return imageStaticPaths(await getSite());
}

export const GET: APIRoute = async ({ params }) => {
  const { id, lang } = parseImageFileId(params.id!);
  const png = await indicatorPng(await getSite(), id, lang);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
