/**
 * The engine applied to a dataset: every indicator and quantity milestone assessed as of a year,
 * and the roll-ups (per category, programme, platform and for the whole plan) that the overview,
 * the reports and dist/api/summary.json show.
 */
import type { Dataset } from './data/validate-dataset.ts';
import type { IndicatorRow, MilestoneRow } from '../schemas/index.ts';
import { CATEGORY, type Category } from '../schemas/indicator.ts';
import { DELIVERABLE_STATUS, type DeliverableStatus } from '../schemas/milestone.ts';
import { CAPABILITY_STATUS, type CapabilityStatus } from '../schemas/platform-capability.ts';
import {
  assess,
  statusByYear,
  STATUSES,
  DEFAULT_THRESHOLDS,
  type Assessment,
  type Observation,
  type PlanPeriod,
  type Status,
  type TargetSpec,
  type Thresholds,
} from './progress.ts';

export function periodOf(data: Dataset): PlanPeriod {
  return {
    baselineYear: data.plan.baseline_year,
    startYear: data.plan.start_year,
    endYear: data.plan.end_year,
  };
}

export function thresholdsOf(data: Dataset): Thresholds {
  const get = (key: string, fallback: number) =>
    data.thresholds.find((t) => t.key === key)?.value ?? fallback;
  return {
    ahead: get('ahead_min', DEFAULT_THRESHOLDS.ahead),
    onTrack: get('on_track_min', DEFAULT_THRESHOLDS.onTrack),
    atRisk: get('at_risk_min', DEFAULT_THRESHOLDS.atRisk),
  };
}

export function indicatorSpec(i: IndicatorRow): TargetSpec {
  return {
    baseline: i.baseline_value,
    target: i.target_value,
    targetMax: i.target_max,
    comparator: i.comparator,
    measure: i.measure,
    binding: i.binding,
    percent: i.unit_zh.includes('%'),
  };
}

/** Quantity milestones are assessed like expected (预期性) indicators; deliverables are not. */
export function milestoneSpec(m: MilestoneRow): TargetSpec | null {
  if (m.kind !== 'quantity' || m.target_value === null || !m.comparator || !m.measure) return null;
  return {
    baseline: m.baseline_value,
    target: m.target_value,
    targetMax: m.target_max,
    comparator: m.comparator,
    measure: m.measure,
    binding: false,
    percent: (m.unit_zh ?? '').includes('%'),
  };
}

/** A measure's observations in engine form, grouped once per dataset. */
export function observationsById(data: Dataset): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>();
  for (const o of data.observations) {
    const list = out.get(o.measure_id) ?? [];
    list.push({ year: o.year, value: o.value, provisional: o.status === 'provisional' });
    out.set(o.measure_id, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.year - b.year);
  return out;
}

export interface Assessed {
  assessment: Assessment;
  byYear: Record<string, Status>;
}

export interface AssessedDataset {
  asOfYear: number;
  indicators: Map<string, Assessed>;
  milestones: Map<string, Assessed>;
}

/** Assess every target as of `asOfYear` (default: the plan's end, i.e. all data). */
export function assessDataset(data: Dataset, asOfYear?: number): AssessedDataset {
  const period = periodOf(data);
  const thresholds = thresholdsOf(data);
  const year = asOfYear ?? period.endYear;
  const obs = observationsById(data);
  const run = (spec: TargetSpec, id: string): Assessed => {
    const list = (obs.get(id) ?? []).filter((o) => o.year <= year);
    return {
      assessment: assess(spec, list, period, thresholds, year),
      byYear: statusByYear(spec, list, period, thresholds),
    };
  };
  const indicators = new Map(data.indicators.map((i) => [i.id, run(indicatorSpec(i), i.id)]));
  const milestones = new Map<string, Assessed>();
  for (const m of data.milestones) {
    const spec = milestoneSpec(m);
    if (spec) milestones.set(m.id, run(spec, m.id));
  }
  return { asOfYear: year, indicators, milestones };
}

export type StatusCounts = Record<Status, number>;

export function countStatuses(statuses: Iterable<Status>): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const s of statuses) counts[s] += 1;
  return counts;
}

function countBy<K extends string>(keys: readonly K[], values: Iterable<K>): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const v of values) counts[v] += 1;
  return counts;
}

export interface StatusGroup {
  total: number;
  by_status: StatusCounts;
}

function group(statuses: Status[]): StatusGroup {
  return { total: statuses.length, by_status: countStatuses(statuses) };
}

