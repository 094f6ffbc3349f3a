/**
 * Labels of the indicator, programme and platform pages (lists and details) and their components,
 * in Chinese (first) and English. Data columns by language: lib/views/lang-field.ts.
 */
import type { Lang } from './ui.ts';
import { DELIVERABLE_STATUS } from '../schemas/milestone.ts';
import { MEASURE, NOTATION, type Measure, type Notation } from '../schemas/indicator.ts';
import { PLATFORM_GROUP, type PlatformGroup } from '../schemas/platform.ts';
import { PROGRAMME_KIND, type ProgrammeKind } from '../schemas/programme.ts';
import { CAPABILITY_STATUS, type CapabilityStatus } from '../schemas/platform-capability.ts';
import { formatDateEn, formatDateZh } from '../lib/format.ts';
import { CAPABILITY_STATUS_EN, DELIVERABLE_STATUS_EN, PROGRAMME_KIND_EN } from './ui.ts';

const zh = {
  breadcrumb: '位置',
  date: formatDateZh,
  /** Marks Chinese-only data (observations.csv has no English) on the English page. */
  chineseOnly: undefined as 'zh-CN' | undefined,
  paren: (s: string | number) => `（${s}）`,
  groupCount: (n: number) => `（${n} 个）`,
  listSep: '、',
  clauseSep: '，',
  sentenceSep: '。',
  htmlLang: 'zh-CN',
  latest: '最新值',
  kind: '类型',
  type: '属性',
  seq: '序号',
  indicatorCol: '指标',
  baselineHeading: (y: number) => `${y}年基期值`,
  targetHeading: (y: number) => `${y}年目标值`,
  notation: NOTATION as Record<Notation, string>,
  measure: MEASURE as Record<Measure, string>,
  programmeKind: PROGRAMME_KIND as Record<ProgrammeKind, string>,
  deliverableStatus: DELIVERABLE_STATUS as Record<keyof typeof DELIVERABLE_STATUS, string>,
  capabilityStatus: CAPABILITY_STATUS as Record<CapabilityStatus, string>,
  indicators: {
    description: (n: number) =>
      `${n} 项主要指标的基期值、目标值、最新数据和进度状态，可按类别、状态和属性筛选。`,
    lede: (n: number, binding: number) =>
      `专栏1 列出的 ${n} 项指标，分安全、能力、发展、保障四类；约束性指标 ${binding} 项。点击指标名称查看图表、数据和进度的计算过程。`,
    caption: '主要指标一览',
    countTemplate: '显示 {n} / {total} 项',
    countTemplateZh: '1',
  },
  indicator: {
    description: (
      name: string,
      baseYear: number,
      baseline: string,
      endYear: number,
      target: string,
      status: string,
    ) =>
      `${name}：${baseYear}年基期值 ${baseline}，${endYear}年目标 ${target}，当前状态“${status}”。`,
    crumb: (seq: number) => `第 ${seq} 项`,
    provisional: '含初步数',
    baselineNotGiven: '（规划未列）',
    notationLabel: '规划标注',
    measuredAs: '计算方式',
    chart: '实际值与规划路径',
    data: '历年数据',
    noFigures: '暂无数据。',
    figuresCaption: (name: string, unit: string) => `${name}（${unit}）`,
    figureKind: '数据性质',
    published: '发布日期',
    contextYear: (y: number) => `${y}（基期/参考）`,
    revisionsCaption: (name: string) => `${name}：各年度数值的发布版本`,
    how: '进度如何判断',
    current: '当前值 C',
    expected: '应达值 E',
    ratio: '进度比 r',
    meanNeeded: '其余年份需达平均',
    years: '已过年数 n / 规划年数 N',
    byYearCaption: '各年度评估（每年只用当年及以前的数据）',
    methodology: '完整的评估方法与示例',
  },
  programmes: {
    description:
      '专栏2至专栏12的重点专栏：攻坚战、工程、行动计划和改革，及其量化目标和成果事项的进展。',
    lede: (n: number, milestones: number, quantity: number, deliverables: number) =>
      `规划以 ${n} 个专栏部署攻坚战、重点工程、行动计划和改革任务。本站把专栏和正文中每个量化目标、每项具名成果列为一项，共 ${milestones} 项（量化目标 ${quantity} 项，成果事项 ${deliverables} 项）。`,
    quantity: '量化目标进展',
    list: '各专栏',
    caption: '重点专栏一览',
    box: '专栏',
    title: '名称',
    targets: '量化目标（有数据）',
    deliverables: '成果事项 已完成/推进中/总数',
    done: (pct: number) => `完成 ${pct}%`,
  },
  programme: {
    heading: (no: number, title: string) => `专栏${no}：${title}`,
    description: (heading: string, quantity: number, deliverables: number) =>
      `${heading}：${quantity} 项量化目标、${deliverables} 项成果事项的进展。`,
    targets: (n: number) => `量化目标（${n} 项）`,
    noTargets: '本专栏没有量化目标。',
    targetsCaption: '量化目标及进度',
    target: '目标',
    endTarget: (y: number) => `${y}年目标`,
    deliverables: (n: number) => `成果事项（${n} 项）`,
    noDeliverables: '本专栏没有具名成果事项。',
    deliverablesCaption: '成果事项及状态（“未开始”表示尚无进展报告）',
    deliverable: '事项',
    doneOn: '完成日期 / 证明',
    evidence: '证明材料',
    targetYear: '目标（年度）',
    /** A revision row's label; the English page uses the same full-width brackets. */
    revisionLabel: (title: string, year: number) => `${title}（${year}）`,
    figuresCaption: '量化目标各年度数值的发布版本',
    deliverableLabel: '成果事项',
    deliverablesRevCaption: '成果事项状态的发布版本',
  },
  platforms: {
    description: '专栏7 “3+3”产业公共服务平台：三个已有平台和三个新建平台，各自的功能及建设状态。',
    title: '“3+3”产业公共服务平台',
    lede: '专栏7 “3+3”产业公共服务平台建设工程：做强三个已有平台（中药、高端医疗器械、美丽健康），新建三个平台（放射性药品、核酸药物、细胞治疗药品）。下表列出规划为每个平台写明的功能及其状态；功能按各平台的原文写法列出（如“市场营销”“营销服务”“市场营销服务”各占一行），状态的依据见各平台页。',
    caption: '功能 × 平台',
    list: '各平台',
    group: PLATFORM_GROUP as Record<PlatformGroup, string>,
    area: '区域：',
  },
  platform: {
    description: (name: string, n: number) => `${name}：${n} 项功能及建设状态。`,
    group: PLATFORM_GROUP as Record<PlatformGroup, string>,
    groupLabel: '类型',
    field: '领域',
    capabilities: '功能',
    caption: (name: string) => `${name}的功能`,
    keyItems: '列入“四重”目录：',
  },
  matrix: {
    capability: '功能（规划原文写法）',
    notListed: '未列',
    legendNotListed: '规划未列该功能',
  },
  thresholds: {
    caption: '进度状态的判定规则（阈值由数据文件 status-thresholds.csv 设定）',
    rule: '条件',
    achieved: '达到目标（2030年前达到为“提前实现”）',
    atRisk: (range: string) => `${range}（仅预期性指标）`,
    behind: (atRisk: string, onTrack: string) =>
      `r < ${atRisk}；约束性指标 r < ${onTrack}；平均值目标已无法实现；“保持”目标未达到`,
    missed: '规划期最后一年（2030年）的数据未达到目标：期末只有“已完成”和“未完成”，不再按 r 判断',
    notAssessable: '无基期值且只有一年数据、尚未达到目标',
    noData: '规划期尚无数据',
  },
  cards: {
    deliverables: (done: number, total: number, pct: number) =>
      `成果事项：已完成 ${done} / ${total} 项（${pct}%）`,
    quantity: (total: number, text: string) => `量化目标 ${total} 项：${text}`,
  },
};

