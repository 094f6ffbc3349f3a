/**
 * `npm run report:pdf -- <year> [--lang en] [--out file.pdf]`: the annual monitoring report of
 * <year> as an A4 PDF. Builds the site from $PLAN_DATA_DIR (default data/) into a scratch folder,
 * serves it on 127.0.0.1 and prints /reports/<year>/ with headless Chromium (vector charts, page
 * numbers from the print stylesheet). dist/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts';

const args = process.argv.slice(2);
const year = args.find((a) => /^\d{4}$/.test(a));
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = flag('--lang') === 'en' ? 'en' : 'zh';
if (!year) {
  console.error(
    '用法：npm run report:pdf -- <年份> [--lang en] [--out 文件.pdf]，例如 npm run report:pdf -- 2027',
  );
  process.exit(2);
}
const out = path.resolve(flag('--out') ?? `report-${year}${lang === 'en' ? '-en' : ''}.pdf`);

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-report-'));
const site = path.join(scratch, 'site');
try {
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, PLAN_OUT_DIR: site },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stderr.write(build.stderr);
    process.exit(1);
  }
  const page = path.join(site, lang === 'en' ? 'en' : '', 'reports', year, 'index.html');
  if (!existsSync(page)) {
    console.error(
      `没有 ${year} 年的报告：报告只为有数据的规划年份和当前年份生成。(en: no report for ${year})`,
    );
    process.exit(1);
  }
  const server = await serveStatic(site);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}${lang === 'en' ? 'en/' : ''}reports/${year}/`, {
      waitUntil: 'load',
    });
    await tab.emulateMedia({ media: 'print' });
    await tab.pdf({
      path: out,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      outline: true,
      tagged: true,
    });
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(
    `报告已生成：${path.relative(process.cwd(), out)}（${year} 年，${lang === 'en' ? 'English' : '中文'}）`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
