/** `platform-capabilities.csv`: what each platform offers, as the plan lists it. */
import { z } from 'zod';
import { id, date, optionalText, requiredOneOf, requiredText } from './fields.ts';

export const CAPABILITY_STATUS = {
  planned: '规划中',
  building: '建设中',
  operating: '已运行',
} as const;
export type CapabilityStatus = keyof typeof CAPABILITY_STATUS;

export const PlatformCapabilityRowSchema = z.object({
  /** The platforms.csv id. */
  platform_id: id(),
  /** Capability, spelt the same across platforms so the site can draw a matrix (研发创新, 小试中试 …). */
  capability_zh: requiredText(100),
  /** English name of the capability. */
  capability_en: requiredText(200),
  /** planned 规划中 | building 建设中 | operating 已运行. */
  status: requiredOneOf(CAPABILITY_STATUS),
  /** Date it reached its current status; blank if unknown. */
  since: date({ optional: true }),
  /** The platform's own wording or evidence for the status. */
  note_zh: optionalText(1000),
  /** note_zh in English (a translation of the same row's Chinese); blank = the page shows the Chinese. */
  note_en: optionalText(2000).default(null),
});

export type PlatformCapabilityRow = z.output<typeof PlatformCapabilityRowSchema>;
