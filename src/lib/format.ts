/** Display helpers: figures exactly as the plan prints them, dates as people read them. */
import type { Comparator, Notation } from '../schemas/indicator.ts';

export interface FigureSpec {
  notation: Notation;
  unit_zh: string;
  comparator: Comparator;
}

const SIGN: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '=': '' };

/** A plain number without grouping, as the plan prints it (3500, 99.7, 12738.59). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

function withUnitSign(value: number, unit: string): string {
  return unit.includes('%') ? `${formatNumber(value)}%` : formatNumber(value);
}

/**
 * A baseline as printed: 〔16〕 for five-year totals, 3500 otherwise; null when the plan leaves it
 * blank.
 */
export function formatBaseline(value: number | null, spec: FigureSpec): string | null {
  if (value === null) return null;
  const shown = withUnitSign(value, spec.unit_zh);
  return spec.notation === 'cumulative' ? `〔${shown}〕` : shown;
}

/**
 * A target as printed: 〔62〕, 100%*, ≥3800, ≤60. Five-year totals and averages carry no sign;
 * a 100% target carries none either (nothing lies above it); ranges print as 100–120.
 */
export function formatTarget(value: number, max: number | null, spec: FigureSpec): string {
  const core =
    max === null
      ? withUnitSign(value, spec.unit_zh)
      : `${formatNumber(value)}–${withUnitSign(max, spec.unit_zh)}`;
  if (spec.notation === 'cumulative') return `〔${core}〕`;
  if (spec.notation === 'average') return `${core}*`;
  if (max !== null || (spec.unit_zh.includes('%') && value === 100)) return core;
  return `${SIGN[spec.comparator]}${core}`;
}

/** ISO date → 2026年3月15日. */
export function formatDateZh(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** ISO date → 15 March 2026. */
export function formatDateEn(iso: string): string {
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}
