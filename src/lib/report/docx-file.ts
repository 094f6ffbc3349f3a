/**
 * One report's Word file, from the dataset to the bytes: the report model, its charts rendered
 * as the site renders them (SVG → framed with title, unit and source → PNG), and the docx writer.
 * Used by the build (the .docx beside /reports/<year>/) and by `npm run report:docx`.
 */
import type { Dataset } from '../data/validate-dataset.ts';
import type { Lang } from '../../i18n/ui.ts';
import { REPORT_UI } from '../../i18n/report.ts';
import { chartImageSvg, svgSize, svgToPng } from '../charts/chart-image.ts';
import { buildReport, type ReportOptions } from './model.ts';
import { reportChartSvgs } from './charts.ts';
import { reportDocx, type ChartPng } from './docx.ts';

export async function reportDocxFile(
  data: Dataset,
  year: number,
  lang: Lang,
  options: ReportOptions,
): Promise<Uint8Array> {
  const ui = REPORT_UI[lang];
  const model = buildReport(data, year, lang, options);
  const charts = model.blocks.flatMap((b) => (b.kind === 'chart' ? [b] : []));
  const svgs = await reportChartSvgs(
    data,
    charts.map((c) => c.id),
    year,
    lang,
  );
  const images = new Map<string, ChartPng>();
  for (const c of charts) {
    const svg = svgs.get(c.id);
    if (!svg) continue;
    const framed = chartImageSvg(svg, {
      title: c.title,
      subtitle: c.subtitle,
      footer: [model.lines[0] ?? '', ...(options.official ? [] : [ui.sample])],
    });
    const size = svgSize(framed);
    images.set(c.id, { png: svgToPng(framed, 2), width: size.width, height: size.height });
  }
  return reportDocx(model, images, {
    editable: ui.editable,
    header: options.official ? null : ui.sample,
    stamp: options.buildDate ?? `${year}-12-31`,
  });
}
