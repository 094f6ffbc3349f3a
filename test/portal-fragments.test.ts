/** The portal's header and footer fragments: what would break the CSP is refused, located. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { portalFragmentIssues } from '../src/lib/portal-fragments.ts';
import { runCheckData } from '../src/lib/data/check-command.ts';
import { materialise } from './helpers/fixtures.ts';

describe('portalFragmentIssues', () => {
  it('portalFragmentIssues: plain markup with links to the portal and a stylesheet of the site is fine', () => {
    const html =
      '<nav><a href="https://www.example.gov.cn/">首页</a><a href="/zwgk/">政务公开</a></nav>\n<link rel="stylesheet" href="/zwgk/sswgh/portal/portal.css">\n<img src="/zwgk/sswgh/portal/logo.png" alt="门户">';
    expect(portalFragmentIssues(html, 'data/portal/header.html')).toEqual([]);
  });

  it('portalFragmentIssues: script, inline style, handler, foreign image and iframe, each on its line', () => {
    const html = [
      '<div>',
      '<script src="/a.js"></script>',
      '<p style="color:red">x</p>',
      '<a href="/" onclick="go()">x</a>',
      '<img src="https://cdn.example.com/logo.png" alt="">',
      '<iframe src="/x"></iframe>',
    ].join('\n');
    const issues = portalFragmentIssues(html, 'data/portal/header.html');
    expect(issues.map((i) => [i.line, i.en])).toEqual([
      [2, 'no <script> in a portal fragment'],
      [3, 'no inline style in a portal fragment'],
      [4, 'no inline event handler in a portal fragment'],
      [5, 'no resource from another origin in a portal fragment'],
      [6, 'no iframe or off-site form in a portal fragment'],
    ]);
    for (const i of issues) expect(i.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('check:data: a fragment with a script fails with a located Chinese message', async () => {
    const data = materialise();
    mkdirSync(path.join(data.dir, 'portal'));
    writeFileSync(
      path.join(data.dir, 'portal/footer.html'),
      '<p>x</p>\n<script>alert(1)</script>\n',
    );
    const err: string[] = [];
    const code = await runCheckData({
      env: { PLAN_DATA_DIR: data.dir },
      cwd: path.dirname(data.dir),
      out: () => {},
      err: (l) => err.push(l),
    });
    data.cleanup();
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/portal\/footer\.html:2/);
    expect(err.join('\n')).toContain('片段里有 <script> 脚本。');
  });
});
