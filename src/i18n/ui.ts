/** Every interface label, in Chinese (first) and English. Data names come from the CSV columns. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export const UI = {
  zh: {
    siteName: '天津药品安全“十五五”规划实施进展',
    siteShort: '规划实施进展',
    skip: '跳到正文',
    nav: {
      overview: '总览',
      indicators: '主要指标',
      programmes: '重点专栏',
      platforms: '“3+3”平台',
      keyItems: '“四重”目录',
      methodology: '评估方法',
      data: '数据下载',
      about: '关于',
      search: '搜索',
    },
    langSwitch: 'English',
    langSwitchLabel: '切换到英文版',
    largeText: '长辈版',
    largeTextOff: '标准版',
    dataAsOf: '数据截至',
    builtOn: '网站生成于',
    noData: '暂无',
    source: '来源',
    binding: '约束性',
    expected: '预期性',
    baseline: '基期值',
    target: '目标值',
    unit: '单位',
    status: '状态',
    year: '年份',
    value: '数值',
    provisional: '初步数',
    final: '正式数',
    category: '类别',
    all: '全部',
    filter: '筛选',
    showing: '显示',
    of: '共',
    items: '项',
    download: '下载',
    note: '注',
    notationNote: '注：〔〕内数据为五年累计数，*为五年平均数。',
    footerDraft: '规划文本为征求意见稿，正式印发前请勿在公开场合引用。',
  },
  en: {
    siteName: 'Tianjin Drug Safety 15th Five-Year Plan Tracker',
    siteShort: 'Plan tracker',
    skip: 'Skip to content',
    nav: {
      overview: 'Overview',
      indicators: 'Indicators',
      programmes: 'Programmes',
      platforms: '3+3 Platforms',
      keyItems: 'Key items (四重)',
      methodology: 'Methodology',
      data: 'Data',
      about: 'About',
      search: 'Search',
    },
    langSwitch: '中文',
    langSwitchLabel: 'Switch to Chinese',
    largeText: 'Large text',
    largeTextOff: 'Standard text',
    dataAsOf: 'Data as of',
    builtOn: 'Site built on',
    noData: 'none',
    source: 'Source',
    binding: 'Binding',
    expected: 'Expected',
    baseline: 'Baseline',
    target: 'Target',
    unit: 'Unit',
    status: 'Status',
    year: 'Year',
    value: 'Value',
    provisional: 'provisional',
    final: 'final',
    category: 'Category',
    all: 'All',
    filter: 'Filter',
    showing: 'Showing',
    of: 'of',
    items: 'items',
    download: 'Download',
    note: 'Note',
    notationNote: 'Note: figures in 〔〕 are five-year totals; * marks a five-year average.',
    footerDraft:
      'The plan text is a draft for comment and must not be quoted in public before it is issued.',
  },
} as const;

export type UiStrings = (typeof UI)[Lang];

export const CATEGORY_EN = {
  safety: 'Safety',
  capacity: 'Capacity',
  development: 'Development',
  support: 'Support',
} as const;

export const PROGRAMME_KIND_EN = {
  campaign: 'Campaign',
  project: 'Project',
  'action-plan': 'Action plan',
  reform: 'Reform',
} as const;

export const CAPABILITY_STATUS_EN = {
  planned: 'Planned',
  building: 'Being built',
  operating: 'Operating',
} as const;

export const DELIVERABLE_STATUS_EN = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
} as const;

export const KEY_ITEM_KIND_EN = {
  region: 'Key region',
  platform: 'Key platform',
  project: 'Key project',
  product: 'Key product',
} as const;

export const KEY_ITEM_STATUS_EN = {
  listed: 'Listed',
  'in-service': 'In service',
  completed: 'Completed',
  removed: 'Removed',
} as const;

export const KEY_ITEM_CATEGORY_EN = {
  drug: 'Drugs',
  device: 'Medical devices',
  cosmetic: 'Cosmetics',
} as const;

/** 第二十二条: why a key product leaves the list. */
export const REMOVAL_REASON: Record<number, { zh: string; en: string }> = {
  1: { zh: '发生药品安全事件', en: 'a drug safety incident occurred' },
  2: { zh: '提供虚假申报信息或谎报产品相关情况', en: 'false information was submitted' },
  3: { zh: '企业主动申请不再需要提供服务', en: 'the enterprise asked to end the service' },
  4: { zh: '产品主体发生变更', en: 'the product holder changed' },
  5: { zh: '市场主体资格依法终止', en: 'the enterprise ceased to exist' },
  6: { zh: '因产品质量问题被行政处罚', en: 'an administrative penalty for product quality' },
  7: { zh: '其他不适宜重点支持的情况', en: 'other reasons it no longer fits key support' },
};

/** A site path in a language: zh at /, en at /en/. `path` starts and ends with '/'. */
export function localePath(lang: Lang, path: string, base = import.meta.env.BASE_URL): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\//, '');
  return lang === 'zh' ? `${b}${p}` : `${b}en/${p}`;
}

/** Route parameter → language (the `[...lang]` segment is undefined for Chinese). */
export function langOf(param: string | undefined): Lang {
  return param === 'en' ? 'en' : 'zh';
}

/** getStaticPaths entries for the two languages. */
export const LANG_PARAMS = [{ lang: undefined }, { lang: 'en' }] as const;
