/**
 * What a data change did: rows added, removed and changed per CSV file (keyed by the file's first
 * unique key), and every indicator or quantity milestone whose status changes as a result. Pure
 * functions over two validated datasets; the git reading lives in git-data.ts. The Markdown is
 * what the pull-request comment shows; the one-line summaries feed /updates/ and /updates.xml.
 */
import { FILE_SPECS, type FileSpec } from '../schemas/index.ts';
import type { Dataset } from './data/validate-dataset.ts';
import { rowsOf, type Row } from './data/dataset-rows.ts';
import { formatReport, type DataIssue } from './data/issues.ts';
import { assessDataset } from './assessments.ts';
import { STATUS_EN, STATUS_ZH, type Status } from './progress.ts';
import { figureChangeZh, measureChanges, type MeasureChange } from './diff-measures.ts';
import { formatOnlyChanges, type FormatChange } from './diff-format.ts';

export interface FieldChange {
  field: string;
  /** Values as shown: validated value, null as 空. */
  from: string;
  to: string;
}

export interface RowRef {
  /** The row's key as shown, e.g. `I05` or `T01 / 2026`. */
  key: string;
  /** A short name for the row (indicator name, title …), or null. */
  label: string | null;
  /** For observations and thresholds, the value (added or removed rows). */
  value: string | null;
}

export interface ChangedRow extends RowRef {
  fields: FieldChange[];
}

export interface FileDiff {
  file: string;
  label_zh: string;
  /** The key columns the rows were matched by. */
  key: readonly string[];
  added: RowRef[];
  removed: RowRef[];
  changed: ChangedRow[];
}

export interface StatusChange {
  kind: 'indicator' | 'milestone';
  id: string;
  name: string;
  /** null: the target did not exist on that side. */
  from: Status | null;
  to: Status | null;
}

export interface DataDiff {
  /** Only files with at least one added, removed or changed row, in FILE_SPECS order. */
  files: FileDiff[];
  statuses: StatusChange[];
  /** Each indicator or quantity milestone whose figures changed, by id and name. */
  measures: MeasureChange[];
  /** Files whose bytes changed but whose data did not (an Excel re-save). */
  formatOnly: FormatChange[];
}

/** The raw bytes of both sides, to tell a re-save from a change. */
export interface DiffBytes {
  base: Readonly<Record<string, Uint8Array | undefined>>;
  head: Readonly<Record<string, Uint8Array | undefined>>;
}

/** null, as shown in a diff. */
export const NULL_SHOWN = '空';
/** Longest value shown before it is cut with “…”. */
const MAX_VALUE = 60;
/** Rows listed per file (and status changes) before the rest is only counted. */
export const MAX_LISTED = 50;

function clip(text: string, max = MAX_VALUE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : flat;
}

/** A validated value as a diff shows it: null → 空, numbers and booleans as JavaScript prints them. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return NULL_SHOWN;
  if (typeof value === 'string') return value === '' ? NULL_SHOWN : clip(value);
  return clip(String(value));
}

function keyOf(spec: FileSpec, row: Row): string {
  return spec.diffKey.map((c) => String(row[c] ?? '')).join(' / ');
}

/**
 * Each row with its diff key. In a file without a unique key (commentary.csv) rows may share a
 * key; the 2nd, 3rd … of them get “#2”, “#3” …, so paragraphs pair up by their place.
 */
function keyed(spec: FileSpec, rows: readonly Row[]): Array<[string, Row]> {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const key = keyOf(spec, row);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return [n === 1 ? key : `${key} #${n}`, row];
  });
}

function same(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (a ?? null) === (b ?? null);
}

/** Names of indicators and milestones, for labelling observation rows (later sets win). */
function measureNames(...sets: Array<Dataset | null>): Map<string, string> {
  const names = new Map<string, string>();
  for (const d of sets) {
    if (!d) continue;
    for (const i of d.indicators) names.set(i.id, i.name_zh);
    for (const m of d.milestones) names.set(m.id, m.title_zh);
  }
  return names;
}

