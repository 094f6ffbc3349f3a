/** The words of a data change's one- or two-line summary (/updates/, the feed), zh and en. */
import type { Lang } from './ui.ts';

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

export const DIFF_SUMMARY_UI = {
  zh: {
    counts: (added: number, removed: number, changed: number) =>
      [
        added ? `新增 ${added} 行` : '',
        removed ? `删除 ${removed} 行` : '',
        changed ? `修改 ${changed} 行` : '',
      ]
        .filter(Boolean)
        .join('，') || '没有行变化',
    file: (file: string, counts: string) => `${file}：${counts}`,
    more: (total: number) => ` 等 ${total} 项`,
    statuses: (named: readonly string[], tail: string) => `状态变化：${named.join('，')}${tail}`,
    none: '数据没有变化',
    join: '；',
  },
  en: {
    counts: (added: number, removed: number, changed: number) =>
      [
        added ? `${rows(added)} added` : '',
        removed ? `${rows(removed)} removed` : '',
        changed ? `${rows(changed)} changed` : '',
      ]
        .filter(Boolean)
        .join(', ') || 'no row changes',
    file: (file: string, counts: string) => `${file}: ${counts}`,
    more: (_total: number, more: number) => ` and ${more} more`,
    statuses: (named: readonly string[], tail: string) =>
      `status changes: ${named.join(', ')}${tail}`,
    none: 'no data changes',
    join: '; ',
  },
} satisfies Record<Lang, unknown>;
