/**
 * Cross-file rules of the files that hold settings rather than lists: plan.csv has exactly one
 * row, and status-thresholds.csv has its three thresholds in order.
 */
import type { PlanRow, StatusThresholdRow } from '../../schemas/index.ts';
import { columnOf, issueAt, type Add, type Located } from './located.ts';
import { messageOf } from './messages.ts';

export function checkPlanRows(
  rows: readonly Located<PlanRow>[],
  ids: ReadonlySet<string> | undefined,
  file: string,
  add: Add,
): void {
  if (!ids) return;
  if (ids.size === 0)
    add(issueAt({ file, line: 2, column: 0, field: null }, messageOf('planNoRow')));
  for (const extra of rows.slice(1))
    add(issueAt({ file, line: extra.line, column: 0, field: null }, messageOf('planExtraRow')));
}

export function checkThresholds(
  rows: readonly Located<StatusThresholdRow>[],
  file: string,
  add: Add,
  present: boolean,
): void {
  if (!present) return;
  const value = new Map(rows.map((r) => [r.row.key, r]));
  for (const key of ['ahead_min', 'on_track_min', 'at_risk_min'] as const)
    if (!value.has(key))
      add(
        issueAt({ file, line: 0, column: 0, field: 'key' }, messageOf('missingThreshold', { key })),
      );
  const a = value.get('ahead_min');
  const o = value.get('on_track_min');
  const r = value.get('at_risk_min');
  if (a && o && r && !(0 < r.row.value && r.row.value < o.row.value && o.row.value < a.row.value))
    add(
      issueAt(
        {
          file,
          line: o.line,
          column: columnOf('status-thresholds.csv', 'value'),
          field: 'value',
        },
        messageOf('thresholdOrder', {
          atRisk: r.row.value,
          onTrack: o.row.value,
          ahead: a.row.value,
        }),
      ),
    );
}
