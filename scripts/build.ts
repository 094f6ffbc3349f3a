/**
 * `npm run build`: validate the data, then build the site with Astro into a scratch folder and
 * swap it into dist/ only when everything succeeded. Bad data → every problem printed in
 * Chinese, exit 1, dist/ untouched. No half-built site is ever left behind.
 */
import { rm, rename, mkdir, stat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { runCheckData } from '../src/lib/data/check-command.ts';
import { formatPrivacyFindings, scanForPersonalData } from '../src/lib/privacy-scan.ts';
import { allowedEmailsOf, readSiteTextFiles } from './lib/site-files.ts';
import { printPdfs, reportPrintJobs } from './lib/report-print.ts';
import { reportPdfEnabled } from '../src/lib/report/files.ts';
import { headersFile } from '../src/lib/embed-policy.ts';

// No usage data leaves the build machine.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Astro inlines process.env into import.meta.env: a BASE_URL, MODE or DEV left in the environment
// (a test runner sets them, so may a CI job) would override the base path BASE_PATH configures.
for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'SITE', 'ASSETS_PREFIX'])
  delete process.env[name];
const root = process.cwd();
const quiet: string[] = [];
const code = await runCheckData({
  env: process.env,
  cwd: root,
  out: (line) => quiet.push(line),
  err: (line) => console.error(line),
});
if (code !== 0) {
  console.error(
    `\n构建已停止：${process.env.PLAN_OUT_DIR || 'dist'}/ 没有被改动。(en: build aborted, output left untouched)`,
  );
  process.exit(code);
}
console.log(quiet[0]);

const PAGEFIND_UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];
const scratch = path.join(root, '.build-tmp', `dist-${process.pid}`);
const outDir = path.resolve(root, process.env.PLAN_OUT_DIR || 'dist');
const shownOut = path.relative(root, outDir) || '.';
await rm(scratch, { recursive: true, force: true });
await mkdir(path.dirname(scratch), { recursive: true });
try {
  await build({
    root,
    outDir: scratch,
    logLevel: process.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
  });
} catch (error) {
  await rm(scratch, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `构建失败，${shownOut}/ 没有被改动：${message}\n(en: astro build failed; output left untouched)`,
  );
  process.exit(1);
}

// The reports as PDF, beside each report page, where Chromium is present (the pages link to them
// on the same condition, reportPdfEnabled); PLAN_PDF=0 skips them. Without Chromium the build
// publishes the Word files only.
if (reportPdfEnabled()) {
  const started = Date.now();
  const jobs = reportPrintJobs(scratch);
  try {
    // version.json holds the site's build date (the data's last commit), as every page shows it.
    const { built } = JSON.parse(await readFile(path.join(scratch, 'version.json'), 'utf8')) as {
      built: string | null;
    };
    await printPdfs(scratch, jobs, process.env.BASE_PATH || '/', built);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      `报告 PDF 生成失败，${shownOut}/ 没有被改动：${message}\n如本机不能运行 Chromium，可设置 PLAN_PDF=0 只生成 Word 版。(en: report PDFs failed; set PLAN_PDF=0 to skip them)`,
    );
    process.exit(1);
  }
  console.log(`报告 PDF：${jobs.length} 份，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
}

// Search index (Pagefind): Chinese and English indexes from each page's <html lang>.
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const added = await index.addDirectory({ path: scratch });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  await index.writeFiles({ outputPath: path.join(scratch, 'pagefind') });
  // The site uses Pagefind's JavaScript API with its own search form: its prebuilt UI bundles are
  // never loaded, so they are not published.
  for (const unused of PAGEFIND_UNUSED)
    await rm(path.join(scratch, 'pagefind', unused), { force: true });
} catch (error) {
  await rm(scratch, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  console.error(
    `搜索索引生成失败，${shownOut}/ 没有被改动：${message}\n(en: pagefind failed; output left untouched)`,
  );
  process.exit(1);
} finally {
  await pagefind.close();
}

// frame-ancestors for the embeddable charts: an HTTP header only (a <meta> policy cannot say it).
// dist/_headers for hosts that read one (Netlify, Cloudflare Pages …); nginx: deploy/README.md.
const ancestors = (
  await readFile(path.join(scratch, 'embed', 'frame-ancestors.txt'), 'utf8').catch(() => "'self'")
).trim();
await writeFile(
  path.join(scratch, '_headers'),
  headersFile(process.env.BASE_PATH || '/', ancestors),
);

// Privacy: nothing that looks like a mobile number, a personal e-mail or an ID number is published
// (the allow-list and site.csv's official feedback_email excepted).
const findings = scanForPersonalData(readSiteTextFiles(scratch), allowedEmailsOf(scratch));
if (findings.length) {
  await rm(scratch, { recursive: true, force: true });
  for (const line of formatPrivacyFindings(findings, shownOut)) console.error(line);
  console.error(
    `\n构建已停止：${shownOut}/ 没有被改动。(en: build aborted, output left untouched)`,
  );
  process.exit(1);
}

const old = path.join(root, '.build-tmp', `old-${process.pid}`);
const exists = await stat(outDir).then(
  () => true,
  () => false,
);
if (exists) await rename(outDir, old);
// PLAN_OUT_DIR may name a column folder inside a portal's tree (…/zwgk/sswgh) not made yet.
await mkdir(path.dirname(outDir), { recursive: true });
await rename(scratch, outDir);
await rm(old, { recursive: true, force: true });
console.log(`网站已生成：${shownOut}/（数据目录 ${process.env.PLAN_DATA_DIR || 'data'}）`);