function labelOf(file: string, row: Row, names: Map<string, string>): string | null {
  if (file === 'observations.csv') {
    const name = names.get(String(row.measure_id));
    return name ? clip(name, 40) : null;
  }
  for (const col of ['name_zh', 'title_zh'])
    if (typeof row[col] === 'string' && row[col] !== '') return clip(row[col] as string, 40);
  return null;
}

function refOf(spec: FileSpec, key: string, row: Row, names: Map<string, string>): RowRef {
  return {
    key,
    label: labelOf(spec.file, row, names),
    value: 'value' in row ? showValue(row.value) : null,
  };
}

/** Row-level differences of one file. */
function diffFile(
  spec: FileSpec,
  before: readonly Row[],
  after: readonly Row[],
  names: Map<string, string>,
): FileDiff {
  const old = new Map(keyed(spec, before));
  const now = new Set(keyed(spec, after).map(([key]) => key));
  const added: RowRef[] = [];
  const changed: ChangedRow[] = [];
  for (const [key, row] of keyed(spec, after)) {
    const prev = old.get(key);
    if (!prev) {
      added.push(refOf(spec, key, row, names));
      continue;
    }
    const fields = spec.columns
      .filter((c) => !same(prev[c], row[c]))
      .map((c) => ({ field: c, from: showValue(prev[c]), to: showValue(row[c]) }));
    if (fields.length > 0) changed.push({ ...refOf(spec, key, row, names), value: null, fields });
  }
  const removed = keyed(spec, before)
    .filter(([key]) => !now.has(key))
    .map(([key, r]) => refOf(spec, key, r, names));
  return {
    file: spec.file,
    label_zh: spec.label_zh,
    key: spec.diffKey,
    added,
    removed,
    changed,
  };
}

/** Status of every assessed target (indicators and quantity milestones). */
function statusesOf(data: Dataset | null) {
  const out = new Map<string, { kind: StatusChange['kind']; name: string; status: Status }>();
  if (!data) return out;
  const assessed = assessDataset(data);
  for (const i of data.indicators) {
    const a = assessed.indicators.get(i.id);
    if (a) out.set(i.id, { kind: 'indicator', name: i.name_zh, status: a.assessment.status });
  }
  for (const m of data.milestones) {
    const a = assessed.milestones.get(m.id);
    if (a) out.set(m.id, { kind: 'milestone', name: m.title_zh, status: a.assessment.status });
  }
  return out;
}

/**
 * Compare two validated datasets. `base` null means there was no data before (everything added).
 * A target that appears or disappears is listed as a status change only when it has a status
 * other than 暂无数据 on the side where it exists.
 */
export function diffDatasets(base: Dataset | null, head: Dataset, bytes?: DiffBytes): DataDiff {
  const names = measureNames(base, head);
  const files = FILE_SPECS.map((spec) =>
    diffFile(spec, base ? rowsOf(spec, base) : [], rowsOf(spec, head), names),
  ).filter((f) => f.added.length + f.removed.length + f.changed.length > 0);

  const before = statusesOf(base);
  const after = statusesOf(head);
  const statuses: StatusChange[] = [];
  for (const [id, now] of after) {
    const prev = before.get(id);
    if (prev ? prev.status === now.status : now.status === 'no-data') continue;
    statuses.push({
      kind: now.kind,
      id,
      name: now.name,
      from: prev?.status ?? null,
      to: now.status,
    });
  }
  for (const [id, prev] of before)
    if (!after.has(id) && prev.status !== 'no-data')
      statuses.push({ kind: prev.kind, id, name: prev.name, from: prev.status, to: null });
  const changed = new Set(files.map((f) => f.file));
  const formatOnly = bytes ? formatOnlyChanges(bytes.base, bytes.head, changed) : [];
  return { files, statuses, measures: measureChanges(base, head), formatOnly };
}

export function isEmptyDiff(diff: DataDiff): boolean {
  return diff.files.length === 0 && diff.statuses.length === 0;
}

