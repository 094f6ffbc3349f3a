import type { APIRoute } from 'astro';
import { getSite } from '../../lib/site.ts';
import { embedFrameAncestors } from '../../lib/embed-policy.ts';

/** The frame-ancestors value for /embed/ (site.csv embed_origins), for the server's header. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(`${embedFrameAncestors(site.identity)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
