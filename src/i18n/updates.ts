/** Labels and sentences of the data-updates page, keyed by language. */
import type { Lang } from './ui.ts';

const zh = {
  title: '数据更新',
  description: '每一次数据修改：日期、说明，以及新增、删除、修改的行和由此变化的进度状态。',
  lede: (dir: string, limit: number) =>
    `本页列出数据目录 ${dir}/ 的每一次修改（最新的在前，最多 ${limit} 次），以及每次修改新增、删除、修改了哪些行，哪些指标的进度状态因此变化。`,
  feed: '订阅数据更新（Atom）',
  commit: '提交',
  colon: '：',
  viewCommit: '查看提交',
  truncated: (limit: number) => `只列出最近 ${limit} 次修改；更早的记录在代码仓库的提交历史中。`,
  data: '数据下载',
  methodology: '评估方法',
};

const en: typeof zh = {
  title: 'Data updates',
  description:
    'Every change to the data: date, description, rows added, removed and changed, and the progress statuses that changed as a result.',
  lede: (dir, limit) =>
    `Every change to the data directory ${dir}/ (newest first, at most ${limit}), with the rows each change added, removed or changed and the progress statuses that changed as a result.`,
  feed: 'Subscribe to data updates (Atom, in Chinese)',
  commit: 'Commit',
  colon: ': ',
  viewCommit: 'View the commit',
  truncated: (limit) =>
    `Only the latest ${limit} changes are listed; older ones are in the repository's history.`,
  data: 'Data',
  methodology: 'Methodology',
};

export const UPDATES_UI: Record<Lang, typeof zh> = { zh, en };
