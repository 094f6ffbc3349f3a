/**
 * data:diff as the pull-request comment (Markdown): totals, each measure's figures, each file's
 * rows, the status changes and the format-only re-saves; or, when the data fails the check,
 * every problem as check:data prints it. Pure.
 */
import type { DataDiff } from './data-diff.ts';
import { formatReport, type DataIssue } from './data/issues.ts';
import { figureChangeZh } from './diff-measures.ts';
import { clip, type ChangedRow, type RowRef } from './diff-rows.ts';
import { statusLineZh, transitionZh } from './diff-statuses.ts';
import { countsEn, countsZh, diffTotals, isEmptyDiff } from './diff-summary.ts';

/** Rows listed per file (and status changes) before the rest is only counted. */
export const MAX_LISTED = 50;

function refText(r: RowRef): string {
  const label = r.label ? `（${r.label}）` : '';
  const value = r.value !== null ? `：value ${r.value}` : '';
  return `${r.key}${label}${value}`;
}

function changedText(r: ChangedRow): string {
  const label = r.label ? `（${r.label}）` : '';
  return `${r.key}${label}：${r.fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join('；')}`;
}

/** Fence a block so that no line inside can close it. */
function fenced(text: string, info = 'text'): string {
  let fence = '```';
  while (text.includes(fence)) fence += '`';
  return `${fence}${info}\n${text}\n${fence}`;
}

export interface MarkdownContext {
  /** How the two sides are named, e.g. `main（1a2b3c4）` and `工作区`. */
  base?: string;
  head?: string;
}

/**
 * The pull-request comment: a heading line with totals, then each file's added, changed and
 * removed rows (at most MAX_LISTED per file), then the status changes. No change → one line.
 */
export function renderDiffMarkdown(diff: DataDiff, context: MarkdownContext = {}): string {
  const formatLines = diff.formatOnly.map((f) => `- ${f.file}：${f.what_zh.join('，')}`);
  if (isEmptyDiff(diff))
    return formatLines.length
      ? [
          '### 仅格式变化，数据未变',
          '',
          '这些文件重新保存过（例如用 Excel/WPS 打开后另存），git 显示每一行都变了，但没有一个数值或文字发生变化：',
          '',
          ...formatLines,
          '',
          '(en: format-only changes, the data is unchanged)',
        ].join('\n')
      : '数据没有变化。(en: no data changes)';
  const t = diffTotals(diff);
  const lines = [
    `### 数据变化：${t.files} 个文件，${countsZh(t.added, t.removed, t.changed)}；状态变化 ${t.statuses} 项`,
  ];
  if (context.base || context.head)
    lines.push('', `比较：${context.base ?? '（无）'} → ${context.head ?? '（无）'}`);
  if (diff.measures.length > 0) {
    lines.push('', `#### 按指标和目标（${diff.measures.length} 项）`, '');
    const statusOf = new Map(diff.statuses.map((s) => [s.id, s]));
    const items = diff.measures.map((m) => {
      const unit = m.unit ? `（${m.unit}）` : '';
      const figures = m.figures.map((c) => figureChangeZh(c, m.unit)).join('；');
      const s = statusOf.get(m.id);
      const status = s ? `；状态 ${transitionZh(s)}` : '；状态不变';
      return `- **${m.id} ${clip(m.name, 40)}**${unit}：${figures}${status}`;
    });
    lines.push(...items.slice(0, MAX_LISTED));
    if (items.length > MAX_LISTED) lines.push(`- ……另有 ${items.length - MAX_LISTED} 项未列出`);
  }
  for (const f of diff.files) {
    lines.push(
      '',
      `#### ${f.file}（${f.label_zh}）：${countsZh(f.added.length, f.removed.length, f.changed.length)}`,
      '',
    );
    const items = [
      ...f.added.map((r) => `- 新增 ${refText(r)}`),
      ...f.changed.map((r) => `- 修改 ${changedText(r)}`),
      ...f.removed.map((r) => `- 删除 ${refText(r)}`),
    ];
    lines.push(...items.slice(0, MAX_LISTED));
    if (items.length > MAX_LISTED)
      lines.push(`- ……共 ${items.length} 行变化，另有 ${items.length - MAX_LISTED} 行未列出`);
  }
  if (diff.statuses.length > 0) {
    lines.push('', `#### 状态变化（${diff.statuses.length} 项）`, '');
    lines.push(...diff.statuses.slice(0, MAX_LISTED).map((s) => `- ${statusLineZh(s)}`));
    if (diff.statuses.length > MAX_LISTED)
      lines.push(`- ……另有 ${diff.statuses.length - MAX_LISTED} 项未列出`);
  }
  if (formatLines.length > 0) lines.push('', '#### 仅格式变化，数据未变', '', ...formatLines);
  lines.push(
    '',
    `(en: ${t.files} file(s): ${countsEn(t.added, t.removed, t.changed)}; ${t.statuses} status change(s))`,
  );
  return lines.join('\n');
}

/** The comment when the new data does not pass the check: every problem, as check:data prints it. */
export function renderInvalidMarkdown(issues: DataIssue[], context: MarkdownContext = {}): string {
  return [
    `### 数据检查未通过：${context.head ?? '新版本'}的数据有 ${issues.length} 个问题`,
    '',
    '请先按下面的“改法”修改；数据通过检查后，这里会列出新增、删除和修改的行。',
    '',
    fenced(formatReport(issues)),
    '',
    `(en: the new data fails the check with ${issues.length} issue(s))`,
  ].join('\n');
}

/** The base side could not be read as valid data: nothing to compare the new data with. */
export function renderBaseInvalidMarkdown(
  issueCount: number,
  context: MarkdownContext = {},
): string {
  return [
    `### 无法比较：${context.base ?? '基准版本'}的数据没有通过检查（${issueCount} 个问题）`,
    '',
    `${context.head ?? '新版本'}的数据检查通过；因为比较的基准本身有问题，无法逐行列出变化。`,
    '',
    '(en: the base data is invalid, so no row-level comparison; the new data is valid)',
  ].join('\n');
}
