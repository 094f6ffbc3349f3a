/**
 * Print built report pages to A4 PDF with headless Chromium (vector charts, page numbers from
 * the print stylesheet). Used by the build (every report, both languages, where Chromium is
 * present) and by `npm run report:pdf`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

export interface PrintJob {
  /** Page path under the base, e.g. `en/reports/2027/`. */
  page: string;
  /** Where the PDF goes. */
  out: string;
}

/** The report pages of a built site (every reports/<year>/) and where their PDFs go, beside each. */
export function reportPrintJobs(site: string): PrintJob[] {
  const dir = path.join(site, 'reports');
  const years = existsSync(dir) ? readdirSync(dir).filter((d) => /^\d{4}$/.test(d)) : [];
  return years.sort().flatMap((y) =>
    (['zh', 'en'] as const).flatMap((lang) => {
      const page = `${lang === 'en' ? 'en/' : ''}reports/${y}/`;
      if (!existsSync(path.join(site, page, 'index.html'))) return [];
      const file = `report-${y}${lang === 'en' ? '-en' : ''}.pdf`;
      return [{ page, out: path.join(site, page, file) }];
    }),
  );
}

/**
 * Chromium stamps a PDF with the clock (CreationDate, ModDate): put the build date there instead,
 * and number its structure ids from 1, so two builds of the same data give the same bytes. Same
 * length, so no offset moves.
 */
export function stampPdf(file: string, isoDate: string): void {
  const bytes = readFileSync(file);
  const text = bytes.toString('latin1');
  const stamp = `D:${isoDate.replaceAll('-', '')}000000`;
  // Tagged-PDF structure ids are Chromium's DOM node numbers, which depend on what the renderer
  // built before: renumber them 1, 2, 3 … in their order (same width, so still sorted and no
  // offset moves).
  const ids = [...new Set([...text.matchAll(/\(node(\d+)\)/g)].map((m) => m[1]!))].sort();
  const renumber = new Map(ids.map((d, i) => [d, String(i + 1).padStart(d.length, '0')]));
  const fixed = text.replace(/D:\d{14}/g, stamp).replace(/\(node(\d+)\)/g, (m, d: string) => {
    const n = renumber.get(d)!;
    return n.length === d.length ? `(node${n})` : m;
  });
  if (fixed !== text) writeFileSync(file, Buffer.from(fixed, 'latin1'));
}

/** How many report pages print at once. */
const PRINT_TABS = 2;

export async function printPdfs(
  site: string,
  jobs: readonly PrintJob[],
  base = '/',
  stamp: string | null = null,
): Promise<void> {
  if (!jobs.length) return;
  const server = await serveStatic(site, { base });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
    // Two tabs print at once (Chromium renders each in its own process). Jobs are dealt to the
    // tabs by position, so each tab prints the same pages in the same order on every build.
    const tabs = Math.min(PRINT_TABS, jobs.length);
    const print = async (share: readonly PrintJob[]) => {
      const tab = await browser.newPage();
      await tab.emulateMedia({ media: 'print' });
      for (const job of share) {
        await tab.goto(`${server.origin}${prefix}${job.page}`, { waitUntil: 'load' });
        await tab.pdf({
          path: job.out,
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          outline: true,
          tagged: true,
        });
        if (stamp) stampPdf(job.out, stamp);
      }
    };
    await Promise.all(
      Array.from({ length: tabs }, (_, t) => print(jobs.filter((_, i) => i % tabs === t))),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
