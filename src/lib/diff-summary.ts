/**
 * data:diff in short: totals, the counts of one file in Chinese or English, and the one- or
 * two-line summary the updates page and feed show. Pure.
 */
import type { DataDiff, FileDiff } from './data-diff.ts';
import { transitionEn, transitionZh } from './diff-statuses.ts';
import { DIFF_SUMMARY_UI } from '../i18n/diff-summary.ts';
import { byLang } from '../i18n/twin.ts';

export function isEmptyDiff(diff: DataDiff): boolean {
  return diff.files.length === 0 && diff.statuses.length === 0;
}

export interface DiffTotals {
  files: number;
  added: number;
  removed: number;
  changed: number;
  statuses: number;
}

export function diffTotals(diff: DataDiff): DiffTotals {
  const sum = (f: (d: FileDiff) => number) => diff.files.reduce((n, d) => n + f(d), 0);
  return {
    files: diff.files.length,
    added: sum((d) => d.added.length),
    removed: sum((d) => d.removed.length),
    changed: sum((d) => d.changed.length),
    statuses: diff.statuses.length,
  };
}

/** `新增 3 行，修改 1 行`. */
export const countsZh = DIFF_SUMMARY_UI.zh.counts;
/** `3 rows added, 1 row changed`. */
export const countsEn = DIFF_SUMMARY_UI.en.counts;

export interface DiffSummary {
  /** One part per changed file, e.g. `observations.csv：新增 3 行，修改 1 行`. */
  files: string[];
  /** `状态变化：I05 进度正常 → 略有滞后`, or null when no status changed. */
  statuses: string | null;
}

/** How many status changes a one-line summary names before “等 N 项”. */
const MAX_SUMMARY_STATUSES = 10;

/** The diff in one or two short lines, for the updates page and feed. */
export function summarizeDiff(diff: DataDiff, lang: 'zh' | 'en'): DiffSummary {
  const ui = DIFF_SUMMARY_UI[lang];
  const transition = byLang(lang, transitionZh, transitionEn);
  const files = diff.files.map((f) =>
    ui.file(f.file, ui.counts(f.added.length, f.removed.length, f.changed.length)),
  );
  if (diff.statuses.length === 0) return { files, statuses: null };
  const named = diff.statuses.slice(0, MAX_SUMMARY_STATUSES).map((s) => `${s.id} ${transition(s)}`);
  const more = diff.statuses.length - named.length;
  const tail = more > 0 ? ui.more(diff.statuses.length, more) : '';
  return { files, statuses: ui.statuses(named, tail) };
}

/** The summary as one line: `observations.csv：新增 3 行；状态变化：…`. */
export function summaryLine(diff: DataDiff, lang: 'zh' | 'en'): string {
  const ui = DIFF_SUMMARY_UI[lang];
  if (isEmptyDiff(diff)) return ui.none;
  const s = summarizeDiff(diff, lang);
  return [...s.files, ...(s.statuses ? [s.statuses] : [])].join(ui.join);
}
