/**
 * Cell builders shared by every CSV schema.
 *
 * Every cell arrives as a string ('' when blank). Each builder below is a *declared transform*:
 * it either turns the text into a typed value or reports one issue whose message says, in Chinese,
 * what is wrong and how to fix it (`params.fix`), with a short English line for developers
 * (`params.en`). Nothing else in the project normalises data.
 */
import { z } from 'zod';

/** Extra facts an issue carries besides its message. */
export interface IssueParams {
  fix: string;
  en: string;
}

type Ctx = z.core.$RefinementCtx<string>;

/** Report one problem with a cell. */
export function fail(ctx: Ctx, value: string, message: string, fix: string, en: string): never {
  ctx.issues.push({ code: 'custom', message, input: value, params: { fix, en } });
  return z.NEVER as never;
}

/** A value on one line: a line break in a cell must not break the message it is quoted in. */
export function oneLine(value: string): string {
  return value.replace(/\r\n|\r|\n/g, '⏎');
}

/** Show a cell's value in a message, shortened so a 10 000-character cell stays readable. */
export function quote(value: string): string {
  const chars = Array.from(value);
  const shown = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : value;
  return `“${oneLine(shown)}”`;
}

const FULL_WIDTH: Record<string, string> = {
  '．': '.',
  '，': ',',
  '－': '-',
  '＋': '+',
  '％': '%',
  '\u3000': ' ',
};

/** Full-width digits and signs (typed with a Chinese IME) become their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．，－＋％\u3000]/g, (c) => FULL_WIDTH[c] ?? c);
}

/** Trim ASCII, full-width and non-breaking spaces. */
export function trimCell(text: string): string {
  return text.replace(/^[\s\u3000\u00a0]+|[\s\u3000\u00a0]+$/g, '');
}

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

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
  return z.string().transform((raw, ctx) => {
    const r = parseExcelNumber(raw);
    if (r.ok) return r.value;
    if (r.reason === 'empty')
      return fail(ctx, raw, '此项必填，但单元格是空的。', NUMBER_FIX, 'required number is blank');
    return fail(ctx, raw, `${quote(raw)} 不是有效的数字。`, NUMBER_FIX, 'not a number');
  });
}

/** A number that may be left blank (blank becomes null). */
export function optionalNum() {
  return z.string().transform((raw, ctx): number | null => {
    const r = parseExcelNumber(raw);
    if (r.ok) return r.value;
    if (r.reason === 'empty') return null;
    return fail(ctx, raw, `${quote(raw)} 不是有效的数字。`, NUMBER_FIX, 'not a number');
  });
}

/** A whole number within [min, max]. */
export function int(min: number, max: number, required = true) {
  return z.string().transform((raw, ctx): number | null => {
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
  });
}

/** A required integer within [min, max] (typed as number). */
export function requiredInt(min: number, max: number) {
  return int(min, max, true).transform((v) => v as number);
}

/** Free text. Required unless `optional`; blank optional text becomes null. */
export function text(opts: { optional?: boolean; max?: number } = {}) {
  const max = opts.max ?? 2000;
  return z.string().transform((raw, ctx): string | null => {
    const value = trimCell(raw);
    if (value === '') {
      if (opts.optional) return null;
      return fail(
        ctx,
        raw,
        '此项必填，但单元格是空的。',
        '请填写内容；如果确实没有，请与数据管理员确认该列是否允许留空。',
        'required text is blank',
      );
    }
    if (value.length > max)
      return fail(
        ctx,
        raw,
        `内容有 ${value.length} 个字符，超过上限 ${max}。`,
        `请精简到 ${max} 个字符以内；详细说明可放在附注或来源链接中。`,
        `text longer than ${max}`,
      );
    return value;
  });
}

/** Required text (typed as string). */
export function requiredText(max?: number) {
  return text(max === undefined ? {} : { max }).transform((v) => v as string);
}

/** Optional text (blank → null). */
export function optionalText(max?: number) {
  return text(max === undefined ? { optional: true } : { optional: true, max });
}

/** An HTML tag, comment or entity: report text is plain, so none may appear. */
const HTML_LIKE = /<\/?[A-Za-z][^>]*>|<!--|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/**
 * Plain text that may span lines (Alt+Enter in Excel): line breaks are kept (as \n), HTML is
 * refused, because the text is printed as written on the site, in Word and in the PDF.
 */
export function plainText(opts: { optional?: boolean; max?: number } = {}) {
  return text(opts).transform((value, ctx): string | null => {
    if (value === null) return null;
    const found = HTML_LIKE.exec(value);
    if (found) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `文字中含有 HTML 标记 ${quote(found[0])}。`,
        params: {
          fix: '这里只填纯文字：请删除尖括号标记（如 <b>、<br>）和 &nbsp; 一类的转义符；分段请直接在单元格内换行（Excel/WPS 按 Alt+Enter）。',
          en: 'plain text only, no HTML',
        },
      });
      return z.NEVER as never;
    }
    return value.replace(/\r\n?/g, '\n');
  });
}

const ID_PATTERN = /^[A-Za-z0-9-]+$/;

