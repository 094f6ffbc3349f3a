import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';
import { getUpdates, renderAtomFeed } from '../lib/updates.ts';
import { localePath, UI } from '../i18n/ui.ts';
import { buildContext } from '../lib/build-context.ts';

/**
 * The data updates as an Atom 1.0 feed (Chinese), the same entries as /updates/. Links are
 * absolute when SITE_URL says where the site lives, relative to the site otherwise.
 */
export const GET: APIRoute = async ({ site }) => {
  const [updates, { data, buildDate }] = await Promise.all([getUpdates(), getSite()]);
  const siteUrl = buildContext().siteUrl ? site : undefined;
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  const href = (p: string) => (siteUrl ? new URL(p, siteUrl).href : p);
  const selfHref = href(`${base}updates.xml`);
  const body = renderAtomFeed(updates, {
    title: `数据更新 - ${UI.zh.siteName}`,
    id: siteUrl ? selfHref : `urn:plan-tracker:${encodeURIComponent(data.plan.id)}:updates`,
    pageHref: href(localePath('zh', '/updates/')),
    selfHref,
    author: UI.zh.siteName,
    // No data commit: the date of the last commit (from git, never the clock), or a fixed epoch.
    fallbackUpdated: `${buildDate ?? '1970-01-01'}T00:00:00Z`,
  });
  return new Response(body, {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
