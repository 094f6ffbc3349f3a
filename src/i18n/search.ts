/** Labels of the search page, keyed by language ({n} is filled in by the browser script). */
import type { Lang } from './ui.ts';

const zh = {
  description: '搜索本站全部页面。',
  empty: '没有找到结果。',
  count: '找到 {n} 个结果',
  label: '输入关键词，例如“抽检”“核酸”“审评”',
  noscript: '搜索需要启用 JavaScript。也可以从导航进入各栏目浏览。',
};

const en: typeof zh = {
  description: 'Search every page of the site.',
  empty: 'No results.',
  count: '{n} result(s)',
  label: 'Search terms, e.g. “inspection”, “nucleic”',
  noscript: 'Search needs JavaScript. You can also browse from the navigation.',
};

export const SEARCH_UI: Record<Lang, typeof zh> = { zh, en };
