/** Labels of the reporting-status page, the revision history and the due-date notes (zh, en). */
import type { Lang } from './ui.ts';
import type { ReportState } from '../lib/reporting.ts';

export const REPORTING_UI = {
  zh: {
    nav: '报送情况',
    title: '数据报送情况',
    lede: '每个规划年度、每项主要指标和专栏量化目标的数据是否已报送：已报正式数、已报初步数、逾期（过了报送期限仍未报送）或未到期限，按责任单位分组。',
    asOf: (d: string) => `判定日期：${d}（最后一次数据提交的日期，不是访问网页的日期）。`,
    asOfUnknown: '判定日期未知（本站不是在 git 代码仓库中生成的），无法判断是否逾期。',
    noDueDate:
      '规划没有规定数据的报送期限，plan.csv 和各指标也没有填写 report_due，因此不判定逾期：未报送的数据只标为“未报送（未定期限）”。',
    owner: '责任单位',
    ownerNotStated: '规划未明确',
    ownerGroupNotStated: '规划未明确责任单位',
    due: '报送期限',
    dueNotSet: '未定期限',
    measure: '指标 / 目标',
    state: '报送情况',
    year: (y: number) => `${y} 年数据`,
    filterYear: '年度',
    filterState: '报送情况',
    filterOwner: '责任单位',
    shown: '显示 {n} / {total} 项',
    overdueCount: (n: number) => `逾期未报送的数据：${n} 项`,
    noneOverdue: '没有逾期未报送的数据',
    overviewNoDue: '数据报送情况：规划未规定报送期限，不判定逾期',
    nextDue: '下一期数据',
    nextDueText: (y: number, due: string | null, overdue: boolean) =>
      due === null
        ? `${y} 年数据；规划未明确报送期限`
        : `${y} 年数据，应于 ${due} 前报送${overdue ? '，已逾期' : ''}`,
    allReported: '规划期各年数据均已报送',
    states: {
      final: '已报正式数',
      provisional: '已报初步数',
      overdue: '逾期',
      pending: '未到期限',
      undated: '未报送（未定期限）',
    } satisfies Record<ReportState, string>,
    revisions: '数据修订记录',
    revisionsLede:
      '每个年度的数值每一次发布的版本：发布日期为该版本合并进数据仓库主线的日期；“修订”表示已发布的数值被改动。',
    revisionsEmpty: '还没有发布过数据。',
    revisionsShallow: (d: string) => `构建时只能读取 ${d} 以来的历史（浅克隆），更早的版本未列出。`,
    published: '发布日期',
    change: '变化',
    commit: '提交',
    revisedTag: '修订',
  },
  en: {
    nav: 'Reporting',
    title: 'Reporting status',
    lede: 'For each plan year, whether each headline indicator’s and each quantified programme target’s figure has been reported: final, provisional, overdue (past its due date and not reported) or not yet due, grouped by the unit responsible.',
    asOf: (d: string) =>
      `Judged as of ${d} (the date of the last data commit, not the day you view the page).`,
    asOfUnknown:
      'The judging date is unknown (the site was not built inside a git repository), so nothing can be judged overdue.',
    noDueDate:
      'The plan sets no deadline for reporting figures, and neither plan.csv nor any indicator has a report_due, so nothing is judged overdue: figures not yet reported are marked “not reported (no deadline)”.',
    owner: 'Responsible unit',
    ownerNotStated: 'not stated by the plan',
    ownerGroupNotStated: 'Responsible unit not stated by the plan',
    due: 'Due',
    dueNotSet: 'no deadline',
    measure: 'Indicator / target',
    state: 'Reporting',
    year: (y: number) => `${y} figures`,
    filterYear: 'Year',
    filterState: 'Reporting',
    filterOwner: 'Responsible unit',
    shown: 'Showing {n} of {total}',
    overdueCount: (n: number) => `Figures overdue: ${n}`,
    noneOverdue: 'No figure is overdue',
    overviewNoDue: 'Reporting status: the plan sets no deadline, so nothing is judged overdue',
    nextDue: 'Next figure',
    nextDueText: (y: number, due: string | null, overdue: boolean) =>
      due === null
        ? `${y} figure; the plan sets no deadline`
        : `${y} figure, due by ${due}${overdue ? ' — overdue' : ''}`,
    allReported: 'Every plan year has a figure',
    states: {
      final: 'reported final',
      provisional: 'reported provisional',
      overdue: 'overdue',
      pending: 'not yet due',
      undated: 'not reported (no deadline)',
    } satisfies Record<ReportState, string>,
    revisions: 'Revision history',
    revisionsLede:
      'Every published version of each year’s figure: the date is when that version reached the main line of the data repository; “revised” means a published figure was changed.',
    revisionsEmpty: 'No figure has been published yet.',
    revisionsShallow: (d: string) =>
      `The build could only read the history since ${d} (a shallow clone); older versions are not listed.`,
    published: 'Published',
    change: 'Change',
    commit: 'Commit',
    revisedTag: 'revised',
  },
} as const;

export function reportingUi(lang: Lang) {
  return REPORTING_UI[lang];
}
