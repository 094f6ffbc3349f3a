/**
 * 适老化 and accessibility, to the rule, in a real browser: the points of 工信部《互联网网站适老化通用
 * 设计规范》 that apply to a static site (text size, line spacing ≥ 1.3, contrast, no pop-ups or
 * floating layers, full keyboard use, focus visible) and GB/T 37668-2019 level 2 (WCAG 2.0 AA, by
 * axe), plus a skip link and landmarks. The site is an official build of the test fixture with a
 * filled site.csv, served as the column /zwgk/sswgh/ of a portal; one page of every kind is opened
 * in the 长辈版 (switched on with the keyboard) at 1440 px; the keyboard walk runs at 375 px too.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { materialise } from '../helpers/fixtures.ts';
import { runOfficialBuild } from '../helpers/build.ts';
import { copyProject, type ProjectCopy } from '../helpers/project-copy.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { listFiles } from '../../scripts/lib/site-files.ts';
import { pagesToOpen } from '../../scripts/lib/site-checks.ts';
import {
  closeBrowser,
  formatViolations,
  launchBrowser,
  openPage,
  runAxe,
} from '../../scripts/lib/browser.ts';

const BASE = '/zwgk/sswgh/';
/** 长辈版: main text at least 18 px, line spacing at least 1.3 times the text size. */
const MIN_TEXT_PX = 18;
const MIN_LINE_HEIGHT = 1.3;
const MAIN_KINDS = ['/', '/indicators/T01/', '/about/'];

let project: ProjectCopy | undefined;
let server: StaticServer | undefined;
let browser: Browser | undefined;
let pages: string[] = [];

beforeAll(async () => {
  vi.useRealTimers();
  const data = materialise('accepted/site-identity');
  project = copyProject({ data: data.dir });
  data.cleanup();
  mkdirSync(path.join(project.dir, 'public/identity'), { recursive: true });
  writeFileSync(
    path.join(project.dir, 'public/identity/test-gov-mark.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c00"/></svg>\n',
  );
  const www = path.join(project.dir, 'www');
  const out = path.join(www, BASE);
  const r = runOfficialBuild(project.dir, out, { BASE_PATH: BASE });
  if (r.code !== 0) throw new Error(r.err);
  // The wall display and the embed pages (a chart inside another site's article) are not read
  // in the site's frame: they have no 长辈版 switch.
  pages = pagesToOpen(listFiles(out)).filter(
    (p) => !p.includes('screen') && !p.includes('/embed/'),
  );
  server = await serveStatic(www);
  browser = await launchBrowser();
});
afterAll(async () => {
  await closeBrowser(browser);
  await server?.close();
  project?.cleanup();
});

/** Switch the 长辈版 on as a keyboard user would: Tab to the switch, press Enter. */
async function largeTextByKeyboard(page: Page): Promise<boolean> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.id === 'large-text-toggle')) {
      await page.keyboard.press('Enter');
      return page.evaluate(() => document.documentElement.hasAttribute('data-large'));
    }
  }
  return false;
}

/** Text too small or too tight, fixed/sticky layers, open dialogs: what the 规范 forbids. */
function elderProblems(page: Page, minPx: number, minRatio: number): Promise<string[]> {
  return page.evaluate(
    ([minPx, minRatio]) => {
      const out = new Set<string>();
      const name = (el: Element) =>
        el.tagName.toLowerCase() + [...el.classList].map((c) => `.${c}`).join('');
      for (const el of document.body.querySelectorAll('*')) {
        const style = getComputedStyle(el);
        if (style.position === 'fixed' || style.position === 'sticky')
          out.add(`${name(el)}: floating layer (position: ${style.position})`);
        if (el.closest('svg, .sr-only, [hidden], .skip-link')) continue;
        const text = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        );
        const box = el.getBoundingClientRect();
        if (!text || box.width === 0 || box.height === 0) continue;
        const size = parseFloat(style.fontSize);
        if (size < minPx) out.add(`${name(el)}: text ${size} px < ${minPx} px`);
        const lh = style.lineHeight === 'normal' ? 1.2 * size : parseFloat(style.lineHeight);
        if (lh / size < minRatio - 0.005)
          out.add(`${name(el)}: line height ${(lh / size).toFixed(2)} < ${minRatio}`);
      }
      for (const d of document.querySelectorAll(
        'dialog[open], [role="dialog"], [role="alertdialog"]',
      ))
        out.add(`${name(d)}: a dialog is open`);
      return [...out];
    },
    [minPx, minRatio] as const,
  );
}

