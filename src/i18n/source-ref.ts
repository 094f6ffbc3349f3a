/**
 * Where in the plan a row comes from, in English. The source references in data/ are written the
 * way the plan prints its structure (专栏1 第1项, 三（二）5 正文); this translates that structure
 * word for word: 专栏 = Box (the plan's boxed tables), 第N项/条 = item N, 第N段 = paragraph N,
 * 三（二）5 = Part III, section (2), point 5, 正文 = main text. A reference in any other form is
 * returned as it is (null), so the page marks it as Chinese.
 */
import type { Lang } from './ui.ts';

const NUMERAL: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function part(ref: string): string | null {
  let m = /^专栏(\d+)\s*第(\d+)(项|条|段)$/.exec(ref);
  if (m) return `Box ${m[1]}, ${m[3] === '段' ? 'paragraph' : 'item'} ${m[2]}`;
  m = /^专栏(\d+)$/.exec(ref);
  if (m) return `Box ${m[1]}`;
  m = /^([一二三四五六七八九十])（([一二三四五六七八九十])）(\d+)?\s*(正文)?$/.exec(ref);
  if (m)
    return [
      `Part ${ROMAN[NUMERAL[m[1]!]!]}, section (${NUMERAL[m[2]!]})`,
      m[3] && `point ${m[3]}`,
      m[4] && 'main text',
    ]
      .filter(Boolean)
      .join(', ');
  return null;
}

/** 专栏1 第1项 → Box 1, item 1; null when the reference has another form. */
export function sourceRefEn(ref: string): string | null {
  const parts = ref.split(/\s*[；;]\s*/).map((p) => part(p.trim()));
  return parts.every((p) => p !== null) ? parts.join('; ') : null;
}

/** “规划（征求意见稿）专栏1 第1项” / “The plan (draft), Box 1, item 1”. */
export function sourceText(plan: { status: string }, ref: string, lang: Lang): string {
  const draft = plan.status === 'draft';
  if (lang === 'zh') return `规划${draft ? '（征求意见稿）' : ''}${ref}`;
  return `The plan${draft ? ' (draft)' : ''}, ${sourceRefEn(ref) ?? ref}`;
}

/** A programme's box: 专栏2 / Box 2. */
export function boxLabel(columnNo: number, lang: Lang): string {
  return lang === 'zh' ? `专栏${columnNo}` : `Box ${columnNo}`;
}
