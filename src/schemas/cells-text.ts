/** Text cells: free and plain text, identifiers and references, web addresses. */
import { z } from 'zod';
import { fail, quote, trimmedCell, type Ctx } from './cells-core.ts';

/** Free text. Required unless `optional`; blank optional text becomes null. */
export function text(opts: { optional?: boolean; max?: number } = {}) {
  const max = opts.max ?? 2000;
  const blank = opts.optional
    ? null
    : ([
        '此项必填，但单元格是空的。',
        '请填写内容；如果确实没有，请与数据管理员确认该列是否允许留空。',
        'required text is blank',
      ] as const);
  return trimmedCell('text', blank, (value, raw, ctx) => {
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

/** The id rule (letters, digits and hyphens, at most 64), with the fix the column's use needs. */
const idRule = (fix: string, en: string) => (value: string, raw: string, ctx: Ctx) => {
  if (!ID_PATTERN.test(value) || value.length > 64)
    return fail(ctx, raw, `编号 ${quote(raw)} 含有不允许的字符。`, fix, en);
  return value;
};

/** A stable identifier: it becomes a URL, so only letters, digits and hyphens. */
export function id() {
  const blank = [
    '编号必填，但单元格是空的。',
    '请填写编号，只用英文字母、数字和连字符 -，例如 I01。',
    'id is blank',
  ] as const;
  return trimmedCell(
    'id',
    blank,
    idRule(
      '编号会成为网址的一部分，只能用英文字母、数字和连字符 -（不能有空格、汉字或其他符号），最长 64 个字符。',
      'id must match [A-Za-z0-9-]+',
    ),
  );
}

/** An optional reference to another file's id (blank → null). */
export function optionalRef() {
  return trimmedCell(
    'ref',
    null,
    idRule(
      '请填写被引用对象的编号（只含英文字母、数字和连字符，最长 64 个字符），或留空。',
      'reference must match [A-Za-z0-9-]+',
    ),
  );
}

/** An http(s) web address; anything else (javascript:, data:, file:) is refused. */
export function url(opts: { optional?: boolean } = {}) {
  const blank = opts.optional
    ? null
    : ([
        '网址必填，但单元格是空的。',
        '请填写以 https:// 或 http:// 开头的完整网址。',
        'required URL is blank',
      ] as const);
  return trimmedCell('url', blank, (value, raw, ctx) => {
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
