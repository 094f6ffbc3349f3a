/** `milestones.csv`: the programmes' own quantified targets and named deliverables. */
import { z } from 'zod';
import {
  id,
  oneOf,
  optionalNum,
  optionalText,
  requiredInt,
  requiredOneOf,
  requiredText,
  date,
  url,
  monthDay,
} from './fields.ts';
import { COMPARATOR, MEASURE } from './indicator.ts';
import { checkTarget } from './target.ts';

export const MILESTONE_KIND = { quantity: '量化目标', deliverable: '成果事项' } as const;
export type MilestoneKind = keyof typeof MILESTONE_KIND;

export const DELIVERABLE_STATUS = {
  'not-started': '未开始',
  'in-progress': '推进中',
  done: '已完成',
} as const;
export type DeliverableStatus = keyof typeof DELIVERABLE_STATUS;

const QUANTITY_ONLY = ['unit_zh', 'target_value', 'comparator', 'measure'] as const;

/**
 * A target that is a count of zero (“零超时、零积压、零差错”): the plan prints no unit for these, so
 * unit_zh may stay blank and the site says the plan gives none. Any other quantity needs its unit.
 */
export function isZeroCount(row: { target_value: number | null; target_max: number | null }) {
  return row.target_value === 0 && row.target_max === null;
}

export const MilestoneRowSchema = z
  .object({
    /** Stable id, M<专栏>-<seq>, e.g. M06-03. */
    id: id(),
    /** The programmes.csv id it belongs to. */
    programme_id: id(),
    /** quantity (a number to reach) | deliverable (a document, system or event). */
    kind: requiredOneOf(MILESTONE_KIND),
    /** What is to be achieved, in the plan's words. */
    title_zh: requiredText(300),
    /** English title. */
    title_en: requiredText(500),
    /** Unit (quantity only). */
    unit_zh: optionalText(30),
    /** Starting value where the plan gives one (quantity only). */
    baseline_value: optionalNum(),
    /** Target (quantity only; lower end of a range). */
    target_value: optionalNum(),
    /** Upper end of a range target (quantity only). */
    target_max: optionalNum(),
    /** >= | <= | = (quantity only). */
    comparator: oneOf(COMPARATOR, { optional: true }),
    /** level | annual | cumulative | average (quantity only). */
    measure: oneOf(MEASURE, { optional: true }),
    /** Year it is due (2030 unless the plan says otherwise). */
    due_year: requiredInt(2000, 2100),
    /** not-started | in-progress | done (deliverables only; quantity status is computed). */
    status: oneOf(DELIVERABLE_STATUS, { optional: true }),
    /** Date a deliverable was done (required when status is done). */
    done_on: date({ optional: true }),
    /** Public evidence of completion; http(s) only. */
    evidence_url: url({ optional: true }),
    /** Where it is printed, e.g. 专栏6 第2条 or 三（二）4 正文. */
    source_zh: requiredText(300),
    /**
     * The unit the plan's text names for this task (市药检院, 会同市卫生健康委 …), in its words; blank
     * where it names none. Optional column: a file without it reads as blank everywhere.
     */
    lead_zh: optionalText(200).default(null),
    /**
     * 责任单位 reporting a quantity target's yearly figure, in Chinese (quantity only); blank where
     * the plan names none. Optional column, like the two below.
     */
    owner_zh: optionalText(200).default(null),
    /** The same unit in English; blank falls back to owner_zh. */
    owner_en: optionalText(300).default(null),
    /** MM-DD of the following year by which a year's figure is due (quantity only); blank = plan.csv's. */
    report_due: monthDay(),
    /** lead_zh in English (a translation of the same row's Chinese); blank = the page shows the Chinese. */
    lead_en: optionalText(400).default(null),
    /** unit_zh in English (批次/年 → batches/year); blank = the page shows the Chinese unit. */
    unit_en: optionalText(60).default(null),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string, fix: string, en: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { fix, en } });
    if (row.kind === 'quantity') {
      for (const col of QUANTITY_ONLY)
        if (row[col] === null && !(col === 'unit_zh' && isZeroCount(row)))
          issue(
            col,
            `量化目标（kind=quantity）必须填写 ${col}。`,
            col === 'unit_zh'
              ? '请按规划原文填写单位（项、个、%、工作日 …）。只有目标为零的计数（如“零超时”“零积压”，target_value 为 0）且规划没有印出单位时，才可以留空，网站会注明“规划未标明单位”。'
              : '量化目标需要填写单位 unit_zh、目标值 target_value、比较符 comparator 和计算方式 measure。',
            `quantity milestones need ${col}`,
          );
      if (row.status !== null)
        issue(
          'status',
          '量化目标的状态由数据自动计算，status 列应留空。',
          '请清空 status；量化目标的进展请在 observations.csv 中按年份填报。',
          'quantity status is computed; leave blank',
        );
      checkTarget(row, ctx);
    } else {
      for (const col of ['owner_zh', 'owner_en', 'report_due'] as const)
        if (row[col] !== null)
          issue(
            col,
            `成果事项（kind=deliverable）不使用 ${col}，应留空。`,
            '责任单位和报送期限只用于每年报送数值的量化目标；规划为成果事项点名的单位请写在 lead_zh。',
            `deliverables leave ${col} blank`,
          );
      for (const col of [...QUANTITY_ONLY, 'baseline_value', 'target_max'] as const)
        if (row[col] !== null)
          issue(
            col,
            `成果事项（kind=deliverable）不使用 ${col}，应留空。`,
            '成果事项只填 status（not-started / in-progress / done）及完成日期；如果这是一个数量目标，请把 kind 改为 quantity。',
            `deliverables leave ${col} blank`,
          );
      if (row.status === null)
        issue(
          'status',
          '成果事项必须填写 status。',
          '请填写 not-started（未开始）、in-progress（推进中）或 done（已完成）。',
          'deliverables need a status',
        );
      if (row.status === 'done' && row.done_on === null)
        issue(
          'done_on',
          '状态为 done（已完成），但没有填写完成日期。',
          '请在 done_on 填写完成日期，例如 2027-06-30；如尚未完成，请把 status 改为 in-progress。',
          'done needs done_on',
        );
      if (row.status !== 'done' && row.done_on !== null)
        issue(
          'done_on',
          '填写了完成日期，但状态不是 done。',
          '如已完成，请把 status 改为 done；否则清空 done_on。',
          'done_on only with status done',
        );
    }
  });

export type MilestoneRow = z.output<typeof MilestoneRowSchema>;
