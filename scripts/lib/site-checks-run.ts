/**
 * Runs the site checks (scripts/lib/site-checks.ts) on a built site and words the result for a
 * person: a line per check, then every problem. Shared by `npm run check:site` and `pr:check`.
 * The browser check needs Chromium; where there is none it is reported as not run, never as passed.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, closeBrowser, launchBrowser, openPage, runAxe } from './browser.ts';
import { listFiles } from './site-files.ts';
import { serveStatic } from './static-server.ts';
import { pagesToOpen, staticChecks, type SiteProblem } from './site-checks.ts';

export interface SiteCheckReport {
  ok: boolean;
  /** Whether the browser check ran (false: no Chromium, or not asked for). */
  browserRan: boolean;
  problems: SiteProblem[];
  lines: string[];
}

const NAMES: Record<SiteProblem['check'], string> = {
  privacy: '隐私（手机号、个人邮箱、身份证号）',
  links: '站内链接和锚点',
  csp: '内容安全策略（CSP）',
  budget: '页面体积（HTML、JavaScript）',
  axe: '无障碍（axe，WCAG 2.1 AA）',
};

/** Widths axe checks each page at: a 375 px phone and a 1440 px desktop. */
export const AXE_WIDTHS = [375, 1440] as const;

async function axeProblems(dir: string, base: string): Promise<SiteProblem[]> {
  const problems: SiteProblem[] = [];
  const server = await serveStatic(dir, { base });
  const browser = await launchBrowser();
  try {
    for (const page of pagesToOpen(listFiles(dir)))
      for (const width of AXE_WIDTHS) {
        const url = new URL(`${base.replace(/\/$/, '')}${page}`.replace(/^\//, ''), server.url)
          .href;
        const opened = await openPage(browser, url, { width });
        const where = `${page} @${width}px`;
        try {
          if (opened.status !== 200)
            problems.push({ check: 'axe', where, problem: `HTTP ${opened.status}` });
          for (const v of await runAxe(opened.page))
            problems.push({
              check: 'axe',
              where,
              problem: `${v.id} [${v.impact}] ${v.help}: ${v.targets.slice(0, 3).join('; ')}`,
            });
        } finally {
          await opened.close();
        }
      }
  } finally {
    await closeBrowser(browser);
    await server.close();
  }
  return problems;
}

export async function runSiteChecks(
  dir: string,
  options: { base: string; browser: boolean },
): Promise<SiteCheckReport> {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const report = staticChecks(dir, { base });
  const problems = [...report.problems];
  const canBrowse = options.browser && existsSync(CHROMIUM_PATH);
  if (canBrowse) problems.push(...(await axeProblems(dir, base)));

  const lines = [`站点检查：${report.pages} 个页面（${dir}）`];
  for (const check of Object.keys(NAMES) as SiteProblem['check'][]) {
    const mine = problems.filter((p) => p.check === check);
    const notRun = check === 'axe' && !canBrowse;
    const state = notRun ? '未运行' : mine.length ? `${mine.length} 个问题` : '通过';
    lines.push(`  ${NAMES[check]}：${state}`);
  }
  if (!canBrowse)
    lines.push(
      options.browser
        ? `  （没有找到 Chromium：${CHROMIUM_PATH}，无障碍检查未运行；安装：apt-get install chromium fonts-noto-cjk）`
        : '  （按要求跳过了浏览器检查）',
    );
  for (const p of problems) lines.push(`${p.where}: [${p.check}] ${p.problem}`);
  lines.push(
    problems.length
      ? `站点检查未通过：${problems.length} 个问题。(en: site checks failed)`
      : '站点检查通过。(en: site checks passed)',
  );
  return { ok: problems.length === 0, browserRan: canBrowse, problems, lines };
}
