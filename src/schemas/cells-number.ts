/**
 * Number cells: the Excel number transform (full-width digits, thousands separators, a trailing
 * %) and the builders built on it. Whether a % is allowed is the % rule in percent.ts.
 */
import { z } from 'zod';
import { fail, quote, toHalfWidth, trimCell, withKind } from './cells-core.ts';

export const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
export const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

export type NumberParse =
  { ok: true; value: number; percent: boolean } | { ok: false; reason: 'empty' | 'format' };

/**
 * The numeric transform: full-width digits, thousands separators (3,800) and a trailing % are
 * accepted as Excel users type them. The % is only remembered here; whether the unit allows it is
 * a cross-file rule checked by the loader.
 */
export function parseExcelNumber(raw: string): NumberParse {
  let text = trimCell(toHalfWidth(raw));
  if (text === '') return { ok: false, reason: 'empty' };
  let percent = false;
  if (text.endsWith('%')) {
    percent = true;
    text = trimCell(text.slice(0, -1));
  }
  if (GROUPED_NUMBER.test(text)) text = text.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(text)) return { ok: false, reason: 'format' };
  const value = Number(text);
  if (!Number.isFinite(value)) return { ok: false, reason: 'format' };
  return { ok: true, value, percent };
}

const NUMBER_FIX =
  '请填写阿拉伯数字，例如 3500 或 99.5；可以带千分位逗号（3,800），百分比单位可以带 %。不要写汉字、单位或“约”“以上”等字样。';

/** A required number. */
export function num() {
  return withKind(
    'number',
    z.string().transform((raw, ctx) => {
      const r = parseExcelNumber(raw);
      if (r.ok) return r.value;
      if (r.reason === 'empty')
        return fail(ctx, raw, '此项必填，但单元格是空的。', NUMBER_FIX, 'required number is blank');
      return fail(ctx, raw, `${quote(raw)} 不是有效的数字。`, NUMBER_FIX, 'not a number');
    }),
  );
}

/** A number that may be left blank (blank becomes null). */
export function optionalNum() {
  return withKind(
    'number',
    z.string().transform((raw, ctx): number | null => {
      const r = parseExcelNumber(raw);
      if (r.ok) return r.value;
      if (r.reason === 'empty') return null;
      return fail(ctx, raw, `${quote(raw)} 不是有效的数字。`, NUMBER_FIX, 'not a number');
    }),
  );
}

/** A whole number within [min, max]. */
export function int(min: number, max: number, required = true) {
  return withKind(
    'integer',
    z.string().transform((raw, ctx): number | null => {
      const r = parseExcelNumber(raw);
      if (!r.ok && r.reason === 'empty') {
        if (!required) return null;
        return fail(
          ctx,
          raw,
          '此项必填，但单元格是空的。',
          `请填写 ${min} 到 ${max} 之间的整数。`,
          'required integer is blank',
        );
      }
      if (!r.ok || r.percent || !Number.isInteger(r.value) || r.value < min || r.value > max)
        return fail(
          ctx,
          raw,
          `${quote(raw)} 不是 ${min} 到 ${max} 之间的整数。`,
          `请填写 ${min} 到 ${max} 之间的整数，不带小数点和单位。`,
          `must be an integer in ${min}..${max}`,
        );
      return r.value;
    }),
  );
}

/** A required integer within [min, max] (typed as number). */
export function requiredInt(min: number, max: number) {
  return int(min, max, true).transform((v) => v as number);
}
