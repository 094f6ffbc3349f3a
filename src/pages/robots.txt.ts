import type { APIRoute } from 'astro';
import { getDataset } from '../lib/data/dataset.ts';

/** While the plan is a draft (or the data is not official) nothing may be indexed. */
export const GET: APIRoute = async ({ site }) => {
  const { data, official } = await getDataset();
  const closed = data.plan.status === 'draft' || !official;
  const body = closed
    ? 'User-agent: *\nDisallow: /\n'
    : `User-agent: *\nAllow: /\n${site ? `Sitemap: ${new URL('sitemap.xml', site).href}\n` : ''}`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
