/**
 * A data column by page language (name_zh / name_en …) without inline ternaries, in the argument
 * order of the detail pages: strictly (inLang), or falling back to the Chinese (orChinese). Both
 * are i18n/twin.ts's choosers; for text that should be marked lang="zh-CN" when it falls back, use
 * twin() there.
 */
import { byLang, twinValue } from '../../i18n/twin.ts';
import type { Lang } from '../../i18n/ui.ts';

/** The column for the page's language, with no fallback (an English page may show nothing). */
export const inLang = byLang;

/** The English column on English pages, the Chinese where the English is missing (null). */
export const orChinese = <T>(lang: Lang, zh: T, en: T | null | undefined): T =>
  twinValue(zh, en, lang);
