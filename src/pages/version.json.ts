import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';

/** What the wall display polls to notice a new deploy. */
export const GET: APIRoute = async () => {
  const { version, buildDate, summary } = await getSite();
  return new Response(
    `${JSON.stringify({ version, built: buildDate, data_as_of: summary.data_as_of })}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
};
