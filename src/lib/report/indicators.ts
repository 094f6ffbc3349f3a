/**
 * Sections 一 (总体进展) and 二 (主要指标完成情况) of the monitoring report, and the indicator
 * facts the later sections and the annexes reuse. Pure functions of the dataset and a year.
 */
import type { Dataset } from '../data/validate-dataset.ts';
import type { AssessedDataset, Summary } from '../assessments.ts';
import { indicatorSpec, observationsById } from '../assessments.ts';
import { shareOfTarget, STATUSES, type Status } from '../progress.ts';
import { laggingOrder } from '../reports.ts';
import { indicatorView, percentOf, withUnit, type IndicatorView } from '../view.ts';
import { needsAttention, statusLabel } from '../status-display.ts';
import type { Lang } from '../../i18n/ui.ts';
import type { ReportUi } from '../../i18n/report.ts';
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
    const unit = c.lang === 'zh' ? i.unit_zh : i.unit_en;
    const e = a?.assessment.expectedValue ?? null;
    const first =
      (obs.get(i.id) ?? []).find((o) => o.year >= c.data.plan.start_year && o.year <= c.year)
        ?.value ?? null;
    return {
      ...view,
      expectedText: e === null ? '—' : withUnit(e, i.unit_zh === '%' ? '%' : unit),
      rule: a ? (c.lang === 'zh' ? a.assessment.rule : a.assessment.ruleEn) : '—',
      share: a ? shareOfTarget(indicatorSpec(i), a.assessment, first) : null,
    };
  });
  return laggingOrder(rows);
}

const statusCell = (status: Status, text: string) => ({ status, text });

/** 一、总体进展: time elapsed against work done, counts by status (binding apart), highlights. */
export function overviewSection(c: ReportContext, facts: IndicatorFacts[], o: Outline): void {
  const { plan } = c.data;
  const zh = c.lang === 'zh';
  const N = plan.end_year - plan.baseline_year;
  const n = Math.min(Math.max(c.year - plan.baseline_year, 0), N);
  const time = percentOf(n, N);
  const by = c.summary.indicators.by_status;
  const assessedCount = c.summary.indicators.total - by['no-data'];
  o.heading(1, c.ui.s1);
  o.heading(2, c.ui.s1a);
  if (c.summary.latest_year === null) {
    o.add({
      kind: 'para',
      text: zh
        ? `截至 ${c.year} 年，规划期（${plan.start_year}–${plan.end_year}年）的年度数据尚未报送，${c.data.indicators.length} 项指标均为“暂无数据”，本报告暂不作进度判断。`
        : `As of ${c.year} no plan-period figures have been reported; all ${c.data.indicators.length} indicators show “no data yet” and no progress is judged.`,
    });
  } else {
    const good = by.achieved + by.ahead + by['on-track'];
    const lagging = facts.filter((f) => needsAttention(f.status));
    const laggingBinding = lagging.filter((f) => f.binding).length;
    const shares = facts.filter((f) => f.share !== null);
    const onPace = shares.filter((f) => (f.share ?? 0) >= n / N - 1e-9).length;
    const verdict = c.final
      ? zh
        ? `规划期已结束。有数据的 ${assessedCount} 项指标中，已完成 ${by.achieved} 项，未完成 ${by.missed} 项（其中约束性指标 ${c.summary.indicators.binding.by_status.missed} 项）${assessedCount - by.achieved - by.missed > 0 ? `；另有 ${assessedCount - by.achieved - by.missed} 项缺少 ${plan.end_year} 年数据，仍按最近一年的数据判断` : ''}。`
        : `The plan period is over. Of ${assessedCount} indicators with data, ${by.achieved} are achieved and ${by.missed} missed (${c.summary.indicators.binding.by_status.missed} of them binding)${assessedCount - by.achieved - by.missed > 0 ? `; ${assessedCount - by.achieved - by.missed} lack a ${plan.end_year} figure and are still judged on their latest year` : ''}.`
      : zh
        ? `规划期已过 ${n} 年（共 ${N} 年，时间进度 ${time}%）。有数据的 ${assessedCount} 项指标中，已完成、快于预期或进度正常的 ${good} 项（${percentOf(good, assessedCount)}%），滞后或略有滞后的 ${lagging.length} 项，其中约束性指标 ${laggingBinding} 项。`
        : `${n} of ${N} years have passed (${time}% of the period). Of ${assessedCount} indicators with data, ${good} (${percentOf(good, assessedCount)}%) are achieved, ahead or on track and ${lagging.length} are behind or slightly behind, ${laggingBinding} of them binding.`;
    o.add({ kind: 'para', text: verdict });
    if (shares.length)
      o.add({
        kind: 'para',
        text: zh
          ? `${c.midTerm ? '按“时间过半、任务过半”的要求，' : ''}在可计算完成进度（已完成目标增量的比例）的 ${shares.length} 项指标中，${onPace} 项的完成进度达到或超过时间进度 ${time}%。`
          : `${c.midTerm ? 'Against the mid-term rule “half the time, half the work”: ' : ''}of ${shares.length} indicators whose share of the way to target can be computed, ${onPace} have covered at least the ${time}% of the period elapsed.`,
      });
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
    text:
      c.lang === 'zh'
        ? '“应达值”为按直线路径截至最新数据年份应达到的水平；每项状态的判定依据见附件2。〔 〕内为五年累计数。'
        : '“Expected by now” is where the straight path says the figure should be in its latest year; Annex 2 gives the rule behind each status. Figures in 〔 〕 are five-year totals.',
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
      text:
        c.lang === 'zh'
          ? '没有滞后、略有滞后或未完成的指标。'
          : 'No indicator is behind, slightly behind or missed.',
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
  const sep = c.lang === 'zh' ? '：' : ': ';
  return texts.map((t, k) => (k === 0 ? `${c.ui.sections[section]}${sep}${t}` : t));
}

/** The placeholder for a draft plan's report, or null (issued: the section is left out). */
export function awaitingText(c: ReportContext, what: string): string | null {
  return c.draft ? c.ui.awaiting(what) : null;
}

export type { Block };
