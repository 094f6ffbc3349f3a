/**
 * `npm run check:site [-- --dir dist] [--no-browser]`: the site-level checks of the data gate on a
 * built site. They hold for any valid data: no personal data, no broken internal link or anchor,
 * one strict Content-Security-Policy per page, HTML and JavaScript within their byte budgets, and
 * (with Chromium) no axe WCAG 2.1 AA violation on one page of every kind, zh and en.
 * Exit 0: all hold. Exit 1: a problem (each printed, located). Exit 2: no built site.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runSiteChecks } from './lib/site-checks-run.ts';

let values: { dir?: string; 'no-browser'?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      dir: { type: 'string' },
      'no-browser': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`参数有误：${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
if (values.help) {
  console.log('用法：npm run check:site [-- --dir dist] [--no-browser]');
  process.exit(0);
}
const dir = path.resolve(values.dir ?? process.env.PLAN_OUT_DIR ?? 'dist');
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(
    `找不到生成的网站：${dir}/index.html 不存在。\n改法：先运行 npm run build。\n(en: no built site at ${dir})`,
  );
  process.exit(2);
}
const report = await runSiteChecks(dir, {
  base: process.env.BASE_PATH || '/',
  browser: !values['no-browser'],
});
for (const line of report.lines) console.log(line);
process.exit(report.ok ? 0 : 1);
