/**
 * A data change told per measure, the way a steward or a reviewer reads it: each indicator or
 * quantity milestone whose figures changed, by id *and* name, with its unit, each year's value
 * old → new (first published, revised, withdrawn, provisional → final) and the status change it
 * causes. Pure; data-diff.ts renders it in the comment.
 */
import { OBSERVATION_STATUS } from '../schemas/observation.ts';
import type { Dataset } from './data/validate-dataset.ts';
import { formatNumber } from './format.ts';
import { isPercentUnit } from '../schemas/percent.ts';
import type { ObservationRow } from '../schemas/index.ts';

export type FigureChangeKind = 'added' | 'revised' | 'finalised' | 'withdrawn';

export interface FigureChange {
  year: number;
  kind: FigureChangeKind;
  from: { value: number; status: ObservationRow['status'] } | null;
  to: { value: number; status: ObservationRow['status'] } | null;
}

export interface MeasureChange {
  id: string;
  name: string;
  unit: string | null;
  figures: FigureChange[];
}

function measureInfo(d: Dataset | null): Map<string, { name: string; unit: string | null }> {
  const out = new Map<string, { name: string; unit: string | null }>();
  if (!d) return out;
  for (const i of d.indicators) out.set(i.id, { name: i.name_zh, unit: i.unit_zh });
  for (const m of d.milestones) out.set(m.id, { name: m.title_zh, unit: m.unit_zh });
  return out;
}

const keyOf = (o: ObservationRow) => `${o.measure_id}\u0000${o.year}`;

/**
 * Per measure, how each year's figure changed from `before` to `after` (the rows of two versions
 * of observations.csv): added, revised (value), finalised (status only) or withdrawn. A change
 * of as_of, source or note alone is not a change of the figure.
 */
export function figureChanges(
  before: readonly ObservationRow[],
  after: readonly ObservationRow[],
): Map<string, FigureChange[]> {
  const prevByKey = new Map(before.map((o) => [keyOf(o), o]));
  const nowByKey = new Map(after.map((o) => [keyOf(o), o]));
  const byMeasure = new Map<string, FigureChange[]>();
  const push = (id: string, c: FigureChange) => {
    const list = byMeasure.get(id) ?? [];
    list.push(c);
    byMeasure.set(id, list);
  };
  for (const [key, now] of nowByKey) {
    const prev = prevByKey.get(key);
    const to = { value: now.value, status: now.status };
    if (!prev) {
      push(now.measure_id, { year: now.year, kind: 'added', from: null, to });
      continue;
    }
    const kind =
      prev.value !== now.value ? 'revised' : prev.status !== now.status ? 'finalised' : null;
    if (kind)
      push(now.measure_id, {
        year: now.year,
        kind,
        from: { value: prev.value, status: prev.status },
        to,
      });
  }
  for (const [key, prev] of prevByKey)
    if (!nowByKey.has(key))
      push(prev.measure_id, {
        year: prev.year,
        kind: 'withdrawn',
        from: { value: prev.value, status: prev.status },
        to: null,
      });
  return byMeasure;
}

/** Every measure whose observations differ between `base` and `head`, in head's measure order. */
export function measureChanges(base: Dataset | null, head: Dataset): MeasureChange[] {
  const byMeasure = figureChanges(base?.observations ?? [], head.observations);
  const info = new Map([...measureInfo(base), ...measureInfo(head)]);
  const order = [...info.keys()];
  return [...byMeasure]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([id, figures]) => ({
      id,
      name: info.get(id)?.name ?? id,
      unit: info.get(id)?.unit ?? null,
      figures: figures.sort((x, y) => x.year - y.year),
    }));
}

function figure(v: { value: number; status: ObservationRow['status'] }, unit: string | null) {
  const u = unit && !isPercentUnit(unit) ? ` ${unit}` : unit ? '%' : '';
  return `${formatNumber(v.value)}${u}（${OBSERVATION_STATUS[v.status]}）`;
}

/** `2026 年：新增 3,620 批次/年（初步数）` / `2026 年：修订 3,600 → 3,650 …`. */
export function figureChangeZh(c: FigureChange, unit: string | null): string {
  const { from, to } = c;
  if (c.kind === 'added' && to) return `${c.year} 年：新增 ${figure(to, unit)}`;
  if (c.kind === 'withdrawn' && from) return `${c.year} 年：撤回（原为 ${figure(from, unit)}）`;
  if (c.kind === 'finalised' && from && to)
    return `${c.year} 年：${formatNumber(to.value)} 由${OBSERVATION_STATUS[from.status]}改为${OBSERVATION_STATUS[to.status]}`;
  if (from && to) return `${c.year} 年：修订 ${figure(from, unit)} → ${figure(to, unit)}`;
  return `${c.year} 年`;
}
