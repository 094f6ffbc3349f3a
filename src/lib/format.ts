/**
 * The one text/format module: figures exactly as the plan prints them, units and the percent test,
 * comparator signs, and dates as people read them in each language.
 */
import { isPercentUnit } from '../schemas/percent.ts';
import type { Comparator, Notation } from '../schemas/indicator.ts';
import type { Lang } from '../i18n/ui.ts';

export interface FigureSpec {
  notation: Notation;
  unit_zh: string;
  comparator: Comparator;
}

const SIGN: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '=': '' };

/** The sign a target prints before its figure: ≥, ≤, or nothing for =. */
export function comparatorSign(comparator: Comparator): string {
  return SIGN[comparator];
}

/**
 * Two different questions about a unit, kept apart on purpose:
 * - isPercentUnit: is it a percentage? (any unit with %, as the loader's % rule and the engine
 *   read it: src/schemas/percent.ts);
 * - isPercentSign: is it the bare % sign, which a figure carries attached (99.5%)? Only then does
 *   a page print % in place of the unit text; a unit that merely contains % is printed as written.
 */
export { isPercentUnit };

/** The unit is exactly `%`: the figure takes it attached, in every language. */
export function isPercentSign(unit: string | null | undefined): boolean {
  return unit === '%';
}

/** A plain number without grouping, as the plan prints it (3500, 99.7, 12738.59). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

function withUnitSign(value: number, unit: string): string {
  return isPercentUnit(unit) ? `${formatNumber(value)}%` : formatNumber(value);
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
  if (max !== null || (isPercentUnit(spec.unit_zh) && value === 100)) return core;
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

/** ISO date in a language: 2026年3月15日 / 15 March 2026. */
export function formatDate(iso: string, lang: Lang): string {
  return lang === 'zh' ? formatDateZh(iso) : formatDateEn(iso);
}

/** The same for an optional date: `blank` (— by default) when there is none. */
export function formatDateOr(iso: string | null | undefined, lang: Lang, blank = '—'): string {
  return iso ? formatDate(iso, lang) : blank;
}

/**
 * The unit a figure shows with: % whenever the Chinese unit is the % sign (English pages too),
 * otherwise the unit in the page's language.
 */
export function displayUnit(unitZh: string | null | undefined, unit: string): string {
  return isPercentSign(unitZh) ? '%' : unit;
}

/** A value with its unit: 3600 批次/年, 99.5%; the bare number when the plan prints no unit. */
export function withUnit(value: number, unit: string): string {
  if (isPercentSign(unit)) return `${formatNumber(value)}%`;
  if (unit === '') return formatNumber(value); // the plan prints no unit (零超时 …)
  return `${formatNumber(value)} ${unit}`;
}