export interface Summary {
  plan_id: string;
  as_of_year: number;
  /** Latest plan-period year with any figure, or null before the first one arrives. */
  latest_year: number | null;
  /** The newest `as_of` date among all observations (数据截至), or null. */
  data_as_of: string | null;
  /**
   * The latest figures are the plan's last year's: the 总结评估. A target with a figure for that year
   * is then only achieved or missed.
   */
  final_review: boolean;
  indicators: StatusGroup & { binding: StatusGroup; expected: StatusGroup };
  by_category: Array<
    { category: Category; label_zh: string } & StatusGroup & { binding: StatusGroup }
  >;
  milestones: {
    quantity: StatusGroup;
    deliverables: { total: number; by_status: Record<DeliverableStatus, number> };
  };
  programmes: Array<{
    id: string;
    column_no: number;
    title_zh: string;
    quantity: StatusGroup;
    deliverables: { total: number; by_status: Record<DeliverableStatus, number> };
  }>;
  platforms: Array<{
    id: string;
    name_zh: string;
    capabilities: { total: number; by_status: Record<CapabilityStatus, number> };
  }>;
  /** Every quantified target of the plan: the 20 indicators and the quantity milestones. */
  all_targets: StatusGroup;
}

const DELIVERABLE_KEYS = Object.keys(DELIVERABLE_STATUS) as DeliverableStatus[];
const CAPABILITY_KEYS = Object.keys(CAPABILITY_STATUS) as CapabilityStatus[];

/** The roll-ups of dist/api/summary.json. */
export function summarize(data: Dataset, assessed: AssessedDataset): Summary {
  const statusOf = (i: IndicatorRow) =>
    assessed.indicators.get(i.id)?.assessment.status ?? 'no-data';
  const mStatus = (m: MilestoneRow) =>
    assessed.milestones.get(m.id)?.assessment.status ?? 'no-data';
  const quantity = data.milestones.filter((m) => m.kind === 'quantity');
  const deliverables = data.milestones.filter((m) => m.kind === 'deliverable');
  const deliverableGroup = (rows: MilestoneRow[]) => ({
    total: rows.length,
    by_status: countBy(
      DELIVERABLE_KEYS,
      rows.map((m) => m.status as DeliverableStatus),
    ),
  });
  const plannedYears = data.observations
    .map((o) => o.year)
    .filter((y) => y >= data.plan.start_year && y <= assessed.asOfYear);
  const asOfDates = data.observations
    .filter((o) => o.year <= assessed.asOfYear)
    .map((o) => o.as_of)
    .sort();
  const latestYear = plannedYears.length ? Math.max(...plannedYears) : null;
  return {
    plan_id: data.plan.id,
    as_of_year: assessed.asOfYear,
    latest_year: latestYear,
    data_as_of: asOfDates[asOfDates.length - 1] ?? null,
    final_review: latestYear === data.plan.end_year,
    indicators: {
      ...group(data.indicators.map(statusOf)),
      binding: group(data.indicators.filter((i) => i.binding).map(statusOf)),
      expected: group(data.indicators.filter((i) => !i.binding).map(statusOf)),
    },
    by_category: (Object.keys(CATEGORY) as Category[]).map((category) => {
      const rows = data.indicators.filter((i) => i.category === category);
      return {
        category,
        label_zh: CATEGORY[category],
        ...group(rows.map(statusOf)),
        binding: group(rows.filter((i) => i.binding).map(statusOf)),
      };
    }),
    milestones: {
      quantity: group(quantity.map(mStatus)),
      deliverables: deliverableGroup(deliverables),
    },
    programmes: [...data.programmes]
      .sort((a, b) => a.column_no - b.column_no)
      .map((p) => {
        const own = data.milestones.filter((m) => m.programme_id === p.id);
        return {
          id: p.id,
          column_no: p.column_no,
          title_zh: p.title_zh,
          quantity: group(own.filter((m) => m.kind === 'quantity').map(mStatus)),
          deliverables: deliverableGroup(own.filter((m) => m.kind === 'deliverable')),
        };
      }),
    platforms: [...data.platforms]
      .sort((a, b) => a.seq - b.seq)
      .map((p) => {
        const caps = data.capabilities.filter((c) => c.platform_id === p.id);
        return {
          id: p.id,
          name_zh: p.name_zh,
          capabilities: {
            total: caps.length,
            by_status: countBy(
              CAPABILITY_KEYS,
              caps.map((c) => c.status),
            ),
          },
        };
      }),
    all_targets: group([...data.indicators.map(statusOf), ...quantity.map(mStatus)]),
  };
}
