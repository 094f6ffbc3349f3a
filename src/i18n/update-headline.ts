/** The words of a data change's headline (src/lib/update-headline.ts), keyed by language. */
import type { FigureChangeKind } from '../lib/diff-measures.ts';
import type { Lang } from './ui.ts';

export interface FigureHit {
  kind: FigureChangeKind;
  /** The years changed, already joined: 2026、2027 or 2026–2030. */
  years: string;
  count: number;
  names: string[];
  more: boolean;
}

const VERB: Record<FigureChangeKind, { zh: string; en: string }> = {
  added: { zh: '填报', en: 'added' },
  revised: { zh: '修订', en: 'revised' },
  finalised: { zh: '转为正式数', en: 'finalised' },
  withdrawn: { zh: '撤回', en: 'withdrawn' },
};

const s = (n: number) => (n === 1 ? '' : 's');

const zh = {
  first: '首次提交数据',
  /** Measures are named by their Chinese name on the Chinese page, by id on the English one. */
  byName: true,
  figures: (h: FigureHit) =>
    `${VERB[h.kind].zh}${h.years}年数据 ${h.count} 项（${h.names.join('、')}${h.more ? '等' : ''}）`,
  statuses: (n: number) => `${n} 项进度状态变化`,
  files: (names: string[]) => `修改 ${names.join('、')}`,
  /** Files are named by their Chinese label on the Chinese page, by file name on the English one. */
  byLabel: true,
  none: '数据没有实质变化',
  sep: '；',
  line: (line: string) => line,
};

const en: typeof zh = {
  first: 'First data',
  byName: false,
  figures: (h) =>
    `${h.years.replaceAll('、', ', ')} figures ${VERB[h.kind].en} for ${h.count} measure${s(h.count)} (${h.names.join(', ')}${h.more ? ', …' : ''})`,
  statuses: (n) => `${n} status change${s(n)}`,
  files: (names) => `changed ${names.join(', ')}`,
  byLabel: false,
  none: 'No data changes',
  sep: '; ',
  line: (line) => line.charAt(0).toUpperCase() + line.slice(1),
};

export const HEADLINE_UI: Record<Lang, typeof zh> = { zh, en };
