/** The revision history as table rows for a page: one row per published version. Pure. */
import { formatDateEn, formatDateZh, formatNumber } from './format.ts';
import {
  deliverableChangeText,
  versionChangeText,
  type DeliverableHistory,
  type FigureHistory,
} from './revisions.ts';
import type { Lang } from '../i18n/ui.ts';

export interface RevisionRow {
  /** What the row is about: a year (indicator page) or a target's title and year (programme page). */
  label: string;
  published_on: string;
  publishedText: string;
  commit: string;
  /** The value as published with its status, or — for a withdrawal or a deliverable. */
  valueText: string;
  changeText: string;
  /** A published value or state was changed (修订, 初步数改为正式数, 撤回). */
  revised: boolean;
}

const dateText = (iso: string, lang: Lang) =>
  lang === 'zh' ? formatDateZh(iso) : formatDateEn(iso);

const STATUS = {
  zh: { final: '正式数', provisional: '初步数' },
  en: { final: 'final', provisional: 'provisional' },
} as const;

/** Figure histories as rows, year by year, each year's versions oldest first. */
export function figureRevisionRows(
  histories: readonly FigureHistory[],
  lang: Lang,
  labelOf: (h: FigureHistory) => string = (h) => String(h.year),
): RevisionRow[] {
  return histories.flatMap((h) =>
    h.versions.map((v) => ({
      label: labelOf(h),
      published_on: v.published_on,
      publishedText: dateText(v.published_on, lang),
      commit: v.commit,
      valueText:
        v.value === null
          ? '—'
          : `${formatNumber(v.value)}${v.status ? (lang === 'zh' ? `（${STATUS.zh[v.status]}）` : ` (${STATUS.en[v.status]})`) : ''}`,
      changeText: versionChangeText(v, lang),
      revised: v.change !== 'added',
    })),
  );
}

/** Deliverable histories as rows. */
export function deliverableRevisionRows(
  histories: readonly DeliverableHistory[],
  lang: Lang,
  labelOf: (h: DeliverableHistory) => string,
): RevisionRow[] {
  return histories.flatMap((h) =>
    h.versions.map((v) => ({
      label: labelOf(h),
      published_on: v.published_on,
      publishedText: dateText(v.published_on, lang),
      commit: v.commit,
      valueText: '—',
      changeText: deliverableChangeText(v, lang),
      revised: v.change !== 'added',
    })),
  );
}
