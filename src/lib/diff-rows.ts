/**
 * data:diff, row by row: one file's rows of two validated datasets paired by the FileSpec
 * `diffKey`, giving the rows added, removed and changed (each changed field old → new), with a
 * short name for each row. Pure.
 */
import type { FileSpec } from '../schemas/index.ts';
import type { Dataset } from './data/validate-dataset.ts';
import type { Row } from './data/dataset-rows.ts';

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

/** null, as shown in a diff. */
export const NULL_SHOWN = '空';
/** Longest value shown before it is cut with “…”. */
const MAX_VALUE = 60;
export function clip(text: string, max = MAX_VALUE): string {
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
export function measureNames(...sets: Array<Dataset | null>): Map<string, string> {
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
export function diffFile(
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
