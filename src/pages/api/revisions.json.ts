import type { APIRoute } from 'astro';
import { getRevisions } from '../../lib/revisions-git.ts';

/** api/revisions.json: every published version of every figure and deliverable, from git. */
export const GET: APIRoute = () => {
  const r = getRevisions();
  const body = {
    available: r.available,
    unavailable_reason: r.available ? null : r.reason,
    shallow: r.shallow,
    since: r.since,
    commits: r.commits,
    figures: r.figures,
    deliverables: r.deliverables,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
