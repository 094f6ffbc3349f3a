/**
 * A steward-facing headline for one data change, written from the change itself rather than the
 * commit message: which figures were added, revised or finalised for which years, which statuses
 * moved, which files changed otherwise. Pure: a function of the diff.
 */
import type { DataDiff } from './data-diff.ts';
import type { FigureChangeKind } from './diff-measures.ts';
import type { Lang } from '../i18n/ui.ts';

const VERB: Record<FigureChangeKind, { zh: string; en: string }> = {
  added: { zh: '填报', en: 'added' },
  revised: { zh: '修订', en: 'revised' },
  finalised: { zh: '转为正式数', en: 'finalised' },
  withdrawn: { zh: '撤回', en: 'withdrawn' },
};
const ORDER: FigureChangeKind[] = ['added', 'revised', 'finalised', 'withdrawn'];
const MAX_NAMES = 3;

const years = (ys: number[]) => {
  const sorted = [...new Set(ys)].sort((a, b) => a - b);
  return sorted.length > 2 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join('、');
};

export function updateHeadline(diff: DataDiff, first: boolean, lang: Lang): string {
  const zh = lang === 'zh';
  if (first) return zh ? '首次提交数据' : 'First data';
  const parts: string[] = [];
  for (const kind of ORDER) {
    const hit = diff.measures.filter((m) => m.figures.some((f) => f.kind === kind));
    if (hit.length === 0) continue;
    const ys = hit.flatMap((m) => m.figures.filter((f) => f.kind === kind).map((f) => f.year));
    const names = hit.slice(0, MAX_NAMES).map((m) => (zh ? m.name : m.id));
    const more = hit.length > MAX_NAMES;
    parts.push(
      zh
        ? `${VERB[kind].zh}${years(ys)}年数据 ${hit.length} 项（${names.join('、')}${more ? '等' : ''}）`
        : `${years(ys).replaceAll('、', ', ')} figures ${VERB[kind].en} for ${hit.length} measure${hit.length === 1 ? '' : 's'} (${names.join(', ')}${more ? ', …' : ''})`,
    );
  }
  if (diff.statuses.length > 0)
    parts.push(
      zh
        ? `${diff.statuses.length} 项进度状态变化`
        : `${diff.statuses.length} status change${diff.statuses.length === 1 ? '' : 's'}`,
    );
  const others = diff.files
    .filter((f) => f.file !== 'observations.csv')
    .filter((f) => f.added.length + f.removed.length + f.changed.length > 0);
  if (others.length > 0)
    parts.push(
      zh
        ? `修改 ${others.map((f) => f.label_zh).join('、')}`
        : `changed ${others.map((f) => f.file).join(', ')}`,
    );
  if (parts.length === 0) return zh ? '数据没有实质变化' : 'No data changes';
  const line = parts.join(zh ? '；' : '; ');
  return zh ? line : line.charAt(0).toUpperCase() + line.slice(1);
}
