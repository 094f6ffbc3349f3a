/**
 * The % rule, in one place: a number may be typed with a trailing % (`99.5%`, `９９．５％`) only in
 * a FileSpec `numeric` column of a row whose unit is a percentage. The loader reports any other %,
 * data:fix drops an allowed one and leaves the rest, data:diff prints `%` instead of the unit.
 */
import { parseExcelNumber } from './cells-number.ts';
import type { FileSpec } from './index.ts';

/** A unit is a percentage when it holds a % (`%`, `%（累计）`). No unit is not a percentage. */
export function isPercentUnit(unit: string | null | undefined): boolean {
  return typeof unit === 'string' && unit.includes('%');
}

/** The cell is a number typed with a trailing % (full-width ％ included). */
export function typedWithPercent(raw: string): boolean {
  const parsed = parseExcelNumber(raw);
  return parsed.ok && parsed.percent;
}

/** A % may be typed in this column of this file for a row with this unit. */
export function percentAllowed(spec: FileSpec, column: string, unit: string | null): boolean {
  return spec.numeric.includes(column) && isPercentUnit(unit);
}
