/** `programmes.csv`: the key programmes of 专栏2–12. */
import { z } from 'zod';
import { id, requiredInt, requiredOneOf, requiredText, optionalText } from './fields.ts';

export const PROGRAMME_KIND = {
  campaign: '攻坚战',
  project: '工程',
  'action-plan': '行动计划',
  reform: '改革',
} as const;
export type ProgrammeKind = keyof typeof PROGRAMME_KIND;

export const ProgrammeRowSchema = z.object({
  /** Stable id; the page URL is /programmes/<id>/ (P02 … P12). */
  id: id(),
  /** 专栏 number as printed (2–12). */
  column_no: requiredInt(1, 9999),
  /** campaign 攻坚战 | project 工程 | action-plan 行动计划 | reform 改革. */
  kind: requiredOneOf(PROGRAMME_KIND),
  /** Title as printed, without the “专栏 N：” prefix. */
  title_zh: requiredText(200),
  /** English title. */
  title_en: requiredText(300),
  /** The chapter section it belongs to, e.g. 三（一）1. 强化药品安全风险系统治理. */
  section_zh: requiredText(200),
  /** One or two sentences from the programme's own text. */
  summary_zh: requiredText(2000),
  /** English summary. */
  summary_en: optionalText(4000),
  /** Lead agency. */
  lead_zh: optionalText(200),
  /** section_zh in English (a translation of the same row's Chinese); blank = the Chinese. */
  section_en: optionalText(300).default(null),
  /** lead_zh in English; blank = the Chinese (or “not stated” when lead_zh is blank). */
  lead_en: optionalText(400).default(null),
});

export type ProgrammeRow = z.output<typeof ProgrammeRowSchema>;
