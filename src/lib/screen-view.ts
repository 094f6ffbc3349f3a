/**
 * The wall display's view model (/screen/): every number and word its six panels show, as pure
 * functions of the validated data, its assessments and a language. The page and its panel
 * components only lay these out. Statuses come from STATUSES and the shared status tables, so a
 * status added to the progress engine appears without edits here.
 */
import type { Lang } from '../i18n/ui.ts';
import { capabilityStatusLabel } from '../i18n/labels.ts';
import { twinValue } from '../i18n/twin.ts';
import type { Dataset } from './data/validate-dataset.ts';
import {
  assessDataset,
  indicatorSpec,
  observationsById,
  periodOf,
  type AssessedDataset,
  type Summary,
} from './assessments.ts';
import { shareOfTarget, STATUSES, type Status } from './progress.ts';
import { statusChanges } from './reports.ts';
import type { CapabilityStatus } from '../schemas/platform-capability.ts';
import { indicatorView, percentOf, type IndicatorView } from './view.ts';
import { displayUnit, formatNumber, isPercentSign, withUnit } from './format.ts';
import { laggingViews } from './glance.ts';
import { statusLabel } from './status-display.ts';

export interface ScreenInput {
  data: Dataset;
  assessed: AssessedDataset;
  summary: Summary;
}

/** A figure as the wall shows it: the number big, its unit under it ('' for % or no unit). */
export interface Figure {
  value: string;
  unit: string;
}

export interface LaggingCard {
  view: IndicatorView;
  current: Figure;
  expected: Figure;
  target: Figure;
}

export interface ChangeCard {
  view: IndicatorView;
  before: Status | null;
  after: Status;
  /** The figure the status was judged on, in the previous year and now, with the unit. */
  beforeValue: Figure;
  afterValue: Figure;
}

export interface ShareRow {
  view: IndicatorView;
  /** Share of the target achieved, 0–100 (clamped), and as printed (may exceed 100). */
  width: number;
  percent: number;
}

export interface PlatformCard {
  id: string;
  name: string;
  /** True when `name` fell back to Chinese (no English in the data). */
  nameIsZh: boolean;
  capabilities: { name: string; nameIsZh: boolean; status: CapabilityStatus; label: string }[];
}

const valueText = (v: number | null, unitZh: string, unit: string) =>
  v === null ? '—' : withUnit(v, displayUnit(unitZh, unit));

/** 3600 and 批次/年 apart; 99.5% whole; — without a figure. */
export function figure(v: number | null, unitZh: string, unit: string): Figure {
  if (v === null) return { value: '—', unit: '' };
  if (isPercentSign(unitZh) || unit === '')
    return { value: withUnit(v, displayUnit(unitZh, '')), unit: '' };
  return { value: formatNumber(v), unit };
}

export const CAPABILITY_SYMBOL: Record<CapabilityStatus, string> = {
  operating: '●',
  building: '◐',
  planned: '○',
};

export function screenView(input: ScreenInput, lang: Lang) {
  const { data, assessed, summary } = input;
  const plan = data.plan;
  const zh = lang === 'zh';
  const period = periodOf(data);
  const latest = summary.latest_year;
  const n = latest === null ? 0 : latest - plan.baseline_year;
  const N = plan.end_year - plan.baseline_year;
  const views = [...data.indicators]
    .sort((a, b) => a.seq - b.seq)
    .map((i) => indicatorView(i, assessed.indicators.get(i.id), lang, plan.end_year));
  const row = (id: string) => data.indicators.find((i) => i.id === id)!;
  const unitOf = (id: string) => twinValue(row(id).unit_zh, row(id).unit_en, lang);

  const lagging: LaggingCard[] = laggingViews(views).map((view) => {
    const a = assessed.indicators.get(view.id)!.assessment;
    const i = row(view.id);
    return {
      view,
      current: figure(a.currentValue, i.unit_zh, unitOf(view.id)),
      expected: figure(a.expectedValue, i.unit_zh, unitOf(view.id)),
      target: { value: view.targetText, unit: isPercentSign(i.unit_zh) ? '' : unitOf(view.id) },
    };
  });

  const obs = observationsById(data);
  const shares: ShareRow[] = views.flatMap((view) => {
    const i = row(view.id);
    const a = assessed.indicators.get(i.id)!.assessment;
    const first = (obs.get(i.id) ?? []).find((o) => o.year >= period.startYear)?.value ?? null;
    const share = shareOfTarget(indicatorSpec(i), a, first);
    if (share === null) return [];
    const percent = Math.round(share * 100);
    return [{ view, percent, width: Math.max(0, Math.min(100, percent)) }];
  });

  const previous =
    latest !== null && latest > plan.start_year ? assessDataset(data, latest - 1) : null;
  const changes: ChangeCard[] =
    latest === null
      ? []
      : statusChanges(data, assessed, previous)
          .filter((c) => c.changed)
          .map((c) => {
            const i = row(c.id);
            const before = previous?.indicators.get(c.id)?.assessment.currentValue ?? null;
            const after = assessed.indicators.get(c.id)?.assessment.currentValue ?? null;
            return {
              view: views.find((v) => v.id === c.id)!,
              before: c.before,
              after: c.after,
              beforeValue: figure(before, i.unit_zh, unitOf(c.id)),
              afterValue: figure(after, i.unit_zh, unitOf(c.id)),
            };
          });

  const platforms: PlatformCard[] = [...data.platforms]
    .sort((a, b) => a.seq - b.seq)
    .map((p) => {
      const en = p.field_en ?? p.name_en;
      return {
        id: p.id,
        name: twinValue(p.field_zh, en, lang),
        nameIsZh: zh,
        capabilities: data.capabilities
          .filter((c) => c.platform_id === p.id)
          .map((c) => ({
            name: twinValue(c.capability_zh, c.capability_en, lang),
            nameIsZh: zh,
            status: c.status,
            label: capabilityStatusLabel(c.status, lang),
          })),
      };
    });

  const programmes = summary.programmes.map((p) => ({
    ...p,
    title: twinValue(p.title_zh, data.programmes.find((x) => x.id === p.id)?.title_en, lang),
    donePercent: percentOf(p.deliverables.by_status.done, p.deliverables.total),
  }));

  const tiles = STATUSES.filter((s) => summary.indicators.by_status[s] > 0).map((s) => ({
    status: s,
    count: summary.indicators.by_status[s],
    label: statusLabel(s, lang),
  }));
  const binding = STATUSES.filter((s) => summary.indicators.binding.by_status[s] > 0).map((s) => ({
    status: s,
    count: summary.indicators.binding.by_status[s],
    label: statusLabel(s, lang),
  }));

  /** The latest figure with its unit and nothing else (the year heads the panel). */
  const latestValue = new Map(
    views.map((view) => {
      const a = assessed.indicators.get(view.id)?.assessment;
      return [view.id, valueText(a?.currentValue ?? null, row(view.id).unit_zh, unitOf(view.id))];
    }),
  );

  return {
    plan,
    latest,
    latestValue,
    time: { n, N, percent: percentOf(n, N) },
    views,
    tiles: tiles.length
      ? tiles
      : [{ status: 'no-data' as Status, count: 0, label: statusLabel('no-data', lang) }],
    binding,
    categories: summary.by_category,
    lagging,
    shares,
    previousYear: previous ? previous.asOfYear : null,
    changes,
    platforms,
    programmes,
  };
}

export type ScreenView = ReturnType<typeof screenView>;
