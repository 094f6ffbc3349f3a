/** Labels and sentences of the data-download page, keyed by language. */
import type { Lang } from './ui.ts';

const STATUSES =
  'achieved | ahead | on-track | at-risk | behind | missed | not-assessable | no-data';

const zh = {
  description: '下载本站全部数据（Excel 可直接打开的 CSV）和 JSON 接口说明。',
  title: '数据下载与接口',
  lede: 'CSV 文件为带 BOM 的 UTF-8 编码，Excel 和 WPS 双击即可打开，中文不会乱码。数据与网站同时生成，内容经过校验。',
  csv: 'CSV 下载',
  files: '数据文件',
  file: '文件',
  contents: '内容',
  columns: '列',
  revisions: '数据修订记录',
  revisionsText:
    '每个数值每一次发布的版本（由代码仓库的 git 历史算出，发布日期为合并进主线的日期）：',
  api: 'JSON 接口',
  apiText:
    '每个文件是对象数组，字段名与 CSV 列名相同；数字为数值，空白为 null，binding 为布尔值。summary.json 为汇总统计，plan.json 为单个对象。',
  added: 'indicators.json 与 milestones.json（量化目标）附加的字段',
  progressFields: '进度字段',
  field: '字段',
  meaning: '含义',
  /** The progress fields of the API and what each means. */
  fields: [
    ['latest_year', '有数据的最近一个规划年份，无则为 null'],
    ['current_value', '当前值 C'],
    ['expected_value', '应达值 E'],
    ['progress_ratio', '进度比 r（保留4位小数）'],
    ['status', STATUSES],
    ['rule', '判定过程（中文）'],
    ['rule_en', '判定过程（英文）'],
    ['provisional', '是否含初步数'],
    ['status_by_year', '各年份的状态，如 {"2026": "ahead"}'],
  ] as readonly (readonly [string, string])[],
};

const en: typeof zh = {
  description: 'Download all the data (CSV that Excel opens correctly) and the JSON API.',
  title: 'Data downloads and API',
  lede: 'CSV files are UTF-8 with a byte-order mark, so Excel and WPS open them with Chinese intact. They are generated with the site from validated data.',
  csv: 'CSV downloads',
  files: 'Data files',
  file: 'File',
  contents: 'Contents',
  columns: 'Columns',
  revisions: 'Revision history',
  revisionsText:
    'Every published version of every figure (computed from the git history; the date is when it reached the main line): ',
  api: 'JSON API',
  apiText:
    'Each file is an array of objects whose fields are the CSV column names: numbers as numbers, blanks as null, binding as a boolean. summary.json holds the roll-ups; plan.json is a single object.',
  added: 'Fields added to indicators.json and quantity milestones',
  progressFields: 'Progress fields',
  field: 'Field',
  meaning: 'Meaning',
  fields: [
    ['latest_year', 'latest plan-period year with a figure, or null'],
    ['current_value', 'current value C'],
    ['expected_value', 'expected value E'],
    ['progress_ratio', 'progress ratio r (4 decimals)'],
    ['status', STATUSES],
    ['rule', 'how the status was reached (Chinese)'],
    ['rule_en', 'the same in English'],
    ['provisional', 'whether provisional figures were counted'],
    ['status_by_year', 'status per year, e.g. {"2026": "ahead"}'],
  ],
};

export const DATA_PAGE_UI: Record<Lang, typeof zh> = { zh, en };
