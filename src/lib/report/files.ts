/**
 * The downloads of a report: its Word file (always built) and its PDF (built where Chromium is
 * present, unless PLAN_PDF=0). The page links to what the build makes, and the build makes what
 * this module says, so no link is ever broken.
 */
import { existsSync } from 'node:fs';
import { buildContext, type BuildContext } from '../build-context.ts';
import type { Lang } from '../../i18n/ui.ts';

const FILE_SUFFIX: Record<Lang, string> = { zh: '', en: '-en' };

/** `report-2027.docx`, `report-2027-en.pdf`: beside /reports/<year>/index.html. */
export function reportFileName(year: number, lang: Lang, ext: 'docx' | 'pdf'): string {
  return `report-${year}${FILE_SUFFIX[lang]}.${ext}`;
}

/** Whether this build prints the reports to PDF: Chromium is installed and PLAN_PDF is not 0. */
export function reportPdfEnabled(context: BuildContext = buildContext()): boolean {
  return context.pdfWanted && existsSync(context.chromium);
}
