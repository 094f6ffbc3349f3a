/**
 * The monitoring report of a year, in the structure of a Chinese monitoring report (一、总体进展 …
 * 六、下一步工作建议, 附件1 charts, 附件2 methodology), as blocks the page, the PDF and the Word
 * file render alike. 2028 is the 中期评估, the plan's last year the 总结评估.
 */
import type { Dataset } from '../data/validate-dataset.ts';
import { assessDataset, summarize } from '../assessments.ts';
import { reportKind, reportTitle } from '../reports.ts';
import { formatDateOr } from '../format.ts';
import { twinValue } from '../../i18n/twin.ts';
import type { Lang } from '../../i18n/ui.ts';
import { REPORT_UI } from '../../i18n/report.ts';
import { Outline, type Block } from './blocks.ts';
import { indicatorFacts, indicatorSection, overviewSection } from './indicators.ts';
import { platformSection, programmeSection } from './tasks.ts';
import { annexes, closingSections } from './closing.ts';

export interface ReportOptions {
  /** Built from the repository's own data/ (false: sample data, said on the cover). */
  official: boolean;
  /** The site's build date (YYYY-MM-DD) or null. */
  buildDate: string | null;
}

export interface ReportModel {
  year: number;
  lang: Lang;
  title: string;
  planTitle: string;
  org: string;
  /** Cover lines: data as of, generated on. */
  lines: string[];
  /** Cover notices: draft plan, sample data. */
  notices: string[];
  blocks: Block[];
  /** Level-1 headings, for the table of contents. */
  toc: Array<{ id: string; text: string }>;
}

export function buildReport(
  data: Dataset,
  year: number,
  lang: Lang,
  options: ReportOptions,
): ReportModel {
  const ui = REPORT_UI[lang];
  const assessed = assessDataset(data, year);
  const summary = summarize(data, assessed);
  const kind = reportKind(year, data);
  const c = {
    data,
    year,
    lang,
    ui,
    assessed,
    summary,
    draft: data.plan.status === 'draft',
    final: kind === 'final',
    midTerm: kind === 'mid-term',
  };
  const facts = indicatorFacts(c);
  const o = new Outline(lang);
  overviewSection(c, facts, o);
  indicatorSection(c, facts, o);
  programmeSection(c, o);
  platformSection(c, o);
  closingSections(c, facts, o);
  annexes(c, facts, o);
  const date = (iso: string | null) => formatDateOr(iso, lang);
  const notices = [...(c.draft ? [ui.draftPlan] : []), ...(options.official ? [] : [ui.sample])];
  return {
    year,
    lang,
    title: reportTitle(year, data, lang),
    planTitle: twinValue(data.plan.title_zh, data.plan.title_en, lang),
    org: ui.org,
    lines: [ui.dataAsOf(date(summary.data_as_of), year), ui.generated(date(options.buildDate))],
    notices,
    blocks: o.blocks,
    toc: o.blocks.flatMap((b) =>
      b.kind === 'heading' && b.level === 1 ? [{ id: b.id, text: `${b.number}${b.text}` }] : [],
    ),
  };
}
