/** Labels and sentences of the about page, keyed by language. */
import type { Lang } from './ui.ts';

const zh = {
  description: '关于本规划、其文本状态和本站使用的源文件。',
  title: '关于本站',
  plan: '规划',
  name: '名称',
  period: '规划期',
  baselineNote: (y: number) => `（基期 ${y} 年）`,
  status: '文本状态',
  /** What comes before the issue date: ，2026年3月15日. */
  issuedSep: '，',
  sources: '源文件',
  planSource: '《天津市药品安全及促进高质量发展“十五五”规划（征求意见稿）》，2026年3月。',
  rulesSource:
    '《天津市药品监督管理局全程服务生物医药产业“重点区域、重点平台、重点项目、重点产品”管理办法》（津药监法〔2025〕6号），2025年3月21日印发。',
  updates: '数据如何更新',
  updatesText:
    '数据以 CSV 文件保存在代码仓库中，由市药监局数据管理人员在 Excel 或 WPS 中编辑后提交。每次提交都会自动校验，校验通过后重新生成本站。本站只发布规划文件所载内容和正式报送的数据，不发布个人联系信息。',
};

const en: typeof zh = {
  description: 'About the plan, its status and the source documents.',
  title: 'About this site',
  plan: 'The plan',
  name: 'Title',
  period: 'Period',
  baselineNote: (y) => ` (baseline ${y})`,
  status: 'Status',
  issuedSep: '，',
  sources: 'Source documents',
  planSource:
    'Tianjin drug safety and high-quality development 15th Five-Year Plan (draft for comment), March 2026.',
  rulesSource:
    'Tianjin MPA rules on serving key regions, platforms, projects and products (津药监法〔2025〕6号), 21 March 2025.',
  updates: 'How the data is updated',
  updatesText:
    'The data is kept as CSV files in a code repository, edited by the agency’s data stewards in Excel or WPS. Every change is validated automatically and the site is rebuilt. The site publishes only what the plan documents say and figures formally reported, never personal contact details.',
};

export const ABOUT_UI: Record<Lang, typeof zh> = { zh, en };
