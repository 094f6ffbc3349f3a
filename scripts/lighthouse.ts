/**
 * `npm run lighthouse`: Lighthouse scores of the site as it will be once the plan is issued.
 *
 * Copies data/ to a temp folder, marks the plan as issued (so no noindex, robots.txt open: the SEO
 * category measures the real thing), builds into a temp folder, serves it like GitHub Pages and runs
 * Lighthouse (default config = mobile, simulated throttling) on a few pages with the system
 * Chromium. Prints the four category scores per page and, for every category below 100, the audits
 * that cost points. A measurement: exits 0 whatever the scores; 1 only if the build or Lighthouse
 * itself fails.
 *
 * Note: because the data come from a copy and not from data/ itself, every page carries the
 * "sample data" notice. It is text only and does not change the scores.
 *
 * Env: LH_ISSUED_ON (default 2026-06-30), LH_PAGES (space-separated paths, default "/ /indicators/I01/"),
 * CHROMIUM_PATH (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serveStatic } from './lib/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './lib/browser.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ISSUED_ON = process.env.LH_ISSUED_ON || '2026-06-30';
const PAGES = (process.env.LH_PAGES || '/ /indicators/I01/').split(/\s+/).filter(Boolean);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Copy data/*.csv into `dir`, with plan.csv switched to issued on ISSUED_ON. */
function issuedCopyOfData(dir: string) {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(path.join(ROOT, 'data')))
    if (name.endsWith('.csv')) copyFileSync(path.join(ROOT, 'data', name), path.join(dir, name));
  const file = path.join(dir, 'plan.csv');
  const text = readFileSync(file, 'utf8');
  const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
  const parsed = Papa.parse<Record<string, string>>(text.slice(bom.length), {
    header: true,
    skipEmptyLines: true,
  });
  if (parsed.errors.length || parsed.data.length !== 1)
    throw new Error(`data/plan.csv: expected one row (${JSON.stringify(parsed.errors)})`);
  const row = parsed.data[0]!;
  row.status = 'issued';
  row.issued_on = ISSUED_ON;
  const columns = parsed.meta.fields ?? Object.keys(row);
  writeFileSync(file, `${bom}${Papa.unparse([row], { columns, newline: '\n' })}\n`);
}

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4319);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-lighthouse-'));
let exitCode = 0;
try {
  const dataDir = path.join(scratch, 'data');
  const outDir = path.join(scratch, 'site');
  issuedCopyOfData(dataDir);
  console.log(`Building the site with plan.csv status=issued, issued_on=${ISSUED_ON} …`);
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    // Canonical and hreflang links are absolute, as on a real deployment: tell the build its address.
    env: {
      ...process.env,
      PLAN_DATA_DIR: dataDir,
      PLAN_OUT_DIR: outDir,
      SITE_URL: `http://127.0.0.1:${PORT}/`,
    },
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error(`build failed (exit ${build.status})`);

  const server = await serveStatic(outDir, { port: PORT });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS.filter((f) => f !== '--headless'), '--headless=new'],
    logLevel: 'error',
  });
  const rows: { page: string; scores: Record<string, number | null>; failing: string[] }[] = [];
  try {
    for (const page of PAGES) {
      const url = new URL(page, server.url).href;
      console.log(`Lighthouse (mobile): ${url}`);
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError)
        throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      const scores: Record<string, number | null> = {};
      const failing: string[] = [];
      for (const id of CATEGORIES) {
        const category = lhr.categories[id];
        const score = category?.score == null ? null : Math.round(category.score * 100);
        scores[id] = score;
        if (!category || score === 100) continue;
        for (const ref of category.auditRefs) {
          const audit = lhr.audits[ref.id];
          if (!audit || audit.score === null || audit.score >= 1) continue;
          if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
          const value = audit.displayValue ? ` — ${audit.displayValue}` : '';
          const weight = ref.weight ? `, weight ${ref.weight}` : '';
          failing.push(
            `${id}: ${audit.title}${value} (score ${Math.round(audit.score * 100)}${weight})`,
          );
        }
      }
      rows.push({ page, scores, failing });
    }
  } finally {
    chrome.kill();
    await server.close();
  }

  const width = Math.max(6, ...rows.map((r) => r.page.length)) + 2;
  console.log(`\n${pad('page', width)}${CATEGORIES.map((c) => pad(c, 16)).join('')}`);
  for (const r of rows)
    console.log(
      pad(r.page, width) + CATEGORIES.map((c) => pad(String(r.scores[c] ?? 'n/a'), 16)).join(''),
    );
  for (const r of rows) {
    if (!r.failing.length) continue;
    console.log(`\n${r.page} — audits costing points:`);
    for (const line of r.failing) console.log(`  - ${line}`);
  }
} catch (error) {
  console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
  exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
