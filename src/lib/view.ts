/**
 * View models: the display-ready rows the pages hand to components. Pure functions of the site
 * model and a language, so pages only compose.
 */
import type { Lang } from '../i18n/ui.ts';
import { CATEGORY_EN } from '../i18n/ui.ts';
import { CATEGORY, type Category } from '../schemas/indicator.ts';
import type { IndicatorRow, MilestoneRow } from '../schemas/index.ts';
import type { Assessed } from './assessments.ts';
import { formatBaseline, formatNumber, formatTarget } from './format.ts';
import type { Status } from './progress.ts';
import { achievedLabel } from './status-display.ts';

export interface IndicatorView {
  id: string;
  seq: number;
  category: Category;
  categoryLabel: string;
  name: string;
  unit: string;
  baselineText: string;
  targetText: string;
  latestText: string;
  latestYear: number | null;
  status: Status;
  statusLabel: string;
  binding: boolean;
  provisional: boolean;
}

export function categoryLabel(category: Category, lang: Lang): string {
  return lang === 'zh' ? CATEGORY[category] : CATEGORY_EN[category];
}

/** A value with its unit: 3600 批次/年, 99.5%. */
export function withUnit(value: number, unit: string): string {
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === '') return formatNumber(value); // the plan prints no unit (零超时 …)
  return `${formatNumber(value)} ${unit}`;
}

export function indicatorView(
  i: IndicatorRow,
  a: Assessed | undefined,
  lang: Lang,
  endYear: number,
): IndicatorView {
  const status = a?.assessment.status ?? 'no-data';
  const latestYear = a?.assessment.latestYear ?? null;
  const current = a?.assessment.currentValue ?? null;
  const unit = lang === 'zh' ? i.unit_zh : i.unit_en;
  const none = lang === 'zh' ? '—' : '—';
  const latestText =
    current === null || latestYear === null
      ? none
      : `${withUnit(current, i.unit_zh === '%' ? '%' : unit)}${
          i.measure === 'cumulative'
            ? lang === 'zh'
              ? `（${latestYear}年累计）`
              : ` (total to ${latestYear})`
            : i.measure === 'average'
              ? lang === 'zh'
                ? `（至${latestYear}年平均）`
                : ` (mean to ${latestYear})`
              : lang === 'zh'
                ? `（${latestYear}年）`
                : ` (${latestYear})`
        }`;
  return {
    id: i.id,
    seq: i.seq,
    category: i.category,
    categoryLabel: categoryLabel(i.category, lang),
    name: lang === 'zh' ? i.name_zh : i.name_en,
    unit,
    baselineText: formatBaseline(i.baseline_value, i) ?? none,
    targetText: formatTarget(i.target_value, i.target_max, i),
    latestText,
    latestYear,
    status,
    statusLabel: achievedLabel(status, lang, latestYear, endYear),
    binding: i.binding,
    provisional: a?.assessment.provisional ?? false,
  };
}

/** A milestone's target as a sentence fragment: ≥ 80 个, 100–120 项, ≤ 60 工作日. */
export function milestoneTarget(m: MilestoneRow, lang: Lang = 'zh'): string | null {
  if (m.kind !== 'quantity' || m.target_value === null || !m.comparator) return null;
  const unit = milestoneUnit(m, lang);
  const value =
    m.target_max === null
      ? withUnit(m.target_value, unit)
      : `${formatNumber(m.target_value)}–${withUnit(m.target_max, unit)}`;
  const sign =
    m.target_max !== null ? '' : m.comparator === '>=' ? '≥ ' : m.comparator === '<=' ? '≤ ' : '';
  const from = m.baseline_value !== null ? `${withUnit(m.baseline_value, unit)} → ` : '';
  return `${from}${sign}${value}`;
}

/** A milestone's unit in a language: unit_en on English pages when the data has it. */
export function milestoneUnit(m: Pick<MilestoneRow, 'unit_zh' | 'unit_en'>, lang: Lang): string {
  if (m.unit_zh === '%') return '%';
  return (lang === 'en' ? (m.unit_en ?? m.unit_zh) : m.unit_zh) ?? '';
}

/** Share done, for a meter: 0–100. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** The words an indicator chart uses, in one language. */
export function chartLabels(lang: Lang, targetText: string) {
  const zh = lang === 'zh';
  return {
    actual: zh ? '实际值' : 'Actual',
    planned: zh ? '规划路径' : 'Planned path',
    target: zh ? `目标 ${targetText}` : `Target ${targetText}`,
    provisional: zh ? '初步数' : 'Provisional',
    year: (y: number) => (zh ? `${y}年` : String(y)),
    // Plain numbers: the unit heads the axis, and point titles add it once (pointTitle).
    value: (v: number) => formatNumber(v),
  };
}
