/**
 * 数据修订记录: every published version of every (measure, year) figure and every deliverable's
 * status, computed from the data's git history. A version's date is the committer date of the
 * commit that put it on the main line, never the clock, so two builds of one commit agree. The
 * change words are those of data:diff and the PR comment (diff-measures.ts). Pure; the git
 * reading is in revisions-git.ts.
 */
import { figureChanges, type FigureChangeKind } from './diff-measures.ts';
import { formatDate, formatNumber } from './format.ts';
import type { MilestoneRow, ObservationRow } from '../schemas/index.ts';
import type { DeliverableStatus } from '../schemas/milestone.ts';
import type { ObservationStatus } from '../schemas/observation.ts';
import type { GitErrorCode } from './git-data.ts';
import type { Lang } from '../i18n/ui.ts';
import { deliverableStatusLabel, inSentence, observationStatusLabel } from '../i18n/labels.ts';
import { REVISIONS_UI } from '../i18n/revisions.ts';

/** One published version of a figure. */
export interface FigureVersion {
  /** Date the commit that published it reached the main line (YYYY-MM-DD). */
  published_on: string;
  /** That commit, 7 characters. */
  commit: string;
  change: FigureChangeKind;
  /** The figure as published; null when withdrawn. */
  value: number | null;
  status: ObservationStatus | null;
  /** The as_of date the row carried; null when withdrawn. */
  as_of: string | null;
  /** The version it replaced (null when first published). */
  from_value: number | null;
  from_status: ObservationStatus | null;
}

export interface FigureHistory {
  measure_id: string;
  year: number;
  /** Oldest first. */
  versions: FigureVersion[];
}

export type DeliverableChangeKind = 'added' | 'status' | 'done-on' | 'withdrawn';

/** One published state of a deliverable. */
export interface DeliverableVersion {
  published_on: string;
  commit: string;
  change: DeliverableChangeKind;
  status: DeliverableStatus | null;
  done_on: string | null;
  from_status: DeliverableStatus | null;
  from_done_on: string | null;
}

export interface DeliverableHistory {
  milestone_id: string;
  versions: DeliverableVersion[];
}

export interface Revisions {
  /** False when the history could not be read (not a git repository, no git). */
  available: boolean;
  reason: GitErrorCode | null;
  detail: string | null;
  /** A shallow clone: the history starts at `since`, not at the first data commit. */
  shallow: boolean;
  /** Date of the oldest data commit read, or null. */
  since: string | null;
  /** Data commits read. */
  commits: number;
  figures: FigureHistory[];
  deliverables: DeliverableHistory[];
}

/** One commit's data as the history needs it; null rows = the file did not pass its schema. */
export interface RevisionStep {
  commit: string;
  date: string;
  observations: readonly ObservationRow[] | null;
  milestones: readonly MilestoneRow[] | null;
}

type Deliverable = Pick<MilestoneRow, 'id' | 'kind' | 'status' | 'done_on'>;

function deliverableChanges(before: readonly Deliverable[], after: readonly Deliverable[]) {
  const prev = new Map(before.filter((m) => m.kind === 'deliverable').map((m) => [m.id, m]));
  const now = new Map(after.filter((m) => m.kind === 'deliverable').map((m) => [m.id, m]));
  const out: Array<Omit<DeliverableVersion, 'published_on' | 'commit'> & { id: string }> = [];
  for (const [id, m] of now) {
    const p = prev.get(id);
    const base = { id, status: m.status, done_on: m.done_on };
    if (!p) out.push({ ...base, change: 'added', from_status: null, from_done_on: null });
    else if (p.status !== m.status || p.done_on !== m.done_on)
      out.push({
        ...base,
        change: p.status !== m.status ? 'status' : 'done-on',
        from_status: p.status,
        from_done_on: p.done_on,
      });
  }
  for (const [id, p] of prev)
    if (!now.has(id))
      out.push({
        id,
        change: 'withdrawn',
        status: null,
        done_on: null,
        from_status: p.status,
        from_done_on: p.done_on,
      });
  return out;
}

/**
 * The history from the data at each main-line commit, oldest first. A step whose file did not
 * pass its schema was never published (the build refuses it): it is skipped, and the next valid
 * one is compared with the last valid one.
 */
