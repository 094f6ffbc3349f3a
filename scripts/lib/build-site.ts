/**
 * The build as a function: validate the data, build the site with Astro into a scratch folder,
 * print the report PDFs, index it for search, write the headers file, scan it for personal data,
 * and swap it into the output folder only when every step succeeded. Bad data → every problem
 * printed in Chinese, exit code 1, the output folder untouched: no half-built site is ever left.
 *
 * Everything it reads about the world comes in `context` (src/lib/build-context.ts); everything it
 * says goes to `effects`. It returns the exit code and never exits the process.
 */
import { rm, rename, mkdir, stat, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'astro';
import * as pagefind from 'pagefind';
import { runCheckData } from '../../src/lib/data/check-command.ts';
import { formatPrivacyFindings, scanForPersonalData } from '../../src/lib/privacy-scan.ts';
import { allowedEmailsOf, readSiteTextFiles } from './site-files.ts';
import { printPdfs, reportPrintJobs } from './report-print.ts';
import { reportPdfEnabled } from '../../src/lib/report/files.ts';
import { headersFile } from '../../src/lib/embed-policy.ts';
import { setBuildContext, type BuildContext } from '../../src/lib/build-context.ts';
import { pruneChartCache } from '../../src/lib/charts/cache-files.ts';

/** Pagefind's prebuilt UI bundles: the site uses its JavaScript API with its own form. */
const PAGEFIND_UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

export interface BuildEffects {
  /** Progress and the result, one line at a time (stdout in the CLI). */
  out: (line: string) => void;
  /** Problems, one line at a time (stderr in the CLI). */
  err: (line: string) => void;
}

/** Build the site `context` describes; 0 when the output folder was replaced, 1 otherwise. */
export async function buildSite(
  context: BuildContext,
  { out, err }: BuildEffects,
): Promise<number> {
  setBuildContext(context);
  const root = context.cwd;
  const quiet: string[] = [];
  let dataset: BuildContext['dataset'];
  const code = await runCheckData({
    env: context.env,
    cwd: root,
    out: (line) => quiet.push(line),
    err,
    onValid: (data) => (dataset = data),
  });
  if (code !== 0) {
    err(
      `\n构建已停止：${context.env.PLAN_OUT_DIR || 'dist'}/ 没有被改动。(en: build aborted, output left untouched)`,
    );
    return code;
  }
  if (quiet[0]) out(quiet[0]);
  // Validated once: the pages render from this dataset (src/lib/data/dataset.ts).
  setBuildContext({ ...context, dataset });

  const scratch = path.join(root, '.build-tmp', `dist-${process.pid}`);
  const outDir = path.resolve(root, context.env.PLAN_OUT_DIR || 'dist');
  const shownOut = path.relative(root, outDir) || '.';
  await rm(scratch, { recursive: true, force: true });
  await mkdir(path.dirname(scratch), { recursive: true });
  try {
    await build({
      root,
      outDir: scratch,
      logLevel: context.env.ASTRO_LOG_LEVEL === 'info' ? 'info' : 'warn',
    });
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    err(
      `构建失败，${shownOut}/ 没有被改动：${message}\n(en: astro build failed; output left untouched)`,
    );
    return 1;
  }

  // The reports as PDF, beside each report page, where Chromium is present (the pages link to them
  // on the same condition, reportPdfEnabled); PLAN_PDF=0 skips them. Without Chromium the build
  // publishes the Word files only.
  if (reportPdfEnabled(context)) {
    const started = Date.now();
    const jobs = reportPrintJobs(scratch);
    try {
      // version.json holds the site's build date (the data's last commit), as every page shows it.
      const { built } = JSON.parse(await readFile(path.join(scratch, 'version.json'), 'utf8')) as {
        built: string | null;
      };
      await printPdfs(scratch, jobs, context.env.BASE_PATH || '/', built);
    } catch (error) {
      await rm(scratch, { recursive: true, force: true });
      const message = error instanceof Error ? error.message : String(error);
      err(
        `报告 PDF 生成失败，${shownOut}/ 没有被改动：${message}\n如本机不能运行 Chromium，可设置 PLAN_PDF=0 只生成 Word 版。(en: report PDFs failed; set PLAN_PDF=0 to skip them)`,
      );
      return 1;
    }
    out(`报告 PDF：${jobs.length} 份，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`);
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
    err(
      `搜索索引生成失败，${shownOut}/ 没有被改动：${message}\n(en: pagefind failed; output left untouched)`,
    );
    return 1;
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
    headersFile(context.env.BASE_PATH || '/', ancestors),
  );

  // Privacy: nothing that looks like a mobile number, a personal e-mail or an ID number is published
  // (the allow-list and site.csv's official feedback_email excepted).
  const findings = scanForPersonalData(readSiteTextFiles(scratch), allowedEmailsOf(scratch));
  if (findings.length) {
    await rm(scratch, { recursive: true, force: true });
    for (const line of formatPrivacyFindings(findings, shownOut)) err(line);
    err(`\n构建已停止：${shownOut}/ 没有被改动。(en: build aborted, output left untouched)`);
    return 1;
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
  if (context.chartCache) pruneChartCache(context.chartCache, context.startedAt);
  out(`网站已生成：${shownOut}/（数据目录 ${context.dataDir.shown}）`);
  return 0;
}
