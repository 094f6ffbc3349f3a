/**
 * The programme detail page's view model: each programme with its own milestones (grouped once
 * per build), its quantified targets as display rows and its deliverables in state order.
 */
import type { AssessedDataset } from '../assessments.ts';
import type { Dataset } from '../data/validate-dataset.ts';
import type { Status } from '../progress.ts';
import type { DeliverableHistory, FigureHistory, Revisions } from '../revisions.ts';
import { achievedLabel } from '../status-display.ts';
import { milestoneTarget, milestoneUnit, withUnit } from '../view.ts';
import type { MilestoneRow, ProgrammeRow } from '../../schemas/index.ts';
import { DELIVERABLE_STATUS, type DeliverableStatus } from '../../schemas/milestone.ts';
import type { Lang } from '../../i18n/ui.ts';
import { twinOptional, type TwinText } from '../../i18n/twin.ts';
import { sourceRefEn } from '../../i18n/source-ref.ts';
import { DETAIL } from '../../i18n/detail.ts';
import { inLang, orChinese } from './lang-field.ts';
import { groupBy } from './group.ts';

export interface ProgrammePage {
  programme: ProgrammeRow;
  /** The programme's milestones, in the data's order. */
  milestones: MilestoneRow[];
  /** Every published version of its quantified targets' figures. */
  figures: FigureHistory[];
  /** Every published state of its deliverables. */
  deliverables: DeliverableHistory[];
}

/** One entry per programme, in the data's order, each with its own milestones and history. */
export function programmePages(
  data: Pick<Dataset, 'programmes' | 'milestones'>,
  revisions: Pick<Revisions, 'figures' | 'deliverables'>,
): ProgrammePage[] {
  const byId = groupBy(data.milestones, (m) => m.programme_id);
  const programmeOf = new Map(data.milestones.map((m) => [m.id, m.programme_id]));
  const own = <T>(rows: readonly T[], id: (row: T) => string) =>
    groupBy(
      rows.filter((r) => programmeOf.has(id(r))),
      (r) => programmeOf.get(id(r))!,
    );
  const figures = own(revisions.figures, (f) => f.measure_id);
  const deliverables = own(revisions.deliverables, (d) => d.milestone_id);
  return data.programmes.map((programme) => ({
    programme,
    milestones: byId.get(programme.id) ?? [],
    figures: figures.get(programme.id) ?? [],
    deliverables: deliverables.get(programme.id) ?? [],
  }));
}

/** A plan reference (专栏2 第1项) as a table cell: in English where it can be, else the Chinese. */
export function sourceCell(ref: string, lang: Lang): TwinText {
  if (lang === 'zh') return { text: ref };
  const en = sourceRefEn(ref);
  return en === null ? { text: ref, lang: 'zh-CN' } : { text: en };
}

const ORDER: DeliverableStatus[] = ['done', 'in-progress', 'not-started'];

/** Deliverables done first, then in progress, then not started (stable within each). */
export function byDeliverableState(milestones: readonly MilestoneRow[]): MilestoneRow[] {
  return [...milestones].sort((a, b) => ORDER.indexOf(a.status!) - ORDER.indexOf(b.status!));
}

export interface QuantityRow {
  id: string;
  title: string;
  lead: TwinText | null;
  owner: string | null;
  rule: string | null;
  target: string | null;
  noUnit: boolean;
  latest: string;
  status: Status;
  statusLabel: string;
  source: TwinText;
}

/** One quantified target as the programme page prints it. */
export function quantityRow(
  m: MilestoneRow,
  assessed: AssessedDataset,
  lang: Lang,
  endYear: number,
): QuantityRow {
  const a = assessed.milestones.get(m.id)?.assessment;
  const status = a?.status ?? 'no-data';
  const latest =
    a?.currentValue !== null && a?.currentValue !== undefined
      ? `${withUnit(a.currentValue, milestoneUnit(m, lang))}${DETAIL[lang].paren(String(a.latestYear))}`
      : '—';
  return {
    id: m.id,
    title: inLang(lang, m.title_zh, m.title_en),
    lead: twinOptional(m.lead_zh, m.lead_en, lang),
    owner: orChinese(lang, m.owner_zh, m.owner_en),
    rule: a?.rule ? inLang(lang, a.rule, a.ruleEn) : null,
    target: milestoneTarget(m, lang),
    noUnit: m.unit_zh === null,
    latest,
    status,
    statusLabel: achievedLabel(status, lang, a?.latestYear ?? null, endYear),
    source: sourceCell(m.source_zh, lang),
  };
}

/** A milestone's title by id among the programme's own, or the id itself. */
export function titleIn(own: readonly MilestoneRow[], lang: Lang): (id: string) => string {
  const byId = new Map(own.map((m) => [m.id, m]));
  return (id) => {
    const m = byId.get(id);
    return m ? inLang(lang, m.title_zh, m.title_en) : id;
  };
}

/** One segment of a 100-wide progress bar; cls is the seg--<cls> class. */
export interface BarSegment {
  cls: string;
  x: number;
  width: number;
}

// Done first (from the left), then in progress, then not started: the table's order reversed.
export const DELIVERABLE_BAR_ORDER = (
  Object.keys(DELIVERABLE_STATUS) as DeliverableStatus[]
).reverse();
const BAR_CLASS: Record<DeliverableStatus, string> = {
  done: 'done',
  'in-progress': 'ahead',
  'not-started': 'rest',
};

/** A programme's deliverables as bar segments: each state's share of the total, end to end. */
export function deliverableSegments(
  total: number,
  byStatus: Record<DeliverableStatus, number>,
): BarSegment[] {
  let x = 0;
  return DELIVERABLE_BAR_ORDER.map((k) => {
    const width = total === 0 ? 0 : (byStatus[k] / total) * 100;
    const seg = { cls: BAR_CLASS[k], x, width };
    x += width;
    return seg;
  });
}
