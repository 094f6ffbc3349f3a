/**
 * View models: the display-ready rows the pages hand to components. Pure functions of the site
 * model and a language, so pages only compose.
 */
import type { Lang } from '../i18n/ui.ts';
import { FIGURES_UI } from '../i18n/figures.ts';
import { categoryLabel } from '../i18n/labels.ts';
import { twinText } from '../i18n/twin.ts';
import type { Category } from '../schemas/indicator.ts';
import type { IndicatorRow, MilestoneRow } from '../schemas/index.ts';
import type { Assessed } from './assessments.ts';
import {
  comparatorSign,
  displayUnit,
  formatBaseline,
  formatNumber,
  formatTarget,
  withUnit,
} from './format.ts';
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

export { categoryLabel, withUnit };

export function indicatorView(
  i: IndicatorRow,
  a: Assessed | undefined,
  lang: Lang,
  endYear: number,
): IndicatorView {
  const status = a?.assessment.status ?? 'no-data';
  const latestYear = a?.assessment.latestYear ?? null;
  const current = a?.assessment.currentValue ?? null;
  const unit = twinText(i.unit_zh, i.unit_en, lang);
  const none = '—';
  const span = FIGURES_UI[lang].latestSpan;
  const spanOf =
    i.measure === 'cumulative'
      ? span.cumulative
      : i.measure === 'average'
        ? span.average
        : span.other;
  const latestText =
    current === null || latestYear === null
      ? none
      : `${withUnit(current, displayUnit(i.unit_zh, unit))}${spanOf(latestYear)}`;
  return {
    id: i.id,
    seq: i.seq,
    category: i.category,
    categoryLabel: categoryLabel(i.category, lang),
    name: twinText(i.name_zh, i.name_en, lang),
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
    m.target_max !== null || m.comparator === '=' ? '' : `${comparatorSign(m.comparator)} `;
  const from = m.baseline_value !== null ? `${withUnit(m.baseline_value, unit)} → ` : '';
  return `${from}${sign}${value}`;
}

/** A milestone's unit in a language: unit_en on English pages when the data has it. */
export function milestoneUnit(m: Pick<MilestoneRow, 'unit_zh' | 'unit_en'>, lang: Lang): string {
  const unit = m.unit_zh ?? '';
  return displayUnit(unit, twinText(unit, m.unit_en, lang));
}

/** Share done, for a meter: 0–100. */
export function percentOf(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** The words an indicator chart uses, in one language. */
export function chartLabels(lang: Lang, targetText: string) {
  const c = FIGURES_UI[lang].chart;
  return {
    actual: c.actual,
    planned: c.planned,
    target: c.target(targetText),
    provisional: c.provisional,
    year: c.year,
    // Plain numbers: the unit heads the axis, and point titles add it once (pointTitle).
    value: (v: number) => formatNumber(v),
  };
}
