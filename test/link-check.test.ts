/** checkLinks on a hand-made site: each kind of broken link is caught, good ones pass. */
import { describe, expect, it } from 'vitest';
import { anchorsOf, checkLinks, urlPathOf } from '../scripts/lib/link-check.ts';

const site = (documents: Record<string, string>, others: string[] = []) => ({
  paths: new Set([...Object.keys(documents), ...others]),
  documents: new Map(Object.entries(documents)),
});
const ORIGIN = 'https://example.invalid';

describe('checkLinks', () => {
  it('checkLinks: relative, absolute and same-page links to existing files and anchors pass', () => {
    const s = site(
      {
        'index.html':
          '<a href="/a/">A</a><a href="a/#top">A top</a><a href="#here">here</a><p id="here"></p>' +
          '<link rel="stylesheet" href="/_astro/x.css"><script type="module" src="/_astro/y.js"></script>' +
          '<a href="https://example.invalid/a/?q=1&amp;r=2">abs</a><a href="https://other.example/x">ext</a>' +
          '<a href="mailto:x@tj.gov.cn">m</a>',
        'a/index.html': '<h1 id="top">A</h1><a href="../">home</a><form action="/a/"></form>',
      },
      ['_astro/x.css', '_astro/y.js'],
    );
    expect(checkLinks(s, { origin: ORIGIN })).toEqual([]);
  });

  it('checkLinks: a missing page, a missing anchor, a missing slash and a script URL are each reported', () => {
    const s = site({
      'index.html':
        '<a href="/nope/">x</a><a href="/a/#gone">y</a><a href="/a">z</a><a href="#self">s</a>' +
        '<img src="/pic.png" alt=""><a href="javascript:alert(1)">j</a>',
      'a/index.html': '<h1 id="top">A</h1>',
    });
    expect(checkLinks(s, { origin: ORIGIN })).toEqual([
      { page: 'index.html', link: '/nope/', problem: 'no such file: nope/index.html' },
      {
        page: 'index.html',
        link: '/a/#gone',
        problem: 'no element with id "gone" on a/index.html',
      },
      { page: 'index.html', link: '/a', problem: 'no such file: a (add the trailing slash)' },
      { page: 'index.html', link: '#self', problem: 'no element with id "self" on index.html' },
      { page: 'index.html', link: '/pic.png', problem: 'no such file: pic.png' },
      { page: 'index.html', link: 'javascript:alert(1)', problem: 'script or data URL' },
    ]);
  });

  it('checkLinks: under a base path, links must stay inside it; sitemap <loc> entries are checked', () => {
    const s = site({
      'index.html': '<a href="/plan/a/">in</a><a href="/a/">out</a>',
      'a/index.html': '',
      'sitemap.xml': '<urlset><url><loc>https://example.invalid/plan/gone/</loc></url></urlset>',
    });
    expect(checkLinks(s, { origin: ORIGIN, base: '/plan/' })).toEqual([
      { page: 'index.html', link: '/a/', problem: 'outside the base path /plan/' },
      {
        page: 'sitemap.xml',
        link: 'https://example.invalid/plan/gone/',
        problem: 'no such file: gone/index.html',
      },
    ]);
  });

  it('anchorsOf and urlPathOf: ids and names with entities; directory pages map to their URL', () => {
    expect([...anchorsOf('<h2 id="a&amp;b"></h2><a name="old"></a>')]).toEqual(['a&b', 'old']);
    expect(urlPathOf('en/indicators/I01/index.html')).toBe('/en/indicators/I01/');
    expect(urlPathOf('404.html')).toBe('/404.html');
  });
});