describe('长辈版 and accessibility', () => {
  it('长辈版: one page of every kind, zh and en, at 1440 px — text ≥ 18 px, line spacing ≥ 1.3, no floating layer, no dialog, WCAG 2.0 AA (axe)', async () => {
    const problems: string[] = [];
    for (const p of pages) {
      const opened = await openPage(browser!, `${server!.origin}${BASE.slice(0, -1)}${p}`, {
        width: 1440,
      });
      try {
        if (!(await largeTextByKeyboard(opened.page)))
          problems.push(`${p}: 长辈版 switch not reached by keyboard`);
        for (const e of await elderProblems(opened.page, MIN_TEXT_PX, MIN_LINE_HEIGHT))
          problems.push(`${p}: ${e}`);
        const axe = await runAxe(opened.page);
        if (axe.length) problems.push(`${p}: ${formatViolations(axe)}`);
      } finally {
        await opened.close();
      }
    }
    expect(problems.join('\n')).toBe('');
  });

  it('keyboard: the first Tab shows the skip link to <main>; every link and control then shows a visible focus outline (375 and 1440 px)', async () => {
    const problems: string[] = [];
    for (const width of [375, 1440])
      for (const p of MAIN_KINDS) {
        const at = `${p} @${width}`;
        const opened = await openPage(browser!, `${server!.origin}${BASE.slice(0, -1)}${p}`, {
          width,
        });
        const { page } = opened;
        try {
          await page.keyboard.press('Tab');
          const skip = await page.evaluate(() => {
            const a = document.activeElement as HTMLAnchorElement | null;
            const r = a?.getBoundingClientRect();
            return {
              skip: a?.classList.contains('skip-link') ?? false,
              href: a?.getAttribute('href'),
              visible: !!r && r.width > 0 && r.left >= 0 && r.top >= 0,
            };
          });
          if (!skip.skip || skip.href !== '#main' || !skip.visible)
            problems.push(`${at}: first Tab: ${JSON.stringify(skip)}`);
          await page.keyboard.press('Enter');
          if (!(await page.evaluate(() => location.hash === '#main')))
            problems.push(`${at}: the skip link does not lead to #main`);
          // From the top again: Tab through the whole page, header, content and footer.
          await page.goto(page.url().replace(/#main$/, ''));
          const seen = new Set<string>();
          for (let i = 0; i < 250; i++) {
            await page.keyboard.press('Tab');
            const f = await page.evaluate(() => {
              const el = document.activeElement;
              if (!el || el === document.body) return null;
              const s = getComputedStyle(el);
              const key = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${(el.textContent ?? '').trim().slice(0, 20)}:${el.getAttribute('href') ?? ''}`;
              return {
                key,
                outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
              };
            });
            if (!f || seen.has(f.key)) break;
            seen.add(f.key);
            if (!f.outline) problems.push(`${at}: no visible focus on ${f.key}`);
          }
          if (seen.size < 10) problems.push(`${at}: only ${seen.size} elements reached by Tab`);
        } finally {
          await opened.close();
        }
      }
    expect(problems.join('\n')).toBe('');
  });

  it('landmarks: one banner, one labelled main navigation, one main, one contentinfo holding the identity block', async () => {
    const opened = await openPage(browser!, `${server!.origin}${BASE}indicators/T01/`, {
      width: 1440,
    });
    try {
      const facts = await opened.page.evaluate(() => ({
        banner: document.querySelectorAll('body > header').length,
        main: document.querySelectorAll('main#main').length,
        contentinfo: document.querySelectorAll('body > footer').length,
        nav: [...document.querySelectorAll('header nav')].map((n) => n.getAttribute('aria-label')),
        identityInFooter: !!document.querySelector('body > footer [data-site-identity]'),
        feedbackInMain: !!document.querySelector('main [data-page-feedback]'),
      }));
      expect(facts).toEqual({
        banner: 1,
        main: 1,
        contentinfo: 1,
        nav: ['主导航'],
        identityInFooter: true,
        feedbackInMain: true,
      });
    } finally {
      await opened.close();
    }
  });
});
