/**
 * A chart as a file people take with them: the build-time chart SVG (renderChartSvg) framed with
 * its title, unit, source and 数据截至 line on a white card, as one self-contained SVG, and that SVG
 * rendered to PNG by resvg (no browser). The downloads on the indicator pages and the chart images
 * in the Word report both come from here, so they show the same picture.
 *
 * Text is drawn with the system's Noto CJK fonts (Debian `fonts-noto-cjk`, installed by .ci/run);
 * without them resvg falls back to whatever sans-serif the machine has.
 */
import { Resvg } from '@resvg/resvg-js';

export interface ChartImageText {
  /** First line, bold: the indicator's name (and what the chart shows). */
  title: string;
  /** Second line: unit and target, e.g. “单位：批次/年 · 2030 年目标 ≥ 3800”. */
  subtitle?: string;
  /** Footer lines: source, 数据截至, the sample-data notice; each on its own line. */
  footer: readonly string[];
}

export const CHART_IMAGE_FONT =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', sans-serif";

const PAD = 24;
const TITLE = 22;
const SUB = 15;
const FOOT = 13;

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Width and height of an SVG root from its viewBox (or width/height attributes). */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(root);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  const w = /\bwidth="([\d.]+)"/.exec(root);
  const h = /\bheight="([\d.]+)"/.exec(root);
  if (w && h) return { width: Number(w[1]), height: Number(h[1]) };
  throw new Error('svgSize: the SVG has neither a viewBox nor width and height');
}

/**
 * One self-contained SVG: white card, title and subtitle above the chart, footer lines below.
 * The chart keeps its own markup (nested <svg>), so ids and presentation attributes stay valid.
 */
export function chartImageSvg(chartSvg: string, text: ChartImageText): string {
  const chart = svgSize(chartSvg);
  const width = Math.round(chart.width + 2 * PAD);
  let y = PAD + TITLE;
  const lines: string[] = [
    `<text x="${PAD}" y="${y}" font-size="${TITLE}" font-weight="700" fill="#1a1a1a">${escapeXml(text.title)}</text>`,
  ];
  if (text.subtitle) {
    y += SUB + 10;
    lines.push(
      `<text x="${PAD}" y="${y}" font-size="${SUB}" fill="#444444">${escapeXml(text.subtitle)}</text>`,
    );
  }
  const chartTop = y + 14;
  const inner = chartSvg.replace(/^<svg\b[^>]*>/, (root) => {
    const kept = root.replace(/\s(x|y|width|height|role|class)="[^"]*"/g, '');
    return kept.replace(
      /^<svg\b/,
      `<svg x="${PAD}" y="${chartTop}" width="${chart.width}" height="${chart.height}"`,
    );
  });
  y = chartTop + chart.height + 8;
  for (const line of text.footer) {
    y += FOOT + 6;
    lines.push(
      `<text x="${PAD}" y="${y}" font-size="${FOOT}" fill="#555555">${escapeXml(line)}</text>`,
    );
  }
  const height = Math.round(y + PAD);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_IMAGE_FONT)}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lines,
    inner,
    '</svg>',
  ].join('\n');
}

/** The SVG as PNG bytes at `scale` × its size (2 for print), on white. */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const { width } = svgSize(svg);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: Math.round(width * scale) },
    background: '#ffffff',
    font: {
      loadSystemFonts: true,
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  });
  return resvg.render().asPng();
}
