/**
 * A reader-facing text column and its English twin (name_zh / name_en …). The English page shows
 * the twin when the data has one and falls back to the Chinese otherwise, marked lang="zh-CN" so
 * screen readers and translation tools know what they are reading.
 */
import type { Lang } from './ui.ts';

export interface TwinText {
  text: string;
  /** Set when the text is not in the page's language (the Chinese fallback on an English page). */
  lang?: 'zh-CN';
}

export function twin(zh: string, en: string | null | undefined, lang: Lang): TwinText {
  if (lang === 'zh') return { text: zh };
  return en ? { text: en } : { text: zh, lang: 'zh-CN' };
}

/** The same for an optional column pair: null when the Chinese is blank too. */
export function twinOptional(
  zh: string | null | undefined,
  en: string | null | undefined,
  lang: Lang,
): TwinText | null {
  return zh ? twin(zh, en, lang) : null;
}

/** The text of a zh/en column pair in a language, without the lang mark: the English twin, or the Chinese when it is blank. */
export function twinText(zh: string, en: string | null | undefined, lang: Lang): string {
  return twin(zh, en, lang).text;
}

/** One of two values chosen by language (a value computed in both languages, like a rule text). */
export function byLang<T>(lang: Lang, zh: T, en: T): T {
  return lang === 'zh' ? zh : en;
}

/** A nullable column pair in a language: the Chinese, or on English pages the twin (the Chinese when the twin is null). */
export function twinValue<T>(zh: T, en: T | null | undefined, lang: Lang): T {
  return lang === 'zh' ? zh : (en ?? zh);
}
