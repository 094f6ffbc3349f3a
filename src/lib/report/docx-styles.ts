/**
 * The Word report's styles, after GB/T 9704 (党政机关公文格式) as planning offices write reports:
 * title 小标宋 二号, 一级标题 黑体 三号 (一、), 二级 楷体 三号 (（一）), 三级 仿宋 加粗 (1.), body
 * 仿宋 三号 with a two-character first-line indent and fixed 28-point lines; tables 五号. Every
 * paragraph of the document names one of these styles and carries no direct formatting, so the
 * office restyles the whole report by editing a style.
 */
import type { IStylesOptions } from 'docx';

const pt = (n: number) => n * 2; // docx sizes are half-points
const font = (eastAsia: string) => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia,
});
/** 28-point exact line spacing, in twentieths of a point. */
const LINE = { line: 560, lineRule: 'exact' as const };

export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  h1: 'Heading1',
  h2: 'Heading2',
  h3: 'Heading3',
  annex: 'AnnexHeading',
  body: 'BodyText',
  commentary: 'Commentary',
  note: 'Note',
  awaiting: 'Awaiting',
  notice: 'Notice',
  caption: 'Caption',
  tableHead: 'TableHeading',
  tableText: 'TableText',
  figure: 'Figure',
  footer: 'Footer',
} as const;

export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: font('仿宋_GB2312'), size: pt(16) } },
  },
  paragraphStyles: [
    {
      id: STYLE.title,
      name: 'Title',
      quickFormat: true,
      run: { font: font('方正小标宋简体'), size: pt(22) },
      paragraph: {
        alignment: 'center',
        spacing: { before: 240, after: 240, line: 700, lineRule: 'exact' },
      },
    },
    {
      id: STYLE.subtitle,
      name: 'Subtitle',
      quickFormat: true,
      run: { font: font('楷体_GB2312'), size: pt(16) },
      paragraph: { alignment: 'center', spacing: LINE },
    },
    {
      id: STYLE.h1,
      name: 'heading 1',
      next: STYLE.body,
      quickFormat: true,
      run: { font: font('黑体'), size: pt(16), bold: false },
      paragraph: { indent: { firstLine: 640 }, spacing: LINE, keepNext: true, outlineLevel: 0 },
    },
    {
      id: STYLE.annex,
      name: 'Annex Heading',
      basedOn: STYLE.h1,
      next: STYLE.body,
      quickFormat: true,
      paragraph: { indent: { firstLine: 0 }, outlineLevel: 0 },
    },
    {
      id: STYLE.h2,
      name: 'heading 2',
      next: STYLE.body,
      quickFormat: true,
      run: { font: font('楷体_GB2312'), size: pt(16) },
      paragraph: { indent: { firstLine: 640 }, spacing: LINE, keepNext: true, outlineLevel: 1 },
    },
    {
      id: STYLE.h3,
      name: 'heading 3',
      next: STYLE.body,
      quickFormat: true,
      run: { font: font('仿宋_GB2312'), size: pt(16), bold: true },
      paragraph: { indent: { firstLine: 640 }, spacing: LINE, keepNext: true, outlineLevel: 2 },
    },
    {
      id: STYLE.body,
      name: 'Body Text',
      quickFormat: true,
      run: { font: font('仿宋_GB2312'), size: pt(16) },
      paragraph: { indent: { firstLine: 640 }, spacing: LINE, alignment: 'both' },
    },
    {
      id: STYLE.commentary,
      name: 'Office Commentary',
      basedOn: STYLE.body,
      quickFormat: true,
    },
    {
      id: STYLE.note,
      name: 'Note',
      basedOn: STYLE.body,
      run: { size: pt(12) },
      paragraph: { spacing: { line: 360, lineRule: 'auto' } },
    },
    {
      id: STYLE.awaiting,
      name: 'Awaiting Text',
      basedOn: STYLE.body,
      run: { bold: true, highlight: 'yellow' },
    },
    {
      id: STYLE.notice,
      name: 'Notice',
      basedOn: STYLE.subtitle,
      run: { bold: true, color: '7A1411', size: pt(12) },
    },
    {
      id: STYLE.caption,
      name: 'caption',
      quickFormat: true,
      run: { font: font('黑体'), size: pt(10.5) },
      paragraph: { alignment: 'center', keepNext: true, spacing: { before: 120, after: 60 } },
    },
    {
      id: STYLE.tableHead,
      name: 'Table Heading',
      run: { font: font('黑体'), size: pt(10.5) },
      paragraph: { alignment: 'center', spacing: { line: 280, lineRule: 'auto' } },
    },
    {
      id: STYLE.tableText,
      name: 'Table Text',
      run: { font: font('仿宋_GB2312'), size: pt(10.5) },
      paragraph: { spacing: { line: 280, lineRule: 'auto' } },
    },
    {
      id: STYLE.figure,
      name: 'Figure',
      paragraph: { alignment: 'center', keepNext: true, spacing: { before: 120 } },
    },
    {
      id: STYLE.footer,
      name: 'footer',
      run: { font: font('宋体'), size: pt(14) },
      paragraph: { alignment: 'center' },
    },
  ],
};
