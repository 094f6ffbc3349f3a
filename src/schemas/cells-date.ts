/** Date cells: calendar dates (as Excel/WPS write them back) and days of the year. */
import { z } from 'zod';
import { fail, quote, toHalfWidth, trimCell, trimmedCell, withKind } from './cells-core.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOOSE_DATE = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/;

/** Parse an ISO date, or the forms Excel/WPS write back (2026/3/5, 2026-3-5, 2026年3月5日). */
export function parseDate(raw: string): string | null {
  const value = trimCell(toHalfWidth(raw));
  const m = ISO_DATE.exec(value) ?? LOOSE_DATE.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A calendar date, stored as ISO YYYY-MM-DD. */
export function date(opts: { optional?: boolean } = {}) {
  const blank = opts.optional
    ? null
    : ([
        '日期必填，但单元格是空的。',
        '请按 年-月-日 填写，例如 2026-03-15。',
        'required date is blank',
      ] as const);
  return trimmedCell(
    'date',
    blank,
    (_value, raw, ctx) =>
      parseDate(raw) ??
      fail(
        ctx,
        raw,
        `${quote(raw)} 不是有效日期。`,
        '请按 年-月-日 填写，例如 2026-03-15（2026/3/15 也可以），并确认这一天确实存在。',
        'not a valid date (YYYY-MM-DD)',
      ),
  );
}

const MONTH_DAY = /^(\d{1,2})[-/.月](\d{1,2})日?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day of the year, MM-DD (03-31; 3/31 and 3月31日 also read), optional. It recurs every year,
 * so 02-29 is refused. Stored as MM-DD.
 */
export function monthDay() {
  return withKind(
    'month-day',
    z
      .string()
      .transform((raw, ctx): string | null => {
        const value = trimCell(toHalfWidth(raw));
        if (value === '') return null;
        const m = MONTH_DAY.exec(value);
        const [mo, d] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
        if (mo >= 1 && mo <= 12 && d >= 1 && d <= (DAYS_IN_MONTH[mo - 1] ?? 0))
          return `${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        return fail(
          ctx,
          raw,
          `${quote(raw)} 不是有效的月-日。`,
          '请按 月-日 填写下一年的报送截止日，例如 03-31（3月31日）；每年都有的日子才行，不能填 02-29。没有规定期限就留空。',
          'not a valid MM-DD day of the year',
        );
      })
      .default(null),
  );
}

/** A required date (typed as string). */
export function requiredDate() {
  return date().transform((v) => v as string);
}