export interface DiffTotals {
  files: number;
  added: number;
  removed: number;
  changed: number;
  statuses: number;
}

export function diffTotals(diff: DataDiff): DiffTotals {
  const sum = (f: (d: FileDiff) => number) => diff.files.reduce((n, d) => n + f(d), 0);
  return {
    files: diff.files.length,
    added: sum((d) => d.added.length),
    removed: sum((d) => d.removed.length),
    changed: sum((d) => d.changed.length),
    statuses: diff.statuses.length,
  };
}

function countsZh(added: number, removed: number, changed: number): string {
  const parts = [
    added ? `新增 ${added} 行` : '',
    removed ? `删除 ${removed} 行` : '',
    changed ? `修改 ${changed} 行` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '没有行变化';
}

const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;

function countsEn(added: number, removed: number, changed: number): string {
  const parts = [
    added ? `${rows(added)} added` : '',
    removed ? `${rows(removed)} removed` : '',
    changed ? `${rows(changed)} changed` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no row changes';
}

/** `进度正常 → 略有滞后`; a target that appears: `新增，进度正常`; one that goes: `已删除（原为 进度正常）`. */
function transitionZh(s: StatusChange): string {
  if (s.from === null) return `新增，${s.to === null ? STATUS_ZH['no-data'] : STATUS_ZH[s.to]}`;
  if (s.to === null) return `已删除（原为 ${STATUS_ZH[s.from]}）`;
  return `${STATUS_ZH[s.from]} → ${STATUS_ZH[s.to]}`;
}

function transitionEn(s: StatusChange): string {
  if (s.from === null) return `new, ${s.to === null ? STATUS_EN['no-data'] : STATUS_EN[s.to]}`;
  if (s.to === null) return `removed (was ${STATUS_EN[s.from]})`;
  return `${STATUS_EN[s.from]} → ${STATUS_EN[s.to]}`;
}

/** `I05 医疗器械不良事件报告数：进度正常 → 略有滞后`. */
export function statusLineZh(s: StatusChange): string {
  return `${s.id} ${s.name}：${transitionZh(s)}`;
}

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

export interface DiffSummary {
  /** One part per changed file, e.g. `observations.csv：新增 3 行，修改 1 行`. */
  files: string[];
  /** `状态变化：I05 进度正常 → 略有滞后`, or null when no status changed. */
  statuses: string | null;
}

/** How many status changes a one-line summary names before “等 N 项”. */
const MAX_SUMMARY_STATUSES = 10;

/** The diff in one or two short lines, for the updates page and feed. */
export function summarizeDiff(diff: DataDiff, lang: 'zh' | 'en'): DiffSummary {
  const zh = lang === 'zh';
  const files = diff.files.map((f) =>
    zh
      ? `${f.file}：${countsZh(f.added.length, f.removed.length, f.changed.length)}`
      : `${f.file}: ${countsEn(f.added.length, f.removed.length, f.changed.length)}`,
  );
  if (diff.statuses.length === 0) return { files, statuses: null };
  const named = diff.statuses
    .slice(0, MAX_SUMMARY_STATUSES)
    .map((s) => (zh ? `${s.id} ${transitionZh(s)}` : `${s.id} ${transitionEn(s)}`));
  const more = diff.statuses.length - named.length;
  const tail = more > 0 ? (zh ? ` 等 ${diff.statuses.length} 项` : ` and ${more} more`) : '';
  return {
    files,
    statuses: zh
      ? `状态变化：${named.join('，')}${tail}`
      : `status changes: ${named.join(', ')}${tail}`,
  };
}

/** The summary as one line: `observations.csv：新增 3 行；状态变化：…`. */
export function summaryLine(diff: DataDiff, lang: 'zh' | 'en'): string {
  if (isEmptyDiff(diff)) return lang === 'zh' ? '数据没有变化' : 'no data changes';
  const s = summarizeDiff(diff, lang);
  return [...s.files, ...(s.statuses ? [s.statuses] : [])].join(lang === 'zh' ? '；' : '; ');
}
