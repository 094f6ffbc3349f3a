import { describe, expect, it } from 'vitest';
import { embedFrameAncestors, headersFile } from '../src/lib/embed-policy.ts';
import { SiteRowSchema } from '../src/schemas/site.ts';

describe('who may embed the charts', () => {
  it('embed-policy: without embed_origins only this site may frame /embed/', () => {
    expect(embedFrameAncestors({ embed_origins: null })).toBe("'self'");
  });

  it('embed-policy: the agency’s portals are added after this site, without repeating it', () => {
    expect(
      embedFrameAncestors({
        embed_origins: "https://www.tjmpa.gov.cn 'self' https://www.tj.gov.cn",
      }),
    ).toBe("'self' https://www.tjmpa.gov.cn https://www.tj.gov.cn");
  });

  it('embed-policy: _headers frames /embed/ by those sites and every other page by this site only', () => {
    const text = headersFile('/zwgk/sswgh/', "'self' https://www.tj.gov.cn");
    expect(text).toContain("/zwgk/sswgh/*\n  Content-Security-Policy: frame-ancestors 'self'\n");
    expect(text).toContain(
      "/zwgk/sswgh/embed/*\n  ! X-Frame-Options\n  ! Content-Security-Policy\n  Content-Security-Policy: frame-ancestors 'self' https://www.tj.gov.cn\n",
    );
  });

  it('site.csv: embed_origins takes https origins separated by spaces, and refuses a path or http', () => {
    const ok = (value: string) => SiteRowSchema.safeParse({ key: 'embed_origins', value }).success;
    expect(ok("'self' https://www.tj.gov.cn https://portal.example.gov.cn:8443")).toBe(true);
    expect(ok('https://www.tj.gov.cn/zwgk/')).toBe(false);
    expect(ok('http://www.tj.gov.cn')).toBe(false);
    expect(ok('https://a.gov.cn,https://b.gov.cn')).toBe(false);
  });
});
