/** Row rules shared by indicators and quantity milestones: a target must make sense. */
import type { z } from 'zod';

interface TargetFields {
  target_value: number | null;
  target_max: number | null;
  comparator: string | null;
  measure: string | null;
}

/**
 * target_max must lie above target_value, a range only makes sense with >=, and a five-year
 * total is a floor to reach (>=), never a ceiling.
 */
export function checkTarget(row: TargetFields, ctx: z.RefinementCtx): void {
  if (row.measure === 'cumulative' && row.comparator !== null && row.comparator !== '>=')
    ctx.addIssue({
      code: 'custom',
      path: ['comparator'],
      message: `累计值（measure=cumulative）目标的比较符应为 >=，这里是 “${row.comparator}”。`,
      params: {
        fix: '五年累计数是要达到的总量，请把 comparator 改为 >=；如果这是上限，请把 measure 改为 level 或 annual。',
        en: 'cumulative targets use >=',
      },
    });
  if (row.target_max === null || row.target_value === null) return;
  if (row.target_max <= row.target_value)
    ctx.addIssue({
      code: 'custom',
      path: ['target_max'],
      message: `区间上限 ${row.target_max} 不大于目标值 ${row.target_value}。`,
      params: {
        fix: '区间目标（如 100–120）请在 target_value 填下限 100、target_max 填上限 120；不是区间就把 target_max 留空。',
        en: 'target_max must exceed target_value',
      },
    });
  else if (row.comparator !== '>=')
    ctx.addIssue({
      code: 'custom',
      path: ['comparator'],
      message: `区间目标的比较符应为 >=，这里是 “${row.comparator}”。`,
      params: {
        fix: '区间目标表示“至少达到下限”，比较符请填 >=。',
        en: 'range targets use >=',
      },
    });
}
