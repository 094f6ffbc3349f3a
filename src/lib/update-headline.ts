/**
 * A steward-facing headline for one data change, written from the change itself rather than the
 * commit message: which figures were added, revised or finalised for which years, which statuses
 * moved, which files changed otherwise. Pure: a function of the diff.
 */
import type { DataDiff } from './data-diff.ts';
import type { FigureChangeKind } from './diff-measures.ts';
import type { Lang } from '../i18n/ui.ts';
import { HEADLINE_UI } from '../i18n/update-headline.ts';

const ORDER: FigureChangeKind[] = ['added', 'revised', 'finalised', 'withdrawn'];
const MAX_NAMES = 3;

const years = (ys: number[]) => {
  const sorted = [...new Set(ys)].sort((a, b) => a - b);
  return sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join('、');
};

export function updateHeadline(diff: DataDiff, first: boolean, lang: Lang): string {
  const w = HEADLINE_UI[lang];
  if (first) return w.first;
  const parts: string[] = [];
  for (const kind of ORDER) {
    const hit = diff.measures.filter((m) => m.figures.some((f) => f.kind === kind));
    if (hit.length === 0) continue;
    const ys = hit.flatMap((m) => m.figures.filter((f) => f.kind === kind).map((f) => f.year));
    const names = hit.slice(0, MAX_NAMES).map((m) => (w.byName ? m.name : m.id));
    const more = hit.length > MAX_NAMES;
    parts.push(w.figures({ kind, years: years(ys), count: hit.length, names, more }));
  }
  if (diff.statuses.length > 0) parts.push(w.statuses(diff.statuses.length));
  const others = diff.files
    .filter((f) => f.file !== 'observations.csv')
    .filter((f) => f.added.length + f.removed.length + f.changed.length > 0);
  if (others.length > 0) parts.push(w.files(others.map((f) => (w.byLabel ? f.label_zh : f.file))));
  if (parts.length === 0) return w.none;
  return w.line(parts.join(w.sep));
}
