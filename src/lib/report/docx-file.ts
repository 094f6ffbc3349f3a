/**
 * One report's Word file, from the dataset to the bytes: the report model, its charts rendered
 * as the site renders them (SVG → framed with title, unit and source → PNG), and the docx writer.
 * Used by the build (the .docx beside /reports/<year>/) and by `npm run report:docx`.
 */
import type { Dataset } from '../data/validate-dataset.ts';
import type { Lang } from '../../i18n/ui.ts';
import { REPORT_UI } from '../../i18n/report.ts';
import { chartImageSvg, svgSize, svgToPngs } from '../charts/chart-image.ts';
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
  const framed = charts.flatMap((c) => {
    const svg = svgs.get(c.id);
    if (!svg) return [];
    const image = chartImageSvg(svg, {
      title: c.title,
      subtitle: c.subtitle,
      footer: [model.lines[0] ?? '', ...(options.official ? [] : [ui.sample])],
    });
    return [{ id: c.id, image, size: svgSize(image) }];
  });
  // Drawn on all cores at once (svgToPngs): the same bytes as one by one.
  const pngs = await svgToPngs(
    framed.map((f) => f.image),
    2,
  );
  const images = new Map<string, ChartPng>(
    framed.map((f, n) => [f.id, { png: pngs[n]!, width: f.size.width, height: f.size.height }]),
  );
  return reportDocx(model, images, {
    editable: ui.editable,
    header: options.official ? null : ui.sample,
    stamp: options.buildDate ?? `${year}-12-31`,
  });
}
