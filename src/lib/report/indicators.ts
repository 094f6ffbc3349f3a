/**
 * Sections 一 (总体进展) and 二 (主要指标完成情况) of the monitoring report, and the indicator
 * facts the later sections and the annexes reuse. Pure functions of the dataset and a year.
 */
import type { Dataset } from '../data/validate-dataset.ts';
import type { AssessedDataset, Summary } from '../assessments.ts';
import { indicatorSpec, observationsById } from '../assessments.ts';
import { shareOfTarget, STATUSES, type Status } from '../progress.ts';
import { laggingOrder } from '../reports.ts';
import { indicatorView, percentOf, type IndicatorView } from '../view.ts';
import { displayUnit, withUnit } from '../format.ts';
import { needsAttention, statusLabel } from '../status-display.ts';
import type { Lang } from '../../i18n/ui.ts';
import type { ReportUi } from '../../i18n/report.ts';
import { REPORT_OVERVIEW_UI } from '../../i18n/report-overview.ts';
import { byLang, twinValue } from '../../i18n/twin.ts';
import { commentaryBlocks, commentaryText, type Block, type Outline } from './blocks.ts';
import type { CommentarySection } from '../../schemas/commentary.ts';

export interface ReportContext {
  data: Dataset;
  year: number;
  lang: Lang;
  ui: ReportUi;
  assessed: AssessedDataset;
  summary: Summary;
  /** Draft plan: missing commentary shows as 【待规划办补充】; issued: it is left out. */
  draft: boolean;
  final: boolean;
  midTerm: boolean;
}

export interface IndicatorFacts extends IndicatorView {
  expectedText: string;
  rule: string;
  /** Share of the way from start to target covered (时间过半、任务过半), or null. */
  share: number | null;
}

export function indicatorFacts(c: ReportContext): IndicatorFacts[] {
  const obs = observationsById(c.data);
  const rows = c.data.indicators.map((i) => {
    const a = c.assessed.indicators.get(i.id);
    const view = indicatorView(i, a, c.lang, c.data.plan.end_year);
    const unit = twinValue(i.unit_zh, i.unit_en, c.lang);
    const e = a?.assessment.expectedValue ?? null;
    const first =
      (obs.get(i.id) ?? []).find((o) => o.year >= c.data.plan.start_year && o.year <= c.year)
        ?.value ?? null;
    return {
      ...view,
      expectedText: e === null ? '—' : withUnit(e, displayUnit(i.unit_zh, unit)),
      rule: a ? byLang(c.lang, a.assessment.rule, a.assessment.ruleEn) : '—',
      share: a ? shareOfTarget(indicatorSpec(i), a.assessment, first) : null,
    };
  });
  return laggingOrder(rows);
}

const statusCell = (status: Status, text: string) => ({ status, text });

