/**
 * The chart image downloads (PNG, SVG): one file per indicator and language (I01.png,
 * I01-en.svg), rendered at build time. Files under pages/ starting with _ are not routes.
 */
import type { APIRoute } from 'astro';
import { getSite, type SiteModel } from '../../../lib/site.ts';
import { imageStaticPaths, parseImageFileId } from '../../../lib/charts/indicator-charts.ts';
import type { Lang } from '../../../i18n/ui.ts';

export function chartRoute(
  render: (site: SiteModel, id: string, lang: Lang) => Promise<BodyInit>,
  contentType: string,
) {
  const GET: APIRoute = async ({ params }) => {
    const { id, lang } = parseImageFileId(params.id!);
    const body = await render(await getSite(), id, lang);
    return new Response(body, { headers: { 'Content-Type': contentType } });
  };
  return { getStaticPaths: async () => imageStaticPaths(await getSite()), GET };
}
