/**
 * data:diff, by status: every indicator or quantity milestone whose progress status differs
 * between two validated datasets, and how a status change is worded. Pure.
 */
import type { Dataset } from './data/validate-dataset.ts';
import { assessDataset } from './assessments.ts';
import { STATUS_EN, STATUS_ZH, type Status } from './progress.ts';

export interface StatusChange {
  kind: 'indicator' | 'milestone';
  id: string;
  name: string;
  /** null: the target did not exist on that side. */
  from: Status | null;
  to: Status | null;
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
 * Targets whose status changes from `base` to `head`. A target that appears or disappears is
 * listed only when it has a status other than 暂无数据 on the side where it exists.
 */
export function statusChanges(base: Dataset | null, head: Dataset): StatusChange[] {
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
  return statuses;
}

/** `进度正常 → 略有滞后`; a target that appears: `新增，进度正常`; one that goes: `已删除（原为 进度正常）`. */
export function transitionZh(s: StatusChange): string {
  if (s.from === null) return `新增，${s.to === null ? STATUS_ZH['no-data'] : STATUS_ZH[s.to]}`;
  if (s.to === null) return `已删除（原为 ${STATUS_ZH[s.from]}）`;
  return `${STATUS_ZH[s.from]} → ${STATUS_ZH[s.to]}`;
}

export function transitionEn(s: StatusChange): string {
  if (s.from === null) return `new, ${s.to === null ? STATUS_EN['no-data'] : STATUS_EN[s.to]}`;
  if (s.to === null) return `removed (was ${STATUS_EN[s.from]})`;
  return `${STATUS_EN[s.from]} → ${STATUS_EN[s.to]}`;
}

/** `I05 医疗器械不良事件报告数：进度正常 → 略有滞后`. */
export function statusLineZh(s: StatusChange): string {
  return `${s.id} ${s.name}：${transitionZh(s)}`;
}
