/**
 * Sections 五 (存在的主要问题) and 六 (下一步工作建议), which gather the office's text of every
 * scope, and the annexes: the indicator charts and the methodology with each status's rule.
 */
import { thresholdsOf } from '../assessments.ts';
import { fmtThreshold } from '../progress.ts';
import { reportChartIds } from '../reports.ts';
import { needsAttention } from '../status-display.ts';
import type { CommentarySection } from '../../schemas/commentary.ts';
import { commentaryBlocks, commentaryText, type Outline } from './blocks.ts';
import { awaitingText, key, type IndicatorFacts, type ReportContext } from './indicators.ts';

/** The office's texts of one section, the plan's first, then each indicator, programme, platform. */
function gathered(c: ReportContext, section: CommentarySection): string[] {
  const zh = c.lang === 'zh';
  const named = (name: string, texts: string[]) =>
    texts.map((t) => `${zh ? `（${name}）` : `(${name}) `}${t}`);
  return [
    ...commentaryText(c.data.commentary, key(c, 'plan', null, section), c.lang),
    ...[...c.data.indicators]
      .sort((a, b) => a.seq - b.seq)
      .flatMap((i) =>
        named(
          zh ? i.name_zh : i.name_en,
          commentaryText(c.data.commentary, key(c, 'indicator', i.id, section), c.lang),
        ),
      ),
    ...[...c.data.programmes]
      .sort((a, b) => a.column_no - b.column_no)
      .flatMap((p) =>
        named(
          zh ? `专栏${p.column_no}` : `Column ${p.column_no}`,
          commentaryText(c.data.commentary, key(c, 'programme', p.id, section), c.lang),
        ),
      ),
    ...[...c.data.platforms]
      .sort((a, b) => a.seq - b.seq)
      .flatMap((p) =>
        named(
          zh ? p.name_zh : p.name_en,
          commentaryText(c.data.commentary, key(c, 'platform', p.id, section), c.lang),
        ),
      ),
  ];
}

/** 五、存在的主要问题 (with the lagging targets the data shows) and 六、下一步工作建议. */
export function closingSections(c: ReportContext, facts: IndicatorFacts[], o: Outline): void {
  const zh = c.lang === 'zh';
  const problems = gathered(c, 'problems');
  const lagging = facts.filter((f) => needsAttention(f.status));
  o.heading(1, c.ui.s5);
  if (lagging.length)
    o.add({
      kind: 'para',
      tone: 'note',
      text: zh
        ? `从数据看，${lagging.length} 项指标${c.final ? '未完成或' : ''}进度滞后：${lagging.map((f) => `${f.name}（${f.binding ? '约束性，' : ''}${f.statusLabel}）`).join('；')}。`
        : `The data show ${lagging.length} indicator(s) ${c.final ? 'missed or ' : ''}lagging: ${lagging.map((f) => `${f.name} (${f.binding ? 'binding, ' : ''}${f.statusLabel})`).join('; ')}.`,
    });
  o.add(...commentaryBlocks(problems, awaitingText(c, c.ui.s5)));
  const next = gathered(c, 'next-steps');
  if (!next.length && !c.draft) return;
  o.heading(1, c.ui.s6);
  o.add(...commentaryBlocks(next, awaitingText(c, c.ui.s6)));
}

/** Annex 1: the charts (every indicator up to REPORT_CHART_LIMIT); annex 2: how status is judged. */
export function annexes(c: ReportContext, facts: IndicatorFacts[], o: Outline): void {
  const zh = c.lang === 'zh';
  const bySeq = [...facts].sort((a, b) => a.seq - b.seq);
  const ids = reportChartIds(bySeq);
  const byId = new Map(facts.map((f) => [f.id, f]));
  o.add({ kind: 'page-break' });
  o.annex(c.ui.annex1, 'annex-1');
  if (ids.length < facts.length)
    o.add({
      kind: 'para',
      tone: 'note',
      text: c.ui.chartOmitted(facts.length, ids.length, facts.length - ids.length),
    });
  for (const id of ids) {
    const f = byId.get(id);
    const i = c.data.indicators.find((x) => x.id === id);
    if (!f || !i) continue;
    o.add({
      kind: 'chart',
      id,
      title: f.name,
      // The unit is on the value axis, once.
      subtitle: c.ui.targetLine(c.data.plan.end_year, f.targetText),
      status: f.status,
      label: f.statusLabel,
    });
  }
  o.add({ kind: 'page-break' });
  o.annex(c.ui.annex2, 'annex-2');
  const t = thresholdsOf(c.data);
  const th = (v: number) => fmtThreshold(v);
  o.add({
    kind: 'para',
    text: zh
      ? `进度比 r = (C − B) ÷ (E − B)：B 为基期值，C 为最新实际值（累计值目标为累计数，平均值目标为平均数），E 为按基期值到${c.data.plan.end_year}年目标的直线路径截至最新数据年份应达到的值。r ≥ ${th(t.ahead)} 为快于预期，${th(t.onTrack)} ≤ r < ${th(t.ahead)} 为进度正常，${th(t.atRisk)} ≤ r < ${th(t.onTrack)} 为略有滞后（仅预期性指标；约束性指标 r < ${th(t.onTrack)} 即为滞后），更低为滞后。达到目标为已完成（${c.data.plan.end_year}年前达到为提前实现）。规划期最后一年（${c.data.plan.end_year}年）只判已完成或未完成，不再按 r 判断。本报告只使用${c.year}年及以前的数据。`
      : `Progress ratio r = (C − B) / (E − B): B the baseline, C the latest figure (the running total or mean for cumulative and average targets), E where the straight path from the baseline to the ${c.data.plan.end_year} target says the figure should be in its latest year. r ≥ ${th(t.ahead)} is ahead, ${th(t.onTrack)} ≤ r < ${th(t.ahead)} on track, ${th(t.atRisk)} ≤ r < ${th(t.onTrack)} slightly behind (expected targets only; a binding target below ${th(t.onTrack)} is behind), lower is behind. A target met is achieved (achieved early before ${c.data.plan.end_year}). In the plan's last year (${c.data.plan.end_year}) a target is only achieved or missed; r no longer grades it. This report uses figures up to ${c.year} only.`,
  });
  o.add({
    kind: 'table',
    caption: c.ui.ruleTable(c.year),
    head: [c.ui.indicator, c.ui.status, c.ui.rule],
    rows: bySeq.map((f) => [f.name, { status: f.status, text: f.statusLabel }, f.rule]),
    widths: [24, 13, 63],
  });
}
