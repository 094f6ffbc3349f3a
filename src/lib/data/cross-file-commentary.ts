/**
 * Cross-file rules of commentary.csv: the year is a plan-period year, and ref_id names a row
 * of the file its scope points at (an indicator, a programme or a platform). Within-row rules
 * (blank ref_id for plan, plain text) are in the schema.
 */
import {
  COMMENTARY_REF_FILE,
  COMMENTARY_SCOPE,
  type CommentaryRow,
} from '../../schemas/commentary.ts';
import type { PlanRow } from '../../schemas/index.ts';
import { columnOf, type Add } from './located.ts';
import { messageOf } from './messages.ts';

interface LocatedRow {
  line: number;
  row: CommentaryRow;
}

const col = (name: string) => columnOf('commentary.csv', name);

export function checkCommentary(
  rows: readonly LocatedRow[],
  plan: PlanRow | null,
  present: ReadonlyMap<string, ReadonlySet<string>>,
  file: string,
  add: Add,
): void {
  for (const { line, row } of rows) {
    if (plan && (row.year < plan.start_year || row.year > plan.end_year))
      add({
        file,
        line,
        column: col('year'),
        field: 'year',
        ...messageOf('commentaryYear', {
          year: row.year,
          start: plan.start_year,
          end: plan.end_year,
        }),
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
      ...messageOf('commentaryRef', {
        scope: row.scope,
        scopeLabel: COMMENTARY_SCOPE[row.scope],
        id: row.ref_id,
        file: target,
        some,
      }),
    });
  }
}
