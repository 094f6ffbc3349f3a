/** Row rules shared by indicators and quantity milestones: a target must make sense. */
import type { z } from 'zod';

interface TargetFields {
  target_value: number | null;
  target_max: number | null;
  comparator: string | null;
}

/** target_max must lie above target_value, and a range only makes sense with >=. */
export function checkTarget(row: TargetFields, ctx: z.RefinementCtx): void {
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
