/** Labels of the report list and report pages on the web (the report's own words are in report.ts). */
import type { Lang } from './ui.ts';

const zh = {
  section: '监测报告',
  title: '监测报告',
  description: '规划实施年度监测报告、中期评估和总结评估。',
  lede: '每年一份监测报告，只使用该年及以前的数据；2028年为中期评估，2030年为总结评估。报告可直接打印为 A4 文件。',
  reportDescription: (planTitle: string, title: string) =>
    `${planTitle}${title}：总体进展、主要指标、重点任务、平台建设、存在问题和下一步工作建议。`,
  word: '下载 Word 版（可编辑）',
  pdf: '下载 PDF 版',
  otherYears: '其他年份',
  contents: '目录',
};

const en: typeof zh = {
  section: 'Reports',
  title: 'Monitoring reports',
  description: 'Annual monitoring reports, the mid-term and final reviews.',
  lede: 'One report a year, using figures up to that year only; 2028 is the mid-term review and 2030 the final review. Each prints on A4.',
  reportDescription: (planTitle, title) => `${planTitle}: ${title}.`,
  word: 'Download Word (editable)',
  pdf: 'Download PDF',
  otherYears: 'Other years',
  contents: 'Contents',
};

export const REPORTS_PAGE_UI: Record<Lang, typeof zh> = { zh, en };

/** A report's title by its kind: 2028年中期评估报告 / 2028 mid-term review. */
export const REPORT_TITLE: Record<
  Lang,
  Record<'final' | 'mid-term' | 'annual', (year: number) => string>
> = {
  zh: {
    final: (y) => `${y}年总结评估报告`,
    'mid-term': (y) => `${y}年中期评估报告`,
    annual: (y) => `${y}年度监测报告`,
  },
  en: {
    final: (y) => `${y} final review`,
    'mid-term': (y) => `${y} mid-term review`,
    annual: (y) => `${y} annual monitoring report`,
  },
};
