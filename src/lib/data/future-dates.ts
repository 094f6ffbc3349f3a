/**
 * Warnings, not errors: an observation's as_of or a deliverable's done_on after the build date
 * (the date of the last data commit) is a date in the future — a typo (2028 for 2027) or a date
 * not yet reached. The site would say 数据截至 a day after it was generated. Pure.
 */
import { parseDate } from '../../schemas/fields.ts';
import { parseCsv } from './csv.ts';
import { decodeCsv } from './decode.ts';
import type { DataIssue } from './issues.ts';

const DATE_COLUMNS: ReadonlyArray<{ file: string; column: string; what: string }> = [
  { file: 'observations.csv', column: 'as_of', what: '数据发布日期 as_of' },
  { file: 'milestones.csv', column: 'done_on', what: '完成日期 done_on' },
];

/** Every as_of / done_on after `buildDate` (YYYY-MM-DD), located file:line:column. */
export function futureDateWarnings(
  files: Readonly<Record<string, Uint8Array | undefined>>,
  buildDate: string,
  dir = 'data',
): DataIssue[] {
  const warnings: DataIssue[] = [];
  for (const { file, column, what } of DATE_COLUMNS) {
    const bytes = files[file];
    const decoded = bytes ? decodeCsv(bytes) : null;
    if (!decoded?.ok) continue;
    const parsed = parseCsv(decoded.text);
    const at = parsed.header.indexOf(column);
    if (at < 0) continue;
    for (const record of parsed.records) {
      const iso = parseDate(record.cells[at] ?? '');
      if (iso === null || iso <= buildDate) continue;
      warnings.push({
        file: dir ? `${dir}/${file}` : file,
        line: record.line,
        column: at + 1,
        field: column,
        message: `${what} 是 ${iso}，晚于网站的生成日期 ${buildDate}，是将来的日子。`,
        fix: '请核对年份是否写错（例如把 2027 写成了 2028）；日期应为已经发布或完成的那一天。核对无误也可以提交，这只是提示，不影响检查结果。',
        en: `${column} ${iso} is after the build date ${buildDate}`,
      });
    }
  }
  return warnings;
}
