/**
 * `commentary.csv`: the planning office's own analysis for a year's monitoring report (年度监测、
 * 中期评估、总结评估) — highlights, progress, problems and next steps, for the whole plan or for
 * one indicator, programme or platform. Optional: absent or header-only means no text yet. Several
 * rows for the same year, scope, ref_id and section are kept in file order (paragraphs).
 */
import { z } from 'zod';
import { optionalRef, plainText, requiredInt, requiredOneOf } from './fields.ts';

export const COMMENTARY_SCOPE = {
  plan: '规划整体',
  indicator: '主要指标',
  programme: '重点专栏',
  platform: '“3+3”平台',
} as const;
export type CommentaryScope = keyof typeof COMMENTARY_SCOPE;

export const COMMENTARY_SECTION = {
  highlights: '主要亮点',
  progress: '进展情况',
  problems: '存在问题',
  'next-steps': '下一步工作',
} as const;
export type CommentarySection = keyof typeof COMMENTARY_SECTION;

/** The file each non-plan scope's ref_id names. */
export const COMMENTARY_REF_FILE: Record<Exclude<CommentaryScope, 'plan'>, string> = {
  indicator: 'indicators.csv',
  programme: 'programmes.csv',
  platform: 'platforms.csv',
};

export const CommentaryRowSchema = z
  .object({
    /** The report year the text belongs to (a plan-period year, e.g. 2027). */
    year: requiredInt(1900, 2100),
    /** plan 规划整体 | indicator 主要指标 | programme 重点专栏 | platform “3+3”平台. */
    scope: requiredOneOf(COMMENTARY_SCOPE),
    /** The indicators.csv, programmes.csv or platforms.csv id; blank for scope plan. */
    ref_id: optionalRef(),
    /** highlights 主要亮点 | progress 进展情况 | problems 存在问题 | next-steps 下一步工作. */
    section: requiredOneOf(COMMENTARY_SECTION),
    /** The paragraph in Chinese: plain text, line breaks allowed (Alt+Enter), no HTML. */
    text_zh: plainText({ max: 4000 }).transform((v) => v as string),
    /** The same paragraph in English; blank until translated (the English report says so). */
    text_en: plainText({ max: 8000, optional: true }).default(null),
  })
  .superRefine((row, ctx) => {
    const issue = (message: string, fix: string, en: string) =>
      ctx.addIssue({ code: 'custom', path: ['ref_id'], message, params: { fix, en } });
    if (row.scope === 'plan' && row.ref_id !== null)
      issue(
        `scope 为 plan（规划整体）时 ref_id 应留空，这里填了 ${row.ref_id}。`,
        '如果这段文字说的是某项指标、专栏或平台，请把 scope 改为 indicator、programme 或 platform；否则清空 ref_id。',
        'ref_id must be blank for scope plan',
      );
    if (row.scope !== 'plan' && row.ref_id === null)
      issue(
        `scope 为 ${row.scope}（${COMMENTARY_SCOPE[row.scope]}）时必须填写 ref_id。`,
        `请在 ref_id 填写 ${COMMENTARY_REF_FILE[row.scope]} 中的编号；说的是规划整体时，scope 填 plan。`,
        `ref_id required for scope ${row.scope}`,
      );
  });

export type CommentaryRow = z.output<typeof CommentaryRowSchema>;
