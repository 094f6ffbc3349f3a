/** `status-thresholds.csv`: the progress-ratio lines that decide a status (methodology.md). */
import { z } from 'zod';
import { num, optionalText, requiredOneOf } from './fields.ts';

export const THRESHOLD_KEY = {
  ahead_min: '快于预期的下限（默认 1.10）',
  on_track_min: '进度正常的下限（默认 0.95）',
  at_risk_min: '略有滞后的下限，仅预期性指标（默认 0.80）',
} as const;
export type ThresholdKey = keyof typeof THRESHOLD_KEY;

export const StatusThresholdRowSchema = z.object({
  /** ahead_min | on_track_min | at_risk_min. */
  key: requiredOneOf(THRESHOLD_KEY),
  /** Progress ratio r at which the band starts (e.g. 0.95). */
  value: num(),
  /** Why, in Chinese. */
  note_zh: optionalText(500),
});

export type StatusThresholdRow = z.output<typeof StatusThresholdRowSchema>;
