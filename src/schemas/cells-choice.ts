/** Choice cells: one of a fixed set of codes, and true / false. */
import { z } from 'zod';
import { fail, quote, trimCell, trimmedCell, withKind } from './cells-core.ts';

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
  const blank = opts.optional
    ? null
    : ([
        '此项必填，但单元格是空的。',
        `请填写以下之一：${listChoices(choices)}。`,
        `required; one of ${codes.join(', ')}`,
      ] as const);
  return trimmedCell('enum', blank, (value, raw, ctx): T => {
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
  return withKind(
    'boolean',
    z.string().transform((raw, ctx) => {
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
    }),
  );
}
