/**
 * A chart as a file people take with them: the build-time chart SVG (renderChartSvg) framed with
 * its title, unit, source and 数据截至 line on a white card, as one self-contained SVG, and that SVG
 * rendered to PNG by resvg (no browser). The downloads on the indicator pages and the chart images
 * in the Word report both come from here, so they show the same picture.
 *
 * Text is drawn with the system's Noto CJK fonts (Debian `fonts-noto-cjk`, installed by .ci/run);
 * without them resvg falls back to whatever sans-serif the machine has.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { keepFile, readKept } from './cache-files.ts';
import { renderPngOnWorker } from './png-workers.ts';
import { subsetFontsFor } from './font-subset.ts';
import { buildContext } from '../build-context.ts';

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

/** Rough advance of a character at `size` px: full width for CJK and full-width forms. */
function advance(ch: string, size: number): number {
  return /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch)
    ? size
    : size * 0.56;
}

/**
 * A line broken to fit `max` px: at the last space when there is one (English), else between
 * characters (Chinese). The estimate errs wide, so a line never runs off the image.
 */
export function wrapLine(line: string, size: number, max: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (rest.length > 0) {
    let w = 0;
    let cut = rest.length;
    for (let i = 0; i < rest.length; i++) {
      w += advance(rest[i]!, size);
      if (w > max) {
        cut = i;
        break;
      }
    }
    if (cut === rest.length) {
      out.push(rest);
      break;
    }
    const space = rest.lastIndexOf(' ', cut);
    const at = space > 0 ? space : Math.max(1, cut);
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  return out;
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
  for (const line of text.footer.flatMap((l) => wrapLine(l, FOOT, width - 2 * PAD))) {
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

/**
 * Where rendered PNGs are kept between builds, by a hash of their SVG: a chart still costs about
 * 0.1 s with the subset font (font-subset.ts), and the test suite builds the same fixtures many
 * times. The PNG is a pure function of the SVG, so a hit gives the
 * same bytes. PLAN_CHART_CACHE overrides the folder; `off` turns the disk cache off.
 */
const cacheDir = () => buildContext().chartCache;
/** Bump when the rendering (resvg, fonts, options) changes. */
const RENDERER = 'resvg-2.6.2;noto-cjk;white;v1';

/**
 * The kept PNG, read from disk each time: a map in memory would hold every PNG of the build (about
 * 2,400 of ~100 KB at 10× the plan) until it ends.
 */
function cached(key: string): Uint8Array | undefined {
  const dir = cacheDir();
  const png = dir ? readKept(path.join(dir, `${key}.png`)) : undefined;
  return png && new Uint8Array(png);
}

function keep(key: string, png: Uint8Array): void {
  const dir = cacheDir();
  if (dir) keepFile(path.join(dir, `${key}.png`), png);
}

const cacheKey = (svg: string, scale: number) =>
  createHash('sha256').update(`${RENDERER}\0${scale}\0${svg}`).digest('hex');
const fitOf = (svg: string, scale: number): ResvgRenderOptions['fitTo'] => ({
  mode: 'width',
  value: Math.round(svgSize(svg).width * scale),
});

/** The SVG as PNG bytes at `scale` × its size (2 for print), on white. */
export function svgToPng(svg: string, scale = 2): Uint8Array {
  const key = cacheKey(svg, scale);
  const hit = cached(key);
  if (hit) return hit;
  const job = prepare(svg, fitOf(svg, scale));
  try {
    const png = new Resvg(svg, job.options).render().asPng();
    keep(key, png);
    return png;
  } finally {
    job.done();
  }
}

/**
 * Many SVGs as PNGs, the same bytes as svgToPng gives each, drawn and encoded on worker threads
 * (png-workers.ts) as many at a time as the machine has cores (the Word report's chart images,
 * the PNG downloads).
 */
export async function svgToPngs(svgs: readonly string[], scale = 2): Promise<Uint8Array[]> {
  const out: Uint8Array[] = new Array(svgs.length);
  let next = 0;
  const worker = async () => {
    while (next < svgs.length) {
      const i = next++;
      const svg = svgs[i]!;
      const key = cacheKey(svg, scale);
      const hit = cached(key);
      if (hit) {
        out[i] = hit;
        continue;
      }
      const job = prepare(svg, fitOf(svg, scale));
      try {
        out[i] = await renderPngOnWorker(svg, job.options);
        keep(key, out[i]);
      } finally {
        job.done();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
  return out;
}
const SYSTEM_FONTS: ResvgRenderOptions['font'] = {
  loadSystemFonts: true,
  defaultFontFamily: 'Noto Sans CJK SC',
  sansSerifFamily: 'Noto Sans CJK SC',
};
let scratch: string | undefined;
let serial = 0;

/**
 * resvg's options for `svg`: Noto Sans CJK SC cut down to the SVG's characters (font-subset.ts:
 * same pixels, about 15× faster), or the system fonts where no subset can be made. The subsets go
 * to files, removed by `done()`, because resvg-js ignores `fitTo` when fonts are given as buffers.
 */
function prepare(
  svg: string,
  fitTo: ResvgRenderOptions['fitTo'],
): { options: ResvgRenderOptions; done: () => void } {
  const fonts = subsetFontsFor(svg);
  if (!fonts)
    return { options: { fitTo, background: '#ffffff', font: SYSTEM_FONTS }, done: () => {} };
  if (!scratch) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-chart-font-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    scratch = dir;
  }
  const files = [fonts.regular, fonts.bold].map((bytes, i) => {
    const file = path.join(scratch!, `${process.pid}-${serial++}-${i}.otf`);
    writeFileSync(file, bytes);
    return file;
  });
  const font = { ...SYSTEM_FONTS, loadSystemFonts: false, fontFiles: files };
  return {
    options: { fitTo, background: '#ffffff', font },
    done: () => {
      for (const file of files) rmSync(file, { force: true });
    },
  };
}
