/** `platforms.csv`: the “3+3” public service platforms of 专栏7. */
import { z } from 'zod';
import { id, optionalText, requiredInt, requiredOneOf, requiredText } from './fields.ts';

export const PLATFORM_GROUP = { existing: '已有平台（前3个）', new: '新建平台（后3个）' } as const;
export type PlatformGroup = keyof typeof PLATFORM_GROUP;

export const PlatformRowSchema = z.object({
  /** Stable id; the page URL is /platforms/<id>/. */
  id: id(),
  /** Order in 专栏7 (1–6). */
  seq: requiredInt(1, 9999),
  /** existing (the first three) | new (built in this plan period). */
  group: requiredOneOf(PLATFORM_GROUP),
  /** Name as printed. */
  name_zh: requiredText(200),
  /** English name. */
  name_en: requiredText(300),
  /** Field it serves (中药, 医疗器械 …). */
  field_zh: requiredText(100),
  /** Area or location the plan names; blank if none. */
  area_zh: optionalText(200),
  /** Organisation that runs or carries it, as the plan names it; blank if none. */
  operator_zh: optionalText(300),
  /** One or two sentences from the plan. */
  summary_zh: requiredText(2000),
  /** Where in the plan. */
  source_zh: requiredText(300),
  /** field_zh in English (a translation of the same row's Chinese); blank = the page shows the Chinese. */
  field_en: optionalText(100).default(null),
  /** area_zh in English; blank = Chinese (or nothing when area_zh is blank). */
  area_en: optionalText(200).default(null),
  /** operator_zh in English; blank = Chinese (or nothing when operator_zh is blank). */
  operator_en: optionalText(300).default(null),
  /** summary_zh in English (a translation, not a new text); blank = the page shows the Chinese. */
  summary_en: optionalText(2000).default(null),
});

export type PlatformRow = z.output<typeof PlatformRowSchema>;
