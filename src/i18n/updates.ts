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

/** The lines and messages of one update entry (src/lib/updates.ts), keyed by language. */
const linesZh = {
  invalid: (n: number) => `这次提交的数据没有通过检查（${n} 个问题），未列出变化。`,
  baseInvalid: (n: number) =>
    `上一版本的数据没有通过检查（${n} 个问题），无法逐行比较；这次提交的数据检查通过。`,
  unknownParent: '上一版本不在构建时可读取的历史中（浅克隆），无法比较。',
  noChange: '数据没有变化（只改了格式或行的顺序）。',
  fileSep: '；',
  first: '首次提交数据：',
  outsideRepo: '数据目录不在本站的代码仓库中，没有修改历史可以列出。',
  noGit: '本站不是在 git 代码仓库中生成的，无法列出数据的修改历史。',
  gitFailed: (detail: string | null | undefined) =>
    `读取数据的修改历史失败（git：${detail ?? '未知原因'}）。`,
  noCommits: '数据目录还没有任何提交记录。',
};

const linesEn: typeof linesZh = {
  invalid: (n) =>
    `The data in this commit did not pass the check (${n} issue(s)); changes are not listed.`,
  baseInvalid: (n) =>
    `The previous data did not pass the check (${n} issue(s)), so there is nothing to compare with; this commit's data is valid.`,
  unknownParent:
    'The previous version is not in the history available to the build (a shallow clone); no comparison.',
  noChange: 'No data changes (only formatting or row order).',
  fileSep: '; ',
  first: 'First data: ',
  outsideRepo:
    'The data directory is not inside the site’s repository, so there is no history of changes to list.',
  noGit:
    'The site was not built inside a git repository, so the history of data changes cannot be listed.',
  gitFailed: (detail) =>
    `Reading the history of data changes failed (git: ${detail ?? 'unknown reason'}).`,
  noCommits: 'No commit has touched the data directory yet.',
};

export const UPDATE_LINES_UI: Record<Lang, typeof linesZh> = { zh: linesZh, en: linesEn };
