/**
 * `npm run report:pdf -- <year> [--lang en] [--out file.pdf]`: the monitoring report of <year>
 * as an A4 PDF. Builds the site from $PLAN_DATA_DIR (default data/) into a scratch folder without
 * its own PDFs, serves it on 127.0.0.1 and prints /reports/<year>/ with headless Chromium
 * (scripts/lib/report-print.ts, as the build does). dist/ is not touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printPdfs } from './lib/report-print.ts';
import { reportArgs } from './lib/report-args.ts';

const { year, lang, out } = reportArgs(process.argv.slice(2), 'pdf');

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-report-'));
const site = path.join(scratch, 'site');
try {
  // The site's own PDFs are not needed here (PLAN_PDF=0), but its pages then link only the Word
  // file: the printed page hides the download links anyway.
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    env: { ...process.env, PLAN_OUT_DIR: site, PLAN_PDF: '0', BASE_PATH: '/' },
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stderr.write(build.stderr);
    process.exit(1);
  }
  const page = `${lang === 'en' ? 'en/' : ''}reports/${year}/`;
  if (!existsSync(path.join(site, page, 'index.html'))) {
    console.error(
      `没有 ${year} 年的报告：报告只为有数据的规划年份和当前年份生成。(en: no report for ${year})`,
    );
    process.exit(1);
  }
  await printPdfs(site, [{ page, out }]);
  console.log(
    `报告已生成：${path.relative(process.cwd(), out)}（${year} 年，${lang === 'en' ? 'English' : '中文'}）`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
