/**
 * Sections 五 (存在的主要问题) and 六 (下一步工作建议), which gather the office's text of every
 * scope, and the annexes: the indicator charts and the methodology with each status's rule.
 */
import { thresholdsOf } from '../assessments.ts';
import { fmtThreshold } from '../progress.ts';
import { reportChartIds } from '../reports.ts';
import { needsAttention } from '../status-display.ts';
import type { CommentarySection } from '../../schemas/commentary.ts';
import { REPORT_CLOSING_UI } from '../../i18n/report-closing.ts';
import { twinValue } from '../../i18n/twin.ts';
import { commentaryBlocks, commentaryText, type Outline } from './blocks.ts';
import { awaitingText, key, type IndicatorFacts, type ReportContext } from './indicators.ts';

/** The office's texts of one section, the plan's first, then each indicator, programme, platform. */
function gathered(c: ReportContext, section: CommentarySection): string[] {
  const w = REPORT_CLOSING_UI[c.lang];
  const named = (name: string, texts: string[]) => texts.map((t) => w.named(name, t));
  return [
    ...commentaryText(c.data.commentary, key(c, 'plan', null, section), c.lang),
    ...[...c.data.indicators]
      .sort((a, b) => a.seq - b.seq)
      .flatMap((i) =>
        named(
          twinValue(i.name_zh, i.name_en, c.lang),
          commentaryText(c.data.commentary, key(c, 'indicator', i.id, section), c.lang),
        ),
      ),
    ...[...c.data.programmes]
      .sort((a, b) => a.column_no - b.column_no)
      .flatMap((p) =>
        named(
          w.column(p.column_no),
          commentaryText(c.data.commentary, key(c, 'programme', p.id, section), c.lang),
        ),
      ),
    ...[...c.data.platforms]
      .sort((a, b) => a.seq - b.seq)
      .flatMap((p) =>
        named(
          twinValue(p.name_zh, p.name_en, c.lang),
          commentaryText(c.data.commentary, key(c, 'platform', p.id, section), c.lang),
        ),
      ),
  ];
}

/** 五、存在的主要问题 (with the lagging targets the data shows) and 六、下一步工作建议. */
export function closingSections(c: ReportContext, facts: IndicatorFacts[], o: Outline): void {
  const problems = gathered(c, 'problems');
  const lagging = facts.filter((f) => needsAttention(f.status));
  o.heading(1, c.ui.s5);
  if (lagging.length)
    o.add({
      kind: 'para',
      tone: 'note',
      text: REPORT_CLOSING_UI[c.lang].lagging(lagging, c.final),
    });
  o.add(...commentaryBlocks(problems, awaitingText(c, c.ui.s5)));
  const next = gathered(c, 'next-steps');
  if (!next.length && !c.draft) return;
  o.heading(1, c.ui.s6);
  o.add(...commentaryBlocks(next, awaitingText(c, c.ui.s6)));
}

/** Annex 1: the charts (every indicator up to REPORT_CHART_LIMIT); annex 2: how status is judged. */
export function annexes(c: ReportContext, facts: IndicatorFacts[], o: Outline): void {
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
    text: REPORT_CLOSING_UI[c.lang].rules({
      ahead: th(t.ahead),
      onTrack: th(t.onTrack),
      atRisk: th(t.atRisk),
      end: c.data.plan.end_year,
      year: c.year,
    }),
  });
  o.add({
    kind: 'table',
    caption: c.ui.ruleTable(c.year),
    head: [c.ui.indicator, c.ui.status, c.ui.rule],
    rows: bySeq.map((f) => [f.name, { status: f.status, text: f.statusLabel }, f.rule]),
    widths: [24, 13, 63],
  });
}
