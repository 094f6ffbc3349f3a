/**
 * The site-level checks of the data gate: what must hold for *any* valid data on the real build,
 * run on a built site by `npm run check:site` and `npm run pr:check`. Static checks (privacy, links,
 * Content-Security-Policy, byte budgets) read the files; the browser check (axe, WCAG 2.1 AA) opens
 * one page of every kind in headless Chromium. Each problem names the file and says what to do.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { formatPrivacyFindings, scanForPersonalData } from '../../src/lib/privacy-scan.ts';
import { checkLinks } from './link-check.ts';
import { allowedEmailsOf, listFiles, readSiteTextFiles } from './site-files.ts';

/** Budgets in bytes (gzip, as served). The real plan's largest page is about 18 KB. */
export const BUDGETS = {
  /** Largest HTML page. */
  htmlGzip: 200 * 1024,
  /** JavaScript one page loads from <script src> before any interaction. */
  pageJsGzip: 20 * 1024,
} as const;

export interface SiteProblem {
  check: 'privacy' | 'links' | 'csp' | 'budget' | 'axe';
  /** The file (or page address) concerned. */
  where: string;
  problem: string;
}

export interface StaticReport {
  pages: number;
  problems: SiteProblem[];
}

const CSP_META = /<meta http-equiv="content-security-policy" content="([^"]*)"/gi;
const SCRIPT_SRC = /<script\b[^>]*\ssrc="([^"]+)"/gi;

/** What a page's policy must never allow. */
function cspProblems(policy: string): string[] {
  const out: string[] = [];
  if (!/(^|;)\s*default-src 'none'/.test(policy)) out.push("default-src is not 'none'");
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'"])
    if (policy.includes(bad)) out.push(`allows ${bad}`);
  const origins = policy.match(/\bhttps?:\/\/[^\s;']+|(?<=\s)\*(?=[\s;]|$)/g);
  if (origins) out.push(`allows another origin: ${origins.join(' ')}`);
  return out;
}

/** The site's path under its base: `/plan/_astro/a.js` → `_astro/a.js`. */
function localPath(src: string, base: string): string | null {
  if (/^[a-z]+:/i.test(src) || src.startsWith('//')) return null;
  const clean = src.split(/[?#]/)[0] ?? '';
  return clean.startsWith(base) ? clean.slice(base.length) : clean.replace(/^\//, '');
}

export function staticChecks(dir: string, options: { base?: string } = {}): StaticReport {
  const base = options.base ?? '/';
  const files = listFiles(dir);
  const problems: SiteProblem[] = [];
  const html = files.filter((f) => f.endsWith('.html'));

  const findings = scanForPersonalData(readSiteTextFiles(dir), allowedEmailsOf(dir));
  // The formatter's lines between its heading and its advice are one per finding, located.
  formatPrivacyFindings(findings, path.basename(dir))
    .slice(1, findings.length + 1)
    .forEach((line, i) =>
      problems.push({
        check: 'privacy',
        where: findings[i]?.path ?? '',
        problem: `${line.replace(/^\S+\s+/, '')}：请在数据文件、提交说明或页面模板里找到它的来源并删除`,
      }),
    );

  const documents = new Map(
    files
      .filter((f) => /\.(html|xml)$/.test(f))
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
  for (const p of checkLinks(
    { paths: new Set(files), documents },
    { origin: 'https://site.invalid', base },
  ))
    problems.push({ check: 'links', where: p.page, problem: `${p.link} — ${p.problem}` });

  const gz = new Map<string, number>();
  const gzipOf = (file: string) => {
    let n = gz.get(file);
    if (n === undefined) {
      n = gzipSync(readFileSync(path.join(dir, file))).length;
      gz.set(file, n);
    }
    return n;
  };
  for (const page of html) {
    const text = documents.get(page) ?? '';
    const policies = [...text.matchAll(CSP_META)].map((m) => m[1] ?? '');
    // Redirect stubs and the 404 page carry the layout's policy like every other page.
    if (policies.length !== 1)
      problems.push({
        check: 'csp',
        where: page,
        problem: `${policies.length} Content-Security-Policy <meta> (expected exactly 1)`,
      });
    for (const policy of policies)
      for (const p of cspProblems(policy.replace(/&#39;/g, "'")))
        problems.push({ check: 'csp', where: page, problem: p });

    const size = gzipOf(page);
    if (size > BUDGETS.htmlGzip)
      problems.push({
        check: 'budget',
        where: page,
        problem: `HTML is ${(size / 1024).toFixed(1)} KB gzip, over the ${BUDGETS.htmlGzip / 1024} KB budget`,
      });
    let js = 0;
    for (const m of text.matchAll(SCRIPT_SRC)) {
      const file = localPath(m[1] ?? '', base);
      if (file && existsSync(path.join(dir, file))) js += gzipOf(file);
    }
    if (js > BUDGETS.pageJsGzip)
      problems.push({
        check: 'budget',
        where: page,
        problem: `loads ${(js / 1024).toFixed(1)} KB gzip of JavaScript, over the ${BUDGETS.pageJsGzip / 1024} KB budget`,
      });
  }
  return { pages: html.length, problems };
}

/**
 * One page of every kind, zh and en, for the browser check: every page that is not a variant of
 * another (the first indicator, programme, platform and report stand for the rest).
 */
export function pagesToOpen(files: string[]): string[] {
  const pages = files.filter((f) => f.endsWith('/index.html') || f === 'index.html');
  const picked = new Map<string, string>();
  for (const page of pages) {
    const parts = page.split('/').slice(0, -1);
    const lang = parts[0] === 'en' ? 'en' : 'zh';
    const rest = lang === 'en' ? parts.slice(1) : parts;
    // /indicators/I01/ and /indicators/I02/ are one kind; /indicators/ is another.
    const kind = `${lang}:${rest.slice(0, 1).join('/')}:${rest.length}`;
    if (!picked.has(kind)) picked.set(kind, `/${parts.join('/')}${parts.length ? '/' : ''}`);
  }
  return [...picked.values()].sort();
}
