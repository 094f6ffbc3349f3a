/** The revision history as table rows for a page: one row per published version. Pure. */
import { formatDate, formatNumber } from './format.ts';
import {
  deliverableChangeText,
  versionChangeText,
  type DeliverableHistory,
  type FigureHistory,
} from './revisions.ts';
import type { Lang } from '../i18n/ui.ts';
import { observationStatusLabel } from '../i18n/labels.ts';
import { REVISIONS_UI } from '../i18n/revisions.ts';

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
      publishedText: formatDate(v.published_on, lang),
      commit: v.commit,
      valueText:
        v.value === null
          ? '—'
          : v.status
            ? REVISIONS_UI[lang].valueWithStatus(
                formatNumber(v.value),
                observationStatusLabel(v.status, lang),
              )
            : formatNumber(v.value),
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
      publishedText: formatDate(v.published_on, lang),
      commit: v.commit,
      valueText: '—',
      changeText: deliverableChangeText(v, lang),
      revised: v.change !== 'added',
    })),
  );
}