/** A stable identifier: it becomes a URL, so only letters, digits and hyphens. */
export function id() {
  return z.string().transform((raw, ctx) => {
    const value = trimCell(raw);
    if (value === '')
      return fail(
        ctx,
        raw,
        '编号必填，但单元格是空的。',
        '请填写编号，只用英文字母、数字和连字符 -，例如 I01。',
        'id is blank',
      );
    if (!ID_PATTERN.test(value) || value.length > 64)
      return fail(
        ctx,
        raw,
        `编号 ${quote(raw)} 含有不允许的字符。`,
        '编号会成为网址的一部分，只能用英文字母、数字和连字符 -（不能有空格、汉字或其他符号），最长 64 个字符。',
        'id must match [A-Za-z0-9-]+',
      );
    return value;
  });
}

/** An optional reference to another file's id (blank → null). */
export function optionalRef() {
  return z.string().transform((raw, ctx): string | null => {
    const value = trimCell(raw);
    if (value === '') return null;
    if (!ID_PATTERN.test(value) || value.length > 64)
      return fail(
        ctx,
        raw,
        `编号 ${quote(raw)} 含有不允许的字符。`,
        '请填写被引用对象的编号（只含英文字母、数字和连字符，最长 64 个字符），或留空。',
        'reference must match [A-Za-z0-9-]+',
      );
    return value;
  });
}

/** One allowed code and its Chinese meaning, as shown in messages. */
export type Choices<T extends string> = Readonly<Record<T, string>>;

function listChoices<T extends string>(choices: Choices<T>): string {
  return Object.entries(choices)
    .map(([code, label]) => `${code}（${label as string}）`)
    .join('、');
}

/** One of a fixed set of codes. Blank is allowed only when `optional` (→ null). */
export function oneOf<T extends string>(choices: Choices<T>, opts: { optional?: boolean } = {}) {
  const codes = Object.keys(choices) as T[];
  return z.string().transform((raw, ctx): T | null => {
    const value = trimCell(raw);
    if (value === '') {
      if (opts.optional) return null;
      return fail(
        ctx,
        raw,
        '此项必填，但单元格是空的。',
        `请填写以下之一：${listChoices(choices)}。`,
        `required; one of ${codes.join(', ')}`,
      );
    }
    if ((codes as string[]).includes(value)) return value as T;
    const byLabel = codes.find((c) => choices[c] === value);
    const hint = byLabel ? `这里要填代码而不是中文名称：“${value}”应写作 ${byLabel}。` : '';
    return fail(
      ctx,
      raw,
      `${quote(raw)} 不是允许的取值。`,
      `${hint}请填写以下之一（区分大小写）：${listChoices(choices)}。`,
      `must be one of ${codes.join(', ')}`,
    );
  });
}

/** A required code (typed without null). */
export function requiredOneOf<T extends string>(choices: Choices<T>) {
  return oneOf(choices).transform((v) => v as T);
}

/**
 * true / false. Excel turns a typed `true` into `TRUE`, so case is ignored; 是/否 are accepted
 * because that is how a Chinese form says it.
 */
export function bool() {
  return z.string().transform((raw, ctx) => {
    const value = trimCell(raw).toLowerCase();
    if (value === 'true' || value === '是') return true;
    if (value === 'false' || value === '否') return false;
    return fail(
      ctx,
      raw,
      `${quote(raw)} 不是 true 或 false。`,
      '约束性指标填 true，预期性指标填 false（Excel 显示为 TRUE/FALSE 也可以）。',
      'must be true or false',
    );
  });
}

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
  return z.string().transform((raw, ctx): string | null => {
    if (trimCell(raw) === '') {
      if (opts.optional) return null;
      return fail(
        ctx,
        raw,
        '日期必填，但单元格是空的。',
        '请按 年-月-日 填写，例如 2026-03-15。',
        'required date is blank',
      );
    }
    const iso = parseDate(raw);
    if (iso) return iso;
    return fail(
      ctx,
      raw,
      `${quote(raw)} 不是有效日期。`,
      '请按 年-月-日 填写，例如 2026-03-15（2026/3/15 也可以），并确认这一天确实存在。',
      'not a valid date (YYYY-MM-DD)',
    );
  });
}

const MONTH_DAY = /^(\d{1,2})[-/.月](\d{1,2})日?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A day of the year, MM-DD (03-31; 3/31 and 3月31日 also read), optional. It recurs every year,
 * so 02-29 is refused. Stored as MM-DD.
 */
export function monthDay() {
  return z
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
    .default(null);
}

/** A required date (typed as string). */
export function requiredDate() {
  return date().transform((v) => v as string);
}

/** An http(s) web address; anything else (javascript:, data:, file:) is refused. */
export function url(opts: { optional?: boolean } = {}) {
  return z.string().transform((raw, ctx): string | null => {
    const value = trimCell(raw);
    if (value === '') {
      if (opts.optional) return null;
      return fail(
        ctx,
        raw,
        '网址必填，但单元格是空的。',
        '请填写以 https:// 或 http:// 开头的完整网址。',
        'required URL is blank',
      );
    }
    const parsed = URL.canParse(value) ? new URL(value) : null;
    if (
      !parsed ||
      (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') ||
      /\s/.test(value)
    )
      return fail(
        ctx,
        raw,
        `${quote(raw)} 不是 http(s) 网址。`,
        '只接受以 https:// 或 http:// 开头、不含空格的完整网址（从浏览器地址栏复制）。',
        'only http(s) URLs are allowed',
      );
    return value;
  });
}