export function buildRevisions(
  steps: readonly RevisionStep[],
): Pick<Revisions, 'figures' | 'deliverables'> {
  const figures = new Map<string, FigureHistory>();
  const deliverables = new Map<string, DeliverableHistory>();
  let obs: readonly ObservationRow[] = [];
  let ms: readonly Deliverable[] = [];
  for (const step of steps) {
    const at = { published_on: step.date, commit: step.commit.slice(0, 7) };
    if (step.observations) {
      const asOf = new Map(step.observations.map((o) => [`${o.measure_id}\0${o.year}`, o.as_of]));
      for (const [id, changes] of figureChanges(obs, step.observations))
        for (const c of changes) {
          const key = `${id}\0${c.year}`;
          const h = figures.get(key) ?? { measure_id: id, year: c.year, versions: [] };
          h.versions.push({
            ...at,
            change: c.kind,
            value: c.to?.value ?? null,
            status: c.to?.status ?? null,
            as_of: c.to ? (asOf.get(key) ?? null) : null,
            from_value: c.from?.value ?? null,
            from_status: c.from?.status ?? null,
          });
          figures.set(key, h);
        }
      obs = step.observations;
    }
    if (step.milestones) {
      for (const { id, ...c } of deliverableChanges(ms, step.milestones)) {
        const h = deliverables.get(id) ?? { milestone_id: id, versions: [] };
        h.versions.push({ ...at, ...c });
        deliverables.set(id, h);
      }
      ms = step.milestones;
    }
  }
  const byKey = (a: FigureHistory, b: FigureHistory) =>
    a.measure_id.localeCompare(b.measure_id) || a.year - b.year;
  return {
    figures: [...figures.values()].sort(byKey),
    deliverables: [...deliverables.values()].sort((a, b) =>
      a.milestone_id.localeCompare(b.milestone_id),
    ),
  };
}

/** A measure's histories, one per year with any published figure, by year. */
export function historyOf(revisions: Revisions, measureId: string): FigureHistory[] {
  return revisions.figures.filter((f) => f.measure_id === measureId);
}

/** Whether any version after the first changed the figure (a revision, a finalisation, a withdrawal). */
export const isRevised = (h: FigureHistory) => h.versions.length > 1;

/** What a version did, in words: 首次发布 / 修订：3,600 → 3,650 / 初步数改为正式数 / 撤回. */
export function versionChangeText(v: FigureVersion, lang: Lang): string {
  const w = REVISIONS_UI[lang];
  const s = (x: ObservationStatus) => observationStatusLabel(x, lang);
  const from = v.from_value === null ? '' : formatNumber(v.from_value);
  if (v.change === 'added') return w.firstPublished;
  if (v.change === 'withdrawn') return w.withdrawnWas(from);
  if (v.change === 'finalised' && v.from_status && v.status)
    return w.finalised(s(v.from_status), s(v.status));
  const status =
    v.from_status && v.status && v.from_status !== v.status
      ? w.statusAlso(s(v.from_status), s(v.status))
      : '';
  return w.revised(from, formatNumber(v.value ?? 0), status);
}

/** A deliverable version in words: 首次发布：推进中 / 推进中改为已完成（2027年6月30日）. */
export function deliverableChangeText(v: DeliverableVersion, lang: Lang): string {
  const w = REVISIONS_UI[lang];
  const word = (x: DeliverableStatus) => inSentence(deliverableStatusLabel(x, lang), lang);
  const on = v.done_on ? w.doneOn(formatDate(v.done_on, lang)) : '';
  const now = v.status ? `${word(v.status)}${on}` : '';
  if (v.change === 'added') return w.deliverableAdded(now);
  if (v.change === 'withdrawn') return w.withdrawn;
  if (v.change === 'done-on') return w.doneOnRevised(now);
  const was = v.from_status ? word(v.from_status) : '';
  return w.deliverableChanged(was, now);
}

/** The CSV download's columns: one row per published version. */
export const REVISION_COLUMNS = [
  'kind',
  'id',
  'year',
  'published_on',
  'commit',
  'change',
  'value',
  'status',
  'as_of',
  'done_on',
  'from_value',
  'from_status',
  'from_done_on',
] as const;

/** Every version as a flat row (figures, then deliverables). */
export function revisionRows(r: Revisions): Array<Record<string, unknown>> {
  return [
    ...r.figures.flatMap((f) =>
      f.versions.map((v) => ({ kind: 'figure', id: f.measure_id, year: f.year, ...v })),
    ),
    ...r.deliverables.flatMap((d) =>
      d.versions.map((v) => ({ kind: 'deliverable', id: d.milestone_id, year: null, ...v })),
    ),
  ];
}

/** The sentence shown instead of the history when git could not be read; null when it could. */
export function unavailableText(r: Revisions, lang: Lang): string | null {
  if (r.available) return null;
  return REVISIONS_UI[lang].unavailable;
}
