/**
 * data:diff in short: totals, the counts of one file in Chinese or English, and the one- or
 * two-line summary the updates page and feed show. Pure.
 */
import type { DataDiff, FileDiff } from './data-diff.ts';
import { transitionEn, transitionZh } from './diff-statuses.ts';

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

export function countsZh(added: number, removed: number, changed: number): string {
  const parts = [
    added ? `新增 ${added} 行` : '',
    removed ? `删除 ${removed} 行` : '',
    changed ? `修改 ${changed} 行` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '没有行变化';
}

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

export function countsEn(added: number, removed: number, changed: number): string {
  const parts = [
    added ? `${rows(added)} added` : '',
    removed ? `${rows(removed)} removed` : '',
    changed ? `${rows(changed)} changed` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no row changes';
}

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
  const zh = lang === 'zh';
  const files = diff.files.map((f) =>
    zh
      ? `${f.file}：${countsZh(f.added.length, f.removed.length, f.changed.length)}`
      : `${f.file}: ${countsEn(f.added.length, f.removed.length, f.changed.length)}`,
  );
  if (diff.statuses.length === 0) return { files, statuses: null };
  const named = diff.statuses
    .slice(0, MAX_SUMMARY_STATUSES)
    .map((s) => (zh ? `${s.id} ${transitionZh(s)}` : `${s.id} ${transitionEn(s)}`));
  const more = diff.statuses.length - named.length;
  const tail = more > 0 ? (zh ? ` 等 ${diff.statuses.length} 项` : ` and ${more} more`) : '';
  return {
    files,
    statuses: zh
      ? `状态变化：${named.join('，')}${tail}`
      : `status changes: ${named.join(', ')}${tail}`,
  };
}

/** The summary as one line: `observations.csv：新增 3 行；状态变化：…`. */
export function summaryLine(diff: DataDiff, lang: 'zh' | 'en'): string {
  if (isEmptyDiff(diff)) return lang === 'zh' ? '数据没有变化' : 'no data changes';
  const s = summarizeDiff(diff, lang);
  return [...s.files, ...(s.statuses ? [s.statuses] : [])].join(lang === 'zh' ? '；' : '; ');
}
