/**
 * Who may show the embeddable charts (/embed/…) in an <iframe>: the CSP frame-ancestors value
 * from site.csv's embed_origins ('self' when blank). frame-ancestors is ignored in a <meta> policy,
 * so it must be an HTTP header: the build writes it into dist/_headers (Netlify, Cloudflare Pages
 * and similar hosts) and into dist/embed/frame-ancestors.txt for an nginx set-up
 * (deploy/nginx.conf, deploy/README.md).
 */
import type { SiteIdentity } from './site-identity.ts';

/** The frame-ancestors sources for /embed/: always this site, plus the configured origins. */
export function embedFrameAncestors(identity: Pick<SiteIdentity, 'embed_origins'>): string {
  const listed = (identity.embed_origins ?? '').split(/\s+/).filter(Boolean);
  return ["'self'", ...listed.filter((o) => o !== "'self'")].join(' ');
}

/** A _headers file: /embed/ frameable by those sources, every other page by this site only. */
export function headersFile(base: string, frameAncestors: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    `${root}*`,
    `  Content-Security-Policy: frame-ancestors 'self'`,
    `  X-Frame-Options: SAMEORIGIN`,
    `${root}embed/*`,
    `  ! X-Frame-Options`,
    `  ! Content-Security-Policy`,
    `  Content-Security-Policy: frame-ancestors ${frameAncestors}`,
    '',
  ].join('\n');
}
