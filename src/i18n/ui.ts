/** Every interface label, in Chinese (first) and English. Data names come from the CSV columns. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** The other language of the two (the language switch's target). */
export const OTHER_LANG: Record<Lang, Lang> = { zh: 'en', en: 'zh' };

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
    ogLocale: 'zh_CN',
    mainNav: '主导航',
    footer: {
      reports: '监测报告',
      updates: '数据更新',
      reporting: '报送情况',
      screen: '大屏',
      validate: '数据检查器',
    },
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
    tableRegion: '表格（较宽时可左右滚动）',
    colon: '：',
    comma: '，',
    note: '注',
    notationNote: '注：〔〕内数据为五年累计数，*为五年平均数。',
    footerDraft: '规划文本为征求意见稿，正式印发前请勿在公开场合引用。',
    optionalColumns: '可省略的列：',
    lead: '牵头单位',
    leadNotStated: '规划未明确牵头单位',
    taskUnit: '规划点名的单位',
    taskUnitNote:
      '规划正文为某项任务点名了单位时，在该项下注明“规划点名的单位”；其余各项规划没有点名单位。',
    noUnit: '规划未标明单位',
    area: '区域',
    operator: '运营/依托单位',
    notStated: '规划未写明',
    keyItems: {
      lede: '依据《天津市药品监督管理局全程服务生物医药产业“重点区域、重点平台、重点项目、重点产品”管理办法》（津药监法〔2025〕6号）。本页只收录市药监局审定印发的目录清单中的条目（第十六条），只列公开信息，不公开联系人及联系方式。',
      notPublished: '目录清单尚未发布',
      notPublishedText:
        '市药监局尚未公布“四重”目录清单，本页因此暂无条目。规划（征求意见稿）和津药监法〔2025〕6号都没有点名列入清单的区域、平台、项目或产品：办法规定的是认定条件和工作程序，规划提到“四重”时也没有列出具体名单。',
      kinds: '四类服务对象及认定条件（第三、五、七、九条）',
      compile: '清单怎样形成、由谁印发（第十五、十六条）',
      removal: '怎样移出（第二十二条）',
      when: '条目何时出现在本站',
      overviewEmpty: '目录清单尚未发布：认定条件、印发程序和移出规则见“四重”目录页。',
      description: '全程服务生物医药产业“重点区域、重点平台、重点项目、重点产品”目录（公开信息）。',
      title: '“四重”目录',
      large: (size: number) =>
        `目录条目较多，请在上表中选择类别和状态，分页浏览（每页 ${size} 项）；也可以用站内搜索查找名称。`,
      kind: '类别',
      field: '领域',
      noneYet: '暂无。',
      countTemplate: '显示 {n} / {total} 项',
      kindArticle: (kind: string, article: string) => `${kind}（${article}）`,
    },
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
    ogLocale: 'en_US',
    mainNav: 'Main',
    footer: {
      reports: 'Reports',
      updates: 'Data updates',
      reporting: 'Reporting',
      screen: 'Wall display',
      validate: 'Data checker',
    },
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
    tableRegion: 'Table (scrolls sideways when wide)',
    colon: ': ',
    comma: ', ',
    note: 'Note',
    notationNote: 'Note: figures in 〔〕 are five-year totals; * marks a five-year average.',
    footerDraft:
      'The plan text is a draft for comment and must not be quoted in public before it is issued.',
    optionalColumns: 'optional: ',
    lead: 'Lead',
    leadNotStated: 'The plan names no lead unit',
    taskUnit: 'Unit named in the plan',
    taskUnitNote:
      'Where the plan’s text names a unit for a task, it is shown under that item as “Unit named in the plan”; for the other items the plan names none.',
    noUnit: 'the plan gives no unit',
    area: 'Area',
    operator: 'Operator',
    notStated: 'not stated in the plan',
    keyItems: {
      lede: 'Under the agency’s rules on whole-process service for key regions, platforms, projects and products of the biomedical industry (津药监法〔2025〕6号). This page lists only entries of the list the agency has approved and issued (Art. 16), public fields only: no contact persons or contact details.',
      notPublished: 'The list has not been published yet',
      notPublishedText:
        'The agency has not yet published its list of key regions, platforms, projects and products, so this page has no entries. Neither the plan (draft for comment) nor 津药监法〔2025〕6号 names any listed item: the rules set the criteria and the procedure, and where the plan mentions 四重 it names no items.',
      kinds: 'The four kinds and their criteria (Arts. 3, 5, 7 and 9)',
      compile: 'How the list is compiled and issued (Arts. 15 and 16)',
      removal: 'How items are removed (Art. 22)',
      when: 'When entries appear on this site',
      overviewEmpty:
        'The list has not been published yet: see the key-items page for the criteria, how the list is issued and how items are removed.',
      description:
        'The catalogue of key regions, platforms, projects and products (public fields).',
      title: 'Key regions, platforms, projects and products (四重)',
      large: (_size: number) =>
        'The catalogue is large: choose a kind and status in the table above to browse it page by page, or use site search to find a name.',
      kind: 'Kind',
      field: 'Field',
      noneYet: 'None yet.',
      countTemplate: 'Showing {n} of {total}',
      kindArticle: (kind: string, article: string) => `${kind} (${article})`,
    },
  },
} as const;

export type UiStrings = (typeof UI)[Lang];

/** The html lang attribute of a page language. */
export const HTML_LANG: Record<Lang, 'zh-CN' | 'en'> = { zh: 'zh-CN', en: 'en' };

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
