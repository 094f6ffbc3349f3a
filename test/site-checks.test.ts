/** The data gate's static site checks on hand-made sites: each kind of problem is caught. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUDGETS, pagesToOpen, staticChecks } from '../scripts/lib/site-checks.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-site-checks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const GOOD_CSP = `default-src 'none';img-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'`;
const page = (body: string, csp = GOOD_CSP) =>
  `<!doctype html><html lang="zh-CN"><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

function site(name: string, files: Record<string, string | Buffer>): string {
  const dir = path.join(scratch, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('staticChecks', () => {
  it('staticChecks: a clean site has no problem', () => {
    const dir = site('clean', {
      'index.html': page(
        '<p id="top"></p><a href="/about/">关于</a><script type="module" src="/_astro/a.js"></script>',
      ),
      'about/index.html': page('<a href="/#top">首页</a>'),
      '_astro/a.js': 'console.log(1)',
    });
    expect(staticChecks(dir)).toEqual({ pages: 2, problems: [] });
  });

  it('staticChecks: a weak or missing policy, a broken link, a phone number and an over-budget script are each reported', () => {
    const dir = site('broken', {
      'index.html': page(
        '<a href="/missing/">缺</a> 联系 13812345678 <script src="/_astro/big.js"></script>',
        `default-src 'none'; script-src 'self' 'unsafe-inline' https://cdn.example.com`,
      ),
      'about/index.html': '<!doctype html><html><body>no policy</body></html>',
      // Random bytes do not compress: this is over the page JavaScript budget as served.
      '_astro/big.js': randomBytes(BUDGETS.pageJsGzip + 1024),
    });
    const { problems } = staticChecks(dir);
    const shown = problems.map((p) => `${p.check} ${p.where}: ${p.problem}`);
    expect(shown).toContainEqual(
      expect.stringMatching(/^privacy index\.html: 疑似手机号码：138\*+78/),
    );
    expect(shown).toContain('links index.html: /missing/ — no such file: missing/index.html');
    expect(shown).toContain("csp index.html: allows 'unsafe-inline'");
    expect(shown).toContain('csp index.html: allows another origin: https://cdn.example.com');
    expect(shown).toContain(
      'csp about/index.html: 0 Content-Security-Policy <meta> (expected exactly 1)',
    );
    expect(shown).toContainEqual(
      expect.stringMatching(
        /^budget index\.html: loads 2\d\.\d KB gzip of JavaScript, over the 20 KB budget$/,
      ),
    );
  });
});

describe('pagesToOpen', () => {
  it('pagesToOpen: one page of each kind and language; items of one list stand for each other', () => {
    expect(
      pagesToOpen([
        'index.html',
        'en/index.html',
        'indicators/index.html',
        'indicators/I01/index.html',
        'indicators/I02/index.html',
        'en/indicators/I01/index.html',
        'reports/2026/index.html',
        'reports/2027/index.html',
        '404.html',
      ]),
    ).toEqual([
      '/',
      '/en/',
      '/en/indicators/I01/',
      '/indicators/',
      '/indicators/I01/',
      '/reports/2026/',
    ]);
  });
});
