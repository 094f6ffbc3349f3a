/** `observations.csv`: reported values, one row per measure and year. */
import { z } from 'zod';
import { optionalText, requiredDate, requiredInt, requiredOneOf, num, url, id } from './fields.ts';

export const OBSERVATION_STATUS = { final: '正式数', provisional: '初步数' } as const;
export type ObservationStatus = keyof typeof OBSERVATION_STATUS;

export const ObservationRowSchema = z.object({
  /** An indicators.csv id or a quantity milestone id from milestones.csv. */
  measure_id: id(),
  /** Year the figure is for: 2021–2025 is 14th-plan context, 2026–2030 the plan period. */
  year: requiredInt(1990, 2100),
  /** The figure as reported: a yearly flow (annual/cumulative), the level reached, or the year's rate. */
  value: num(),
  /** final 正式数 | provisional 初步数 (shown flagged, still counted). */
  status: requiredOneOf(OBSERVATION_STATUS),
  /** Date the figure was published or last revised (ISO). */
  as_of: requiredDate(),
  /** Where the figure comes from, in Chinese. */
  source_zh: optionalText(500),
  /** Web address of the source; http(s) only. */
  source_url: url({ optional: true }),
  /** Note shown beside the figure. */
  note_zh: optionalText(1000),
});

export type ObservationRow = z.output<typeof ObservationRowSchema>;
