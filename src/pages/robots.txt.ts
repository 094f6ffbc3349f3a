import type { APIRoute } from 'astro';
import { getDataset } from '../lib/data/dataset.ts';

/** While the plan is a draft nothing may be indexed (the pages also carry noindex). */
export const GET: APIRoute = async ({ site }) => {
  const { data } = await getDataset();
  const closed = data.plan.status === 'draft';
  const body = closed
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n${site ? `Sitemap: ${new URL('sitemap.xml', site).href}\n` : ''}`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
