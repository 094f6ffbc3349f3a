import type { APIRoute } from 'astro';
import { getSite } from '../lib/site.ts';
import { localePath, LANGS } from '../i18n/ui.ts';

/** Every page in both languages. */
export const GET: APIRoute = async ({ site: origin }) => {
  const { data, buildDate } = await getSite();
  const paths = [
    '/',
    '/indicators/',
    ...data.indicators.map((i) => `/indicators/${i.id}/`),
    '/programmes/',
    ...data.programmes.map((p) => `/programmes/${p.id}/`),
    '/platforms/',
    ...data.platforms.map((p) => `/platforms/${p.id}/`),
    '/key-items/',
    '/methodology/',
    '/data/',
    '/about/',
    '/updates/',
    '/reporting/',
    '/reports/',
  ];
  const base = origin ?? new URL('https://example.invalid/');
  const urls = LANGS.flatMap((lang) => paths.map((p) => new URL(localePath(lang, p), base).href));
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((u) => `  <url><loc>${u}</loc>${buildDate ? `<lastmod>${buildDate}</lastmod>` : ''}</url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
