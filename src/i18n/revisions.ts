/** The words of the revision history (src/lib/revisions.ts, revision-view.ts), keyed by language. */
import type { Lang } from './ui.ts';

const zh = {
  firstPublished: '首次发布',
  withdrawnWas: (from: string) => `撤回（原为 ${from}）`,
  finalised: (from: string, to: string) => `${from}改为${to}`,
  statusAlso: (from: string, to: string) => `，${from}改为${to}`,
  revised: (from: string, to: string, status: string) => `修订：由 ${from} 改为 ${to}${status}`,
  /** A published value with its status: 3600（初步数）. */
  valueWithStatus: (value: string, status: string) => `${value}（${status}）`,
  doneOn: (date: string) => `（${date}）`,
  deliverableAdded: (now: string) => `首次发布：${now}`,
  withdrawn: '撤回',
  doneOnRevised: (now: string) => `修订完成日期：${now}`,
  deliverableChanged: (was: string, now: string) => `${was}改为${now}`,
  unavailable:
    '本站不是在带有完整 git 历史的代码仓库中生成的（例如由压缩包生成），数据修订记录无法提供。',
};

const en: typeof zh = {
  firstPublished: 'first published',
  withdrawnWas: (from) => `withdrawn (was ${from})`,
  finalised: (from, to) => `status ${from} → ${to}`,
  statusAlso: (from, to) => `; ${from} → ${to}`,
  revised: (from, to, status) => `revised from ${from} to ${to}${status}`,
  valueWithStatus: (value, status) => `${value} (${status})`,
  doneOn: (date) => ` (${date})`,
  deliverableAdded: (now) => `first published: ${now}`,
  withdrawn: 'withdrawn',
  doneOnRevised: (now) => `completion date revised: ${now}`,
  deliverableChanged: (was, now) => `${was} → ${now}`,
  unavailable:
    'The site was not built from a repository with its git history (a tarball, say), so the revision history is unavailable.',
};

export const REVISIONS_UI: Record<Lang, typeof zh> = { zh, en };
