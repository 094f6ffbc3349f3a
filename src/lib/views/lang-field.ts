/**
 * A data column by page language (name_zh / name_en …) without inline ternaries: strictly, or
 * falling back to the Chinese. For text that should be marked lang="zh-CN" when it falls back,
 * use i18n/twin.ts.
 */
import type { Lang } from '../../i18n/ui.ts';

/** The column for the page's language, with no fallback (an English page may show nothing). */
export function inLang<T>(lang: Lang, zh: T, en: T): T {
  return lang === 'zh' ? zh : en;
}

/** The English column on English pages, the Chinese where the English is missing (null). */
export function orChinese<T>(lang: Lang, zh: T, en: T | null | undefined): T {
  return lang === 'zh' ? zh : (en ?? zh);
}
