/** Words of the 四重 catalogue components (card, matrix, list pages) and the pager, keyed by language. */
import type { Lang } from './ui.ts';

const zh = {
  /** 第七条第2项 / Art. 7(2): the criterion an entry meets. */
  criterion: (kind: 'project' | 'product', n: number) =>
    `${kind === 'project' ? '第七条' : '第九条'}第${n}项`,
  removed: (date: string, n: number, reason: string | undefined) =>
    `已于 ${date} 移出，依据第二十二条第${n}项：${reason}。`,
  source: '来源：',
  platform: '平台详情',
  programme: '相关专栏',
  matrixCaption: (n: number) => `目录共 ${n} 项，按类别和状态`,
  kind: '类别',
  total: '合计',
  listTitle: (kind: string, status: string) => `${kind} · ${status}`,
  pageNote: (page: number, pages: number) => `（第 ${page} / ${pages} 页）`,
  listDescription: (kind: string, status: string, total: number) =>
    `“四重”目录：${kind}，${status}，共 ${total} 项。`,
  breadcrumb: '位置',
  listLede: (total: number, from: number, to: number) =>
    `共 ${total} 项，本页第 ${from}–${to} 项。`,
  pager: { label: '分页', previous: '上一页', next: '下一页' },
};

const en: typeof zh = {
  criterion: (kind, n) => `${kind === 'project' ? 'Art. 7' : 'Art. 9'}(${n})`,
  removed: (date, n, reason) => `Removed on ${date} under Art. 22(${n}): ${reason}.`,
  source: 'Source: ',
  platform: 'platform',
  programme: 'programme',
  matrixCaption: (n) => `${n} items by kind and status`,
  kind: 'Kind',
  total: 'Total',
  listTitle: (kind, status) => `${kind} · ${status}`,
  pageNote: (page, pages) => ` (page ${page} of ${pages})`,
  listDescription: (kind, status, total) => `Key items: ${kind}, ${status}, ${total} in all.`,
  breadcrumb: 'Breadcrumb',
  listLede: (total, from, to) => `${total} in all; this page shows ${from}–${to}.`,
  pager: { label: 'Pages', previous: 'Previous', next: 'Next' },
};

export const KEY_ITEMS_UI: Record<Lang, typeof zh> = { zh, en };
