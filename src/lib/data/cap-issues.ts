/**
 * The loader's last step: at most MAX_ISSUES_PER_FILE issues per file, then one saying how many
 * more there are. A file in the wrong format can produce one per cell (a million for a header of
 * commas).
 */
import type { DataIssue } from './issues.ts';
import { messageOf } from './messages.ts';

/** Issues listed per file; past this many the rest are counted in one closing issue. */
export const MAX_ISSUES_PER_FILE = 100;

/** Issues sorted by file, capped per file. */
export function capIssues(sorted: readonly DataIssue[]): DataIssue[] {
  const out: DataIssue[] = [];
  const shown = new Map<string, number>();
  const omitted = new Map<string, { count: number; first: DataIssue }>();
  for (const issue of sorted) {
    const n = shown.get(issue.file) ?? 0;
    if (n < MAX_ISSUES_PER_FILE) {
      shown.set(issue.file, n + 1);
      out.push(issue);
      continue;
    }
    const o = omitted.get(issue.file);
    if (o) o.count++;
    else omitted.set(issue.file, { count: 1, first: issue });
  }
  for (const [file, { count, first }] of omitted) {
    const at = out.findLastIndex((i) => i.file === file) + 1;
    out.splice(at, 0, {
      file,
      line: first.line,
      column: 0,
      field: null,
      ...messageOf('moreIssues', { count, max: MAX_ISSUES_PER_FILE }),
    });
  }
  return out;
}
