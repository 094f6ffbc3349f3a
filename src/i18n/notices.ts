/** The sample-data and draft notices every page carries, keyed by language. */
import type { Lang } from './ui.ts';

const zh = {
  sample: (dataDir: string) =>
    `演示数据：本站由数据目录 ${dataDir}/ 生成，其中的数值是为测试或演示编造的，不是官方统计数据。`,
  draft: '征求意见稿：本规划尚未正式印发，正式印发前请勿在公开场合引用。',
};

const en: typeof zh = {
  sample: (dataDir) =>
    `Sample data: this site was built from ${dataDir}/; its figures are made up for tests or demos and are not official statistics.`,
  draft:
    'Draft for comment: this plan has not been formally issued and must not be quoted in public before it is.',
};

export const NOTICES_UI: Record<Lang, typeof zh> = { zh, en };
