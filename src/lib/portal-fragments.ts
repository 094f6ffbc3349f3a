/**
 * The portal's own header and footer fragments (`<data dir>/portal/header.html`, `footer.html`),
 * HTML the agency supplies so that every page of the column sits inside the portal's look. They are
 * inserted as trusted static markup, so they must keep within the site's Content-Security-Policy:
 * no script, no inline style or event handler, no image, stylesheet or frame from another origin,
 * no form posting elsewhere. Pure: the caller reads the files.
 */
import type { DataIssue } from './data/issues.ts';

export const PORTAL_FRAGMENTS = ['header.html', 'footer.html'] as const;
export type PortalFragmentName = (typeof PORTAL_FRAGMENTS)[number];

export interface PortalFragments {
  header: string | null;
  footer: string | null;
}

interface Rule {
  pattern: RegExp;
  message: string;
  fix: string;
  en: string;
}

const RULES: Rule[] = [
  {
    pattern: /<script\b/gi,
    message: '片段里有 <script> 脚本。',
    fix: '本站的内容安全策略（CSP）只允许本站自己的、带哈希的脚本：请删除脚本；门户的下拉菜单等交互请改用纯 HTML/CSS 或链接。',
    en: 'no <script> in a portal fragment',
  },
  {
    pattern: /<style\b|\sstyle\s*=/gi,
    message: '片段里有内联样式（<style> 或 style= 属性）。',
    fix: '内联样式会被本站的 CSP 拦截：请把门户的样式写进 public/ 下的 CSS 文件，用 <link rel="stylesheet" href="…"> 引用本站路径。',
    en: 'no inline style in a portal fragment',
  },
  {
    pattern: /\son[a-z]+\s*=/gi,
    message: '片段里有事件处理属性（onclick= 等）。',
    fix: '事件处理属性是内联脚本，会被本站的 CSP 拦截：请删除。',
    en: 'no inline event handler in a portal fragment',
  },
  {
    pattern:
      /<(?:img|link|iframe|source|video|audio|embed|object)\b[^>]*\s(?:src|href|data)\s*=\s*["']?(?:https?:)?\/\//gi,
    message: '片段从其他网站加载图片、样式或框架。',
    fix: '本站不向第三方发出任何请求（CSP 只允许本站来源）：请把图片、样式文件复制到 public/ 下，用本站路径引用；指向门户其他页面的 <a href> 链接不受影响。',
    en: 'no resource from another origin in a portal fragment',
  },
  {
    pattern: /<iframe\b|<form\b[^>]*\saction\s*=\s*["']?(?:https?:)?\/\//gi,
    message: '片段里有框架（<iframe>）或向其他网站提交的表单。',
    fix: '本站的 CSP 不允许框架，表单只能提交到本站：门户的站内搜索请改为链接到门户的搜索页面。',
    en: 'no iframe or off-site form in a portal fragment',
  },
];

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Every way a fragment would break the site's CSP or send a request elsewhere, located. */
export function portalFragmentIssues(html: string, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const rule of RULES)
    for (const m of html.matchAll(rule.pattern))
      issues.push({
        file,
        line: lineOf(html, m.index),
        column: 0,
        field: null,
        message: rule.message,
        fix: rule.fix,
        en: rule.en,
      });
  // One issue per line and kind is enough (an iframe is caught by two rules).
  const seen = new Set<string>();
  return issues
    .filter((i) => {
      const key = `${i.line}|${i.en}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line);
}
