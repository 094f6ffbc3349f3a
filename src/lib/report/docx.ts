/**
 * The monitoring report as a Word file (docx@9): the same blocks as the web page, each paragraph
 * in a named style (docx-styles.ts), tables as real Word tables with a repeating header row, each
 * chart as a PNG of the same SVG the site's chart downloads use, page numbers “— 1 —” in the
 * footer, the draft and sample notices on the cover (and, for sample data, in every page header).
 *
 * Reproducible: two builds of the same data give the same bytes (the package's timestamps are the
 * build date, not the clock).
 */
import {
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { STATUS_SYMBOL } from '../status-display.ts';
import type { Block, Cell } from './blocks.ts';
import type { ReportModel } from './model.ts';
import { REPORT_UI } from '../../i18n/report.ts';
import { DOCX_STYLES, STYLE } from './docx-styles.ts';

/** A4 with the 公文 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm), in twips. */
const PAGE = {
  size: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474, footer: 992, header: 851 },
};
const TEXT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

export interface ChartPng {
  png: Uint8Array;
  width: number;
  height: number;
}

const para = (style: string, text: string) => new Paragraph({ style, text });
const cellText = (c: Cell) => (typeof c === 'string' ? c : `${STATUS_SYMBOL[c.status]} ${c.text}`);
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

function table(b: Extract<Block, { kind: 'table' }>): Table {
  const widths = b.widths ?? b.head.map(() => 100 / b.head.length);
  const columnWidths = widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const row = (cells: Cell[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (c, k) =>
          new TableCell({
            width: { size: columnWidths[k] ?? 0, type: WidthType.DXA },
            children: [para(head ? STYLE.tableHead : STYLE.tableText, cellText(c))],
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [row(b.head, true), ...b.rows.map((r) => row(r, false))],
  });
}

function body(model: ReportModel, charts: ReadonlyMap<string, ChartPng>) {
  const out: Array<Paragraph | Table> = [];
  let annexNext = false;
  let figure = 0;
  let tableNo = 0;
  for (const b of model.blocks) {
    if (b.kind === 'page-break') annexNext = true;
    else if (b.kind === 'heading') {
      const style = annexNext ? STYLE.annex : [STYLE.h1, STYLE.h2, STYLE.h3][b.level - 1];
      // An annex starts a page, as Word's own Insert › Page Break would.
      if (annexNext) out.push(new Paragraph({ children: [new PageBreak()] }));
      annexNext = false;
      out.push(para(style ?? STYLE.h3, `${b.number}${b.text}`));
    } else if (b.kind === 'para')
      out.push(
        para(
          b.tone === 'commentary' ? STYLE.commentary : b.tone === 'note' ? STYLE.note : STYLE.body,
          b.text,
        ),
      );
    else if (b.kind === 'awaiting') out.push(para(STYLE.awaiting, b.text));
    else if (b.kind === 'table') {
      tableNo += 1;
      const label = REPORT_UI[model.lang].tableLabel(tableNo);
      out.push(para(STYLE.caption, `${label}${b.caption}`), table(b));
    } else if (b.kind === 'chart') {
      figure += 1;
      const img = charts.get(b.id);
      const label = REPORT_UI[model.lang].figureLabel(figure);
      out.push(para(STYLE.caption, `${label}${b.title}（${STATUS_SYMBOL[b.status]} ${b.label}）`));
      if (img) {
        // Fit the text width (96 px to the inch; 1440 twips to the inch).
        const maxPx = Math.floor((TEXT_WIDTH / 1440) * 96);
        const w = Math.min(maxPx, img.width);
        const h = Math.round((img.height * w) / img.width);
        out.push(
          new Paragraph({
            style: STYLE.figure,
            children: [
              new ImageRun({
                type: 'png',
                data: img.png,
                transformation: { width: w, height: h },
                // Numbered per document (docx's own counter runs across documents in one process).
                altText: {
                  id: String(figure),
                  name: b.title,
                  title: b.title,
                  description: `${b.title}：${b.subtitle}`,
                },
              }),
            ],
          }),
        );
      }
    }
  }
  return out;
}

function cover(model: ReportModel): Paragraph[] {
  return [
    para(STYLE.subtitle, model.org),
    para(STYLE.title, model.planTitle),
    para(STYLE.title, model.title),
    ...model.lines.map((l) => para(STYLE.subtitle, l)),
    ...model.notices.map((n) => para(STYLE.notice, n)),
  ];
}

/** Run `fn` with the clock standing at `iso` (docx stamps its parts and zip entries with it). */
async function atTime<T>(iso: string, fn: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  const fixed = new RealDate(`${iso}T00:00:00Z`).getTime();
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now() {
      return fixed;
    }
    // Zip entries are stamped in local time (DOS dates): read UTC, so every time zone writes the
    // same bytes (the site-integrity test builds in Shanghai and Los Angeles time).
    override getFullYear() {
      return this.getUTCFullYear();
    }
    override getMonth() {
      return this.getUTCMonth();
    }
    override getDate() {
      return this.getUTCDate();
    }
    override getDay() {
      return this.getUTCDay();
    }
    override getHours() {
      return this.getUTCHours();
    }
    override getMinutes() {
      return this.getUTCMinutes();
    }
    override getSeconds() {
      return this.getUTCSeconds();
    }
    override getTimezoneOffset() {
      return 0;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await fn();
  } finally {
    globalThis.Date = RealDate;
  }
}

export interface DocxOptions {
  /** Editing note for the office (shown under the cover notices). */
  editable: string;
  /** Shown in every page header (sample data), or null. */
  header: string | null;
  /** Date for the package's timestamps (YYYY-MM-DD), e.g. the build date. */
  stamp: string;
}

export function reportDocx(
  model: ReportModel,
  charts: ReadonlyMap<string, ChartPng>,
  options: DocxOptions,
): Promise<Uint8Array> {
  return atTime(options.stamp, async () => {
    const doc = new Document({
      creator: model.org,
      title: `${model.planTitle} ${model.title}`,
      description: options.editable,
      styles: DOCX_STYLES,
      sections: [
        {
          properties: { page: PAGE, titlePage: true },
          headers: options.header
            ? { default: new Header({ children: [para(STYLE.notice, options.header)] }) }
            : undefined,
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  style: STYLE.footer,
                  children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
                }),
              ],
            }),
            first: new Footer({ children: [] }),
          },
          children: [...cover(model), para(STYLE.note, options.editable), ...body(model, charts)],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  });
}
