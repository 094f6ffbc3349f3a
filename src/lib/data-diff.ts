/**
 * What a data change did: rows added, removed and changed per CSV file (keyed by the file's first
 * unique key), and every indicator or quantity milestone whose status changes as a result. Pure
 * functions over two validated datasets; the git reading lives in git-data.ts. The Markdown is
 * what the pull-request comment shows; the one-line summaries feed /updates/ and /updates.xml.
 *
 * This module pairs the parts and re-exports them: diff-rows.ts (rows per file), diff-statuses.ts
 * (status changes), diff-measures.ts (figures per measure), diff-format.ts (re-saves),
 * diff-summary.ts (totals, one-line summaries) and diff-markdown.ts (the comment).
 */
import { FILE_SPECS } from '../schemas/index.ts';
import type { Dataset } from './data/validate-dataset.ts';
import { rowsOf } from './data/dataset-rows.ts';
import { measureChanges, type MeasureChange } from './diff-measures.ts';
import { formatOnlyChanges, type FormatChange } from './diff-format.ts';
import { diffFile, measureNames, type FileDiff } from './diff-rows.ts';
import { statusChanges, type StatusChange } from './diff-statuses.ts';

export {
  NULL_SHOWN,
  showValue,
  type ChangedRow,
  type FieldChange,
  type FileDiff,
  type RowRef,
} from './diff-rows.ts';
export { statusLineZh, type StatusChange } from './diff-statuses.ts';
export {
  diffTotals,
  isEmptyDiff,
  summarizeDiff,
  summaryLine,
  type DiffSummary,
  type DiffTotals,
} from './diff-summary.ts';
export {
  MAX_LISTED,
  renderBaseInvalidMarkdown,
  renderDiffMarkdown,
  renderInvalidMarkdown,
  type MarkdownContext,
} from './diff-markdown.ts';

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

  const statuses = statusChanges(base, head);
  const changed = new Set(files.map((f) => f.file));
  const formatOnly = bytes ? formatOnlyChanges(bytes.base, bytes.head, changed) : [];
  return { files, statuses, measures: measureChanges(base, head), formatOnly };
}
