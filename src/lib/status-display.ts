/** How a status is shown: a word and a shape, never colour alone. */
import { STATUS_EN, STATUS_ZH, type Status } from './progress.ts';
import type { Lang } from '../i18n/ui.ts';

const STATUS_LABEL: Record<Lang, Record<Status, string>> = { zh: STATUS_ZH, en: STATUS_EN };
const ACHIEVED_EARLY: Record<Lang, string> = { zh: '提前实现', en: 'Achieved early' };

/** A symbol per status, so the status reads without colour (and in greyscale print). */
export const STATUS_SYMBOL: Record<Status, string> = {
  achieved: '✔',
  ahead: '▲',
  'on-track': '●',
  'at-risk': '◆',
  behind: '▼',
  missed: '✖',
  'not-assessable': '?',
  'no-data': '–',
};

/** Lagging or, at the plan's end, missed: what the overview, wall and reports single out. */
export function needsAttention(status: Status): boolean {
  return status === 'behind' || status === 'at-risk' || status === 'missed';
}

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABEL[lang][status];
}

/** 已完成 reads 提前实现 when reached before the plan's last year. */
export function achievedLabel(
  status: Status,
  lang: Lang,
  latestYear: number | null,
  endYear: number,
) {
  if (status === 'achieved' && latestYear !== null && latestYear < endYear)
    return ACHIEVED_EARLY[lang];
  return statusLabel(status, lang);
}