/** 一、总体进展: time elapsed against work done, counts by status (binding apart), highlights. */
export function overviewSection(c: ReportContext, facts: IndicatorFacts[], o: Outline): void {
  const { plan } = c.data;
  const w = REPORT_OVERVIEW_UI[c.lang];
  const N = plan.end_year - plan.baseline_year;
  const n = Math.min(Math.max(c.year - plan.baseline_year, 0), N);
  const time = percentOf(n, N);
  const by = c.summary.indicators.by_status;
  const assessedCount = c.summary.indicators.total - by['no-data'];
  o.heading(1, c.ui.s1);
  o.heading(2, c.ui.s1a);
  const facts0 = {
    year: c.year,
    start: plan.start_year,
    end: plan.end_year,
    indicators: c.data.indicators.length,
    n,
    N,
    time,
    assessed: assessedCount,
    achieved: by.achieved,
    missed: by.missed,
    bindingMissed: c.summary.indicators.binding.by_status.missed,
    midTerm: c.midTerm,
  };
  if (c.summary.latest_year === null) {
    o.add({
      kind: 'para',
      text: w.noData(facts0),
    });
  } else {
    const good = by.achieved + by.ahead + by['on-track'];
    const lagging = facts.filter((f) => needsAttention(f.status));
    const shares = facts.filter((f) => f.share !== null);
    const all = {
      ...facts0,
      good,
      goodPercent: percentOf(good, assessedCount),
      lagging: lagging.length,
      laggingBinding: lagging.filter((f) => f.binding).length,
      shares: shares.length,
      onPace: shares.filter((f) => (f.share ?? 0) >= n / N - 1e-9).length,
    };
    o.add({ kind: 'para', text: c.final ? w.final(all) : w.verdict(all) });
    if (shares.length) o.add({ kind: 'para', text: w.pace(all) });
  }
  const rowsFor = STATUSES.filter((s) => by[s] > 0);
  o.add({
    kind: 'table',
    caption: c.ui.statusCounts(c.year),
    head: [c.ui.status, c.ui.all, c.ui.binding, c.ui.expected],
    rows: rowsFor.map((s) => [
      statusCell(s, statusLabel(s, c.lang)),
      String(by[s]),
      String(c.summary.indicators.binding.by_status[s]),
      String(c.summary.indicators.expected.by_status[s]),
    ]),
    numeric: [1, 2, 3],
    widths: [40, 20, 20, 20],
  });
  o.heading(2, c.ui.s1b);
  const texts = (['highlights', 'progress'] as const).flatMap((section) =>
    labelled(c, commentaryText(c.data.commentary, key(c, 'plan', null, section), c.lang), section),
  );
  o.add(...commentaryBlocks(texts, awaitingText(c, c.ui.s1b)));
}

/** 二、主要指标完成情况: all indicators in one table, then the ones needing attention one by one. */
export function indicatorSection(c: ReportContext, facts: IndicatorFacts[], o: Outline): void {
  o.heading(1, c.ui.s2);
  o.heading(2, c.ui.s2a);
  o.add({
    kind: 'table',
    caption: c.ui.indicatorTable(c.year),
    head: [
      c.ui.indicator,
      c.ui.attribute,
      c.ui.baseline,
      c.ui.target,
      c.ui.latest,
      c.ui.expectedNow,
      c.ui.status,
    ],
    rows: facts.map((f) => [
      f.name,
      f.binding ? c.ui.binding : c.ui.expected,
      f.baselineText,
      f.targetText,
      f.latestText,
      f.expectedText,
      statusCell(f.status, f.statusLabel),
    ]),
    numeric: [2, 3, 4, 5],
    widths: [25, 9, 10, 11, 16, 13, 16],
  });
  o.add({
    kind: 'para',
    tone: 'note',
    text: REPORT_OVERVIEW_UI[c.lang].expectedNote,
  });
  o.heading(2, c.ui.s2b);
  const detailed = facts.filter(
    (f) =>
      needsAttention(f.status) ||
      c.data.commentary.some(
        (r) => r.year === c.year && r.scope === 'indicator' && r.ref_id === f.id,
      ),
  );
  if (!detailed.length)
    o.add({
      kind: 'para',
      text: REPORT_OVERVIEW_UI[c.lang].noneLagging,
    });
  for (const f of detailed) {
    o.heading(3, `${f.name}（${f.statusLabel}）`);
    o.add({ kind: 'para', text: f.rule });
    const texts = (['highlights', 'progress', 'problems', 'next-steps'] as const).flatMap((s) =>
      labelled(c, commentaryText(c.data.commentary, key(c, 'indicator', f.id, s), c.lang), s),
    );
    o.add(...commentaryBlocks(texts, null));
  }
}

export function key(
  c: ReportContext,
  scope: 'plan' | 'indicator' | 'programme' | 'platform',
  ref: string | null,
  section: CommentarySection,
) {
  return { year: c.year, scope, ref, section };
}

/** The first paragraph of a section's text carries its label: “存在问题：…”. */
export function labelled(c: ReportContext, texts: string[], section: CommentarySection): string[] {
  const sep = REPORT_OVERVIEW_UI[c.lang].sep;
  return texts.map((t, k) => (k === 0 ? `${c.ui.sections[section]}${sep}${t}` : t));
}

/** The placeholder for a draft plan's report, or null (issued: the section is left out). */
export function awaitingText(c: ReportContext, what: string): string | null {
  return c.draft ? c.ui.awaiting(what) : null;
}

export type { Block };
