/** `plan.csv`: the plan itself, exactly one row. */
import { z } from 'zod';
import {
  id,
  requiredText,
  optionalText,
  requiredInt,
  requiredOneOf,
  date,
  monthDay,
} from './fields.ts';

export const PLAN_STATUS = { draft: '征求意见稿', issued: '已印发' } as const;

export const PlanRowSchema = z
  .object({
    /** Stable id of the plan, e.g. tj-drug-safety-15th. */
    id: id(),
    /** Full Chinese title as printed on the cover. */
    title_zh: requiredText(200),
    /** English title. */
    title_en: requiredText(300),
    /** Year the baselines refer to (2025). */
    baseline_year: requiredInt(2000, 2100),
    /** First year of the plan period (2026). */
    start_year: requiredInt(2000, 2100),
    /** Last year of the plan period (2030). */
    end_year: requiredInt(2000, 2100),
    /** draft (征求意见稿: notice on every page, noindex) | issued (已印发). */
    status: requiredOneOf(PLAN_STATUS),
    /** Date the plan was issued; blank while it is a draft. */
    issued_on: date({ optional: true }),
    /** Document number once issued (e.g. 津药监〔2026〕N号); blank while a draft. */
    document_no: optionalText(100),
    /** Where this row's facts come from. */
    source_zh: requiredText(500),
    /**
     * Plan-wide MM-DD of the following year by which a year's figures are due; blank where the plan
     * sets no deadline (then nothing is ever overdue). Optional column.
     */
    report_due: monthDay(),
  })
  .superRefine((row, ctx) => {
    if (!(row.baseline_year < row.start_year && row.start_year <= row.end_year))
      ctx.addIssue({
        code: 'custom',
        path: ['end_year'],
        message: `年份顺序不对：基期 ${row.baseline_year}、起始 ${row.start_year}、终止 ${row.end_year}。`,
        params: {
          fix: '应满足 基期年 < 起始年 ≤ 终止年，例如 2025、2026、2030。',
          en: 'need baseline_year < start_year <= end_year',
        },
      });
    if (row.status === 'issued' && !row.issued_on)
      ctx.addIssue({
        code: 'custom',
        path: ['issued_on'],
        message: '规划状态为 issued（已印发），但没有填写印发日期。',
        params: {
          fix: '请填写印发日期（例如 2026-06-30）；如果尚未印发，请把 status 改回 draft。',
          en: 'issued plans need issued_on',
        },
      });
  });

export type PlanRow = z.output<typeof PlanRowSchema>;
