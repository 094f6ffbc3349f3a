/**
 * Link check over a built site: every internal link, script, stylesheet, image and form target
 * must exist, and every `#fragment` must name an element on the target page. External links are
 * not fetched (the site makes no third-party request; links to official sources are the data's).
 * Pure: the caller passes the site's files.
 */

export interface LinkProblem {
  /** The page that carries the link, e.g. `en/indicators/I01/index.html`. */
  page: string;
  /** The link as written (decoded from HTML). */
  link: string;
  problem: string;
}

export interface SiteFiles {
  /** Every file path in the site (forward slashes, no leading slash). */
  paths: Set<string>;
  /** The text of each HTML or XML file to check, keyed by path. */
  documents: Map<string, string>;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
        )
      : (ENTITY[e.toLowerCase()] ?? m),
  );

/** Attribute values that point somewhere, per tag; `<loc>` and Atom `<link href>` in XML too. */
const LINK_ATTR =
  /<(a|link|script|img|source|form|iframe|use)\b[^>]*?\s(href|src|action)="([^"]*)"/gi;
const XML_LOC = /<loc>([^<]*)<\/loc>/g;
const ID_ATTR = /\s(?:id|name)="([^"]*)"/g;

/** The ids (and `name`s) on a page: the anchors a `#fragment` may point at. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(ID_ATTR)) ids.add(decode(m[1] ?? ''));
  return ids;
}

/** `indicators/I01/index.html` → `/indicators/I01/`; `404.html` → `/404.html`. */
export function urlPathOf(file: string): string {
  return file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * Every broken internal link of the site. `origin` is the address absolute links to the site itself
 * start with (SITE_URL), `base` the base path the site is served under.
 */
export function checkLinks(site: SiteFiles, options: { origin: string; base?: string }) {
  const base = options.base ?? '/';
  const problems: LinkProblem[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let found = anchorCache.get(file);
    if (!found) {
      found = anchorsOf(site.documents.get(file) ?? '');
      anchorCache.set(file, found);
    }
    return found;
  };

  for (const [page, text] of site.documents) {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${urlPathOf(page)}`, options.origin);
    const links = [
      ...[...text.matchAll(LINK_ATTR)].map((m) => decode(m[3] ?? '')),
      ...[...text.matchAll(XML_LOC)].map((m) => decode(m[1] ?? '')),
    ];
    for (const link of links) {
      if (/^(mailto|tel|javascript|data):/i.test(link)) {
        if (/^(javascript|data):/i.test(link))
          problems.push({ page, link, problem: 'script or data URL' });
        continue;
      }
      let target: URL;
      try {
        target = new URL(link, pageUrl);
      } catch {
        problems.push({ page, link, problem: 'not a valid address' });
        continue;
      }
      if (target.origin !== pageUrl.origin) continue;
      let pathname = decodeURIComponent(target.pathname);
      if (!pathname.startsWith(base)) {
        problems.push({ page, link, problem: `outside the base path ${base}` });
        continue;
      }
      pathname = pathname.slice(base.length);
      const file = pathname === '' || pathname.endsWith('/') ? `${pathname}index.html` : pathname;
      if (!site.paths.has(file)) {
        const hint = site.paths.has(`${pathname}/index.html`) ? ' (add the trailing slash)' : '';
        problems.push({ page, link, problem: `no such file: ${file}${hint}` });
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && file.endsWith('.html') && !anchors(file).has(fragment))
        problems.push({ page, link, problem: `no element with id "${fragment}" on ${file}` });
    }
  }
  return problems;
}
