/**
 * Labels of the indicator charts (title, description, marker tooltips), the chart image's frame,
 * the chart downloads, share link, embed page and small multiples.
 */
import type { IndicatorRow, PlanRow } from '../schemas/index.ts';
import { formatDateEn, formatDateZh } from '../lib/format.ts';
import { sourceRefEn } from './source-ref.ts';
import type { Lang } from './ui.ts';

export const CHART_UI = {
  zh: {
    takeAway: '下载与分享本图',
    svg: '矢量图 SVG',
    png: '图片 PNG（2 倍，适合打印）',
    csv: '本指标数据 CSV（含名称、单位、目标、状态、来源）',
    allJson: '全部指标 JSON',
    share: '本图链接',
    shareHint: '复制此链接分享本指标。',
    embed: '嵌入代码',
    embedHint: '把这段代码粘贴到文章中，即可嵌入本图（仅限本站允许的网站）。',
    embedPreview: '嵌入页面预览',
    embedTitle: (name: string) => `${name}（图表）`,
    source: '来源：',
    moreOn: '在规划实施进展网站查看详情',
    smallMultiples: '各项指标走势',
    smallMultiplesLede:
      '每个小图为一项指标：实线为实际值，虚线为规划路径，点线为目标；颜色与符号表示进度状态。点击查看详情。',
    latest: '最新',
    noFigure: '暂无数据',
    smLabel: (name: string, status: string, latest: string) =>
      `${name}：${status}，最新值 ${latest}。实线为实际值，虚线为规划路径。`,
    byCategory: '按类别的进展',
    byCategoryLede: '每条为一类指标，各段为处于各状态的指标数。',
    ofIndicators: (n: number) => `${n} 项`,
    pointSep: '：',
    pointNote: (note: string) => `（${note}）`,
    /** The narrow chart's tooltip note on a provisional figure. */
    provisionalWord: '初步数',
    chartTitle: (name: string) => `${name}：实际值与规划路径`,
    chartDescription: (name: string, endYear: number, target: string) =>
      `${name}：实线为实际值，虚线为从基期值到目标值的规划路径，水平线为 ${endYear} 年目标 ${target}。具体数值见下表。`,
    imageSource: (plan: PlanRow, i: IndicatorRow) =>
      `来源：${plan.title_zh}${plan.status === 'draft' ? '（征求意见稿）' : ''}${i.source_zh}`,
    imageAsOf: (asOf: string | null, status: string) =>
      `数据截至 ${asOf ? formatDateZh(asOf) : '—'} · 状态：${status}`,
    imageSample: '演示数据，非官方统计（本图由测试或演示数据生成）',
    imageSubtitle: (unit: string, endYear: number, target: string) =>
      `单位：${unit || '—'} · ${endYear}年目标 ${target}`,
    /** Download file names: I01.png (Chinese) and I01-en.png (English). */
    fileSuffix: '',
  },
  en: {
    takeAway: 'Download and share this chart',
    svg: 'Vector image, SVG',
    png: 'Image, PNG (2×, for print)',
    csv: 'This indicator’s figures, CSV (with name, unit, target, status, source)',
    allJson: 'All indicators, JSON',
    share: 'Link to this chart',
    shareHint: 'Copy this link to share the indicator.',
    embed: 'Embed code',
    embedHint:
      'Paste this code into an article to embed the chart (on the sites this site allows).',
    embedPreview: 'Preview of the embed page',
    embedTitle: (name: string) => `${name} (chart)`,
    source: 'Source: ',
    moreOn: 'Details on the plan tracker',
    smallMultiples: 'Every indicator at a glance',
    smallMultiplesLede:
      'One small chart per indicator: solid line = actual figures, dashed = planned path, dotted = target; colour and symbol give the status. Select one for details.',
    latest: 'Latest',
    noFigure: 'No figures yet',
    smLabel: (name: string, status: string, latest: string) =>
      `${name}: ${status}, latest ${latest}. Solid line actual figures, dashed line the planned path.`,
    byCategory: 'Progress by category',
    byCategoryLede: 'One bar per category; each segment counts the indicators in a status.',
    ofIndicators: (n: number) => `${n} indicator${n === 1 ? '' : 's'}`,
    pointSep: ': ',
    pointNote: (note: string) => ` (${note})`,
    provisionalWord: 'provisional',
    chartTitle: (name: string) => `${name}: actual vs planned path`,
    chartDescription: (name: string, endYear: number, target: string) =>
      `${name}: the solid line shows actual figures, the dashed line the planned path from baseline to target, the horizontal line the ${endYear} target ${target}. The figures are in the table below.`,
    imageSource: (plan: PlanRow, i: IndicatorRow) =>
      `Source: ${plan.title_en}${plan.status === 'draft' ? ' (draft)' : ''}, ${sourceRefEn(i.source_zh) ?? i.source_zh}`,
    imageAsOf: (asOf: string | null, status: string) =>
      `Data as of ${asOf ? formatDateEn(asOf) : '—'} · Status: ${status}`,
    imageSample: 'Sample data, not official statistics (made-up figures)',
    imageSubtitle: (unit: string, endYear: number, target: string) =>
      `Unit: ${unit || '—'} · ${endYear} target ${target}`,
    fileSuffix: '-en',
  },
} as const;

export const chartUi = (lang: Lang) => CHART_UI[lang];
