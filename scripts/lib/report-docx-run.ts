/**
 * The Word report of one year from the data directory, for `npm run report:docx` (loaded through
 * Vite). Bad data gives the checker's located messages, a year without a report says which years
 * have one.
 */
import { getSite } from '../../src/lib/site.ts';
import { reportYears } from '../../src/lib/reports.ts';
import { reportDocxFile } from '../../src/lib/report/docx-file.ts';
import { DataValidationError, formatReport } from '../../src/lib/data/issues.ts';

import type { Lang } from '../../src/i18n/ui.ts';

export type DocxRun = { ok: true; bytes: Uint8Array } | { ok: false; lines: string[] };

export async function runDocx(year: number, lang: Lang): Promise<DocxRun> {
  let site;
  try {
    site = await getSite();
  } catch (error) {
    if (error instanceof DataValidationError)
      return { ok: false, lines: [formatReport(error.issues)] };
    throw error;
  }
  const years = reportYears(site.data, site.buildDate);
  if (!years.includes(year))
    return {
      ok: false,
      lines: [
        `没有 ${year} 年的报告：报告只为有数据的规划年份和当前年份生成（${years.join('、')}）。(en: no report for ${year})`,
      ],
    };
  const bytes = await reportDocxFile(site.data, year, lang, {
    official: site.official,
    buildDate: site.buildDate,
  });
  return { ok: true, bytes };
}