export type DetailStrings = typeof zh;

const en: DetailStrings = {
  breadcrumb: 'Breadcrumb',
  date: formatDateEn,
  chineseOnly: 'zh-CN',
  paren: (s) => ` (${s})`,
  groupCount: (n) => ` (${n})`,
  listSep: ', ',
  clauseSep: ', ',
  sentenceSep: '. ',
  htmlLang: 'en',
  latest: 'Latest',
  kind: 'Kind',
  type: 'Type',
  seq: 'No.',
  indicatorCol: 'Indicator',
  baselineHeading: (y) => `${y} baseline`,
  targetHeading: (y) => `${y} target`,
  notation: {
    none: 'none',
    cumulative: '〔〕 five-year total',
    average: '* five-year average',
  },
  measure: {
    level: 'level (latest year)',
    annual: 'annual figure (latest year)',
    cumulative: 'cumulative (sum of plan-period years)',
    average: 'average (mean of plan-period years)',
  },
  programmeKind: PROGRAMME_KIND_EN,
  deliverableStatus: DELIVERABLE_STATUS_EN,
  capabilityStatus: CAPABILITY_STATUS_EN,
  indicators: {
    description: (n) =>
      `The ${n} headline indicators: baseline, target, latest figure and status, filterable.`,
    lede: (n, binding) =>
      `The ${n} indicators of Box 1 in four categories; ${binding} binding. Open an indicator for its chart, figures and how its status was computed.`,
    caption: 'All headline indicators',
    countTemplate: 'Showing {n} of {total}',
    countTemplateZh: '',
  },
  indicator: {
    description: (name, baseYear, baseline, endYear, target, status) =>
      `${name}: ${baseYear} baseline ${baseline}, ${endYear} target ${target}, status “${status}”.`,
    crumb: (seq) => `No. ${seq}`,
    provisional: 'includes provisional figures',
    baselineNotGiven: ' (not given in the plan)',
    notationLabel: 'Plan notation',
    measuredAs: 'Measured as',
    chart: 'Actual figures and the planned path',
    data: 'Figures by year',
    noFigures: 'No figures yet.',
    figuresCaption: (name, unit) => `${name} (${unit})`,
    figureKind: 'Kind',
    published: 'Published',
    contextYear: (y) => `${y} (baseline/context)`,
    revisionsCaption: (name) => `${name}: every published version`,
    how: 'How the status was computed',
    current: 'Current value C',
    expected: 'Expected by now E',
    ratio: 'Progress ratio r',
    meanNeeded: 'Mean still needed',
    years: 'Years elapsed n / N',
    byYearCaption: 'Status in each year (using figures up to that year only)',
    methodology: 'The full methodology, with worked examples',
  },
  programmes: {
    description: 'The key programmes (Boxes 2–12), their quantified targets and deliverables.',
    lede: (n, milestones, quantity, deliverables) =>
      `The plan sets out ${n} programmes. Every quantified target and named deliverable in them and in the plan's text is tracked: ${milestones} in all (${quantity} quantified, ${deliverables} deliverables).`,
    quantity: 'Quantified targets',
    list: 'Programmes',
    caption: 'All key programmes',
    box: 'Box',
    title: 'Title',
    targets: 'Targets (with data)',
    deliverables: 'Deliverables done/in progress/total',
    done: (pct) => `${pct}% done`,
  },
  programme: {
    heading: (no, title) => `Box ${no}: ${title}`,
    description: (heading, quantity, deliverables) =>
      `${heading}: ${quantity} quantified targets and ${deliverables} deliverables.`,
    targets: (n) => `Quantified targets (${n})`,
    noTargets: 'This programme has no quantified target.',
    targetsCaption: 'Quantified targets and progress',
    target: 'Target',
    endTarget: (y) => `${y} target`,
    deliverables: (n) => `Deliverables (${n})`,
    noDeliverables: 'No named deliverables.',
    deliverablesCaption:
      'Deliverables and their state (“not started” means no progress reported yet)',
    deliverable: 'Deliverable',
    doneOn: 'Done on / evidence',
    evidence: 'evidence',
    targetYear: 'Target (year)',
    revisionLabel: (title, year) => `${title}（${year}）`,
    figuresCaption: 'Quantified targets: every published version',
    deliverableLabel: 'Deliverable',
    deliverablesRevCaption: 'Deliverables: every published state',
  },
  platforms: {
    description: 'Box 7: the 3+3 public service platforms, their capabilities and status.',
    title: 'The 3+3 public service platforms',
    lede: 'Box 7: strengthen three existing platforms (TCM, high-end medical devices, beauty and health) and build three new ones (radiopharmaceuticals, nucleic-acid drugs, cell therapies). The matrix shows the capabilities the plan names for each and their state, in each platform’s own wording (so 市场营销, 营销服务 and 市场营销服务 are separate rows); each platform’s page quotes the text behind its status.',
    caption: 'Capabilities × platforms',
    list: 'Platforms',
    group: { existing: 'Existing (first three)', new: 'New (built in this plan)' },
    area: 'Area: ',
  },
  platform: {
    description: (name, n) => `${name}: ${n} capabilities and their status.`,
    group: { existing: 'Existing platform', new: 'New platform' },
    groupLabel: 'Group',
    field: 'Field',
    capabilities: 'Capabilities',
    caption: (name) => `Capabilities of ${name}`,
    keyItems: 'In the key-items catalogue: ',
  },
  matrix: {
    capability: 'Capability (as the plan words it)',
    notListed: 'not listed',
    legendNotListed: 'not listed in the plan',
  },
  thresholds: {
    caption: 'How a status is decided (thresholds from status-thresholds.csv)',
    rule: 'Rule',
    achieved: 'the target is met (before 2030: achieved early)',
    atRisk: (range) => `${range} (expected targets only)`,
    behind: (atRisk, onTrack) =>
      `r < ${atRisk}; binding targets r < ${onTrack}; an average that can no longer be met; a “maintain” target missed`,
    missed:
      'the figure for the plan’s last year (2030) falls short: at the end a target is achieved or missed, r no longer grades it',
    notAssessable: 'no baseline, one year of data, target not met',
    noData: 'no plan-period figure yet',
  },
  cards: {
    deliverables: (done, total, pct) => `Deliverables: ${done} of ${total} done (${pct}%)`,
    quantity: (total, text) => `${total} quantified targets: ${text}`,
  },
};

export const DETAIL: Record<Lang, DetailStrings> = { zh, en };
