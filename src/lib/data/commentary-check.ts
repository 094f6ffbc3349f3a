/**
 * The cross-file rules of commentary.csv: the year is a plan-period year, and ref_id names a row
 * of the file its scope points at (an indicator, a programme or a platform). Within-row rules
 * (blank ref_id for plan, plain text) are in the schema.
 */
import {
  COMMENTARY_REF_FILE,
  COMMENTARY_SCOPE,
  type CommentaryRow,
} from '../../schemas/commentary.ts';
import { FILE_SPECS, type PlanRow } from '../../schemas/index.ts';
import type { DataIssue } from './issues.ts';

interface LocatedRow {
  line: number;
  row: CommentaryRow;
}

const COLUMNS = FILE_SPECS.find((s) => s.file === 'commentary.csv')?.columns ?? [];
const col = (name: string) => COLUMNS.indexOf(name) + 1;

export function checkCommentary(
  rows: readonly LocatedRow[],
  plan: PlanRow | null,
  present: ReadonlyMap<string, ReadonlySet<string>>,
  file: string,
  add: (issue: DataIssue) => void,
): void {
  for (const { line, row } of rows) {
    if (plan && (row.year < plan.start_year || row.year > plan.end_year))
      add({
        file,
        line,
        column: col('year'),
        field: 'year',
        message: `年份 ${row.year} 不在规划期 ${plan.start_year}–${plan.end_year} 年内。`,
        fix: `请填写这段文字所属监测报告的年份（${plan.start_year}–${plan.end_year}）。`,
        en: `year outside ${plan.start_year}..${plan.end_year}`,
      });
    if (row.scope === 'plan' || row.ref_id === null) continue;
    const target = COMMENTARY_REF_FILE[row.scope];
    const ids = present.get(target);
    if (!ids || ids.has(row.ref_id)) continue;
    const some = [...ids].slice(0, 3).join('、');
    add({
      file,
      line,
      column: col('ref_id'),
      field: 'ref_id',
      message: `scope 为 ${row.scope}（${COMMENTARY_SCOPE[row.scope]}），但编号 ${row.ref_id} 在 ${target} 中不存在。`,
      fix: `请填写 ${target} 里已有的编号（如 ${some}），或把 scope 改成这个编号所属的类别。`,
      en: `ref_id ${row.ref_id} not found in ${target}`,
    });
  }
}
