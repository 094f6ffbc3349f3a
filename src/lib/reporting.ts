/**
 * 报送情况: for each plan year, every indicator and quantity milestone as reported final,
 * reported provisional, overdue (past its due date at the build date), not yet due, or — where
 * no due date is set — simply not reported. The build date is the date of the last data commit,
 * so the verdicts are reproducible. Pure.
 */
import type { Dataset } from './data/validate-dataset.ts';
import type { ObservationRow } from '../schemas/index.ts';

export type ReportState = 'final' | 'provisional' | 'overdue' | 'pending' | 'undated';
export const REPORT_STATES: readonly ReportState[] = [
  'overdue',
  'pending',
  'undated',
  'provisional',
  'final',
];

export interface ReportItem {
  id: string;
  kind: 'indicator' | 'milestone';
  /** For milestones, the programme the page lives under. */
  programme_id: string | null;
  name_zh: string;
  name_en: string;
  /** 责任单位; null where the plan names none. */
  owner_zh: string | null;
  owner_en: string | null;
  year: number;
  /** ISO date the year's figure is due, or null when no due date is set. */
  due: string | null;
  state: ReportState;
  /** The figure reported, when there is one. */
  value: number | null;
}

export type StateCounts = Record<ReportState, number>;

export interface ReportingYear {
  year: number;
  items: ReportItem[];
  counts: StateCounts;
}

export interface Reporting {
  /** The date the verdicts are taken at (the last data commit), or null outside git. */
  buildDate: string | null;
  years: ReportingYear[];
  /** Figures past due, all years together. */
  overdue: number;
  /** Whether any measure has a due date at all (a plan-wide default or its own). */
  anyDueDate: boolean;
}

/** `MM-DD` of the following year → the ISO date a year's figure is due. */
export function dueDate(year: number, reportDue: string | null): string | null {
  return reportDue === null ? null : `${year + 1}-${reportDue}`;
}

/** One figure's state: reported, or by its due date against the build date. */
export function reportState(
  observation: Pick<ObservationRow, 'status'> | undefined,
  due: string | null,
  buildDate: string | null,
): ReportState {
  if (observation) return observation.status === 'final' ? 'final' : 'provisional';
  if (due === null || buildDate === null) return 'undated';
  return buildDate > due ? 'overdue' : 'pending';
}

export const emptyCounts = (): StateCounts => ({
  final: 0,
  provisional: 0,
  overdue: 0,
  pending: 0,
  undated: 0,
});

interface Measure {
  id: string;
  kind: ReportItem['kind'];
  programme_id: string | null;
  name_zh: string;
  name_en: string;
  owner_zh: string | null;
  owner_en: string | null;
  report_due: string | null;
}

/** Indicators, then quantity milestones, each with its own or the plan-wide due day. */
export function reportingMeasures(data: Dataset): Measure[] {
  const plan = data.plan.report_due;
  return [
    ...data.indicators.map((i) => ({
      id: i.id,
      kind: 'indicator' as const,
      programme_id: null,
      name_zh: i.name_zh,
      name_en: i.name_en,
      owner_zh: i.owner_zh,
      owner_en: i.owner_en ?? i.owner_zh,
      report_due: i.report_due ?? plan,
    })),
    ...data.milestones
      .filter((m) => m.kind === 'quantity')
      .map((m) => ({
        id: m.id,
        kind: 'milestone' as const,
        programme_id: m.programme_id,
        name_zh: m.title_zh,
        name_en: m.title_en,
        owner_zh: m.owner_zh,
        owner_en: m.owner_en ?? m.owner_zh,
        report_due: m.report_due ?? plan,
      })),
  ];
}

export function buildReporting(data: Dataset, buildDate: string | null): Reporting {
  const obs = new Map(data.observations.map((o) => [`${o.measure_id}\0${o.year}`, o]));
  const measures = reportingMeasures(data);
  const years: ReportingYear[] = [];
  for (let year = data.plan.start_year; year <= data.plan.end_year; year++) {
    const counts = emptyCounts();
    const items = measures.map((m): ReportItem => {
      const o = obs.get(`${m.id}\0${year}`);
      const due = dueDate(year, m.report_due);
      const state = reportState(o, due, buildDate);
      counts[state] += 1;
      return {
        id: m.id,
        kind: m.kind,
        programme_id: m.programme_id,
        name_zh: m.name_zh,
        name_en: m.name_en,
        owner_zh: m.owner_zh,
        owner_en: m.owner_en,
        year,
        due,
        state,
        value: o?.value ?? null,
      };
    });
    years.push({ year, items, counts });
  }
  return {
    buildDate,
    years,
    overdue: years.reduce((n, y) => n + y.counts.overdue, 0),
    anyDueDate: measures.some((m) => m.report_due !== null),
  };
}

/** Items grouped by 责任单位 (named units in name order, then the unnamed), keeping item order. */
export function byOwner(items: readonly ReportItem[]): Array<[string | null, ReportItem[]]> {
  const groups = new Map<string | null, ReportItem[]>();
  for (const i of items) groups.set(i.owner_zh, [...(groups.get(i.owner_zh) ?? []), i]);
  return [...groups].sort(([a], [b]) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh-CN'),
  );
}

/**
 * The next figure a measure owes: the first plan year without a reported figure, its due date
 * and state. Null when every plan year has a figure.
 */
export function nextDue(reporting: Reporting, measureId: string): ReportItem | null {
  for (const y of reporting.years) {
    const item = y.items.find((i) => i.id === measureId);
    if (item && (item.state === 'overdue' || item.state === 'pending' || item.state === 'undated'))
      return item;
  }
  return null;
}
