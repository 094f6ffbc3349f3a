/** `key-items.csv`: the 四重 catalogue (津药监法〔2025〕6号), public fields only. */
import { z } from 'zod';
import {
  id,
  date,
  int,
  oneOf,
  optionalRef,
  optionalText,
  requiredOneOf,
  requiredText,
} from './fields.ts';

export const KEY_ITEM_KIND = {
  region: '重点区域',
  platform: '重点平台',
  project: '重点项目',
  product: '重点产品',
} as const;
export type KeyItemKind = keyof typeof KEY_ITEM_KIND;

export const KEY_ITEM_CATEGORY = { drug: '药品', device: '医疗器械', cosmetic: '化妆品' } as const;

export const KEY_ITEM_STATUS = {
  listed: '已列入',
  'in-service': '服务中',
  completed: '已完成',
  removed: '已移出',
} as const;
export type KeyItemStatus = keyof typeof KEY_ITEM_STATUS;

/** 第七条 clauses for projects, 第九条 clauses for products. */
const CRITERION_RANGE: Partial<Record<KeyItemKind, [number, string]>> = {
  project: [7, '第七条'],
  product: [3, '第九条'],
};

export const KeyItemRowSchema = z
  .object({
    /** Stable id (K001 …). */
    id: id(),
    /** region 重点区域 | platform 重点平台 | project 重点项目 | product 重点产品. */
    kind: requiredOneOf(KEY_ITEM_KIND),
    /** Name of the region, platform, project or product. */
    name_zh: requiredText(200),
    /** Organisation (an institution or enterprise, never a person). */
    organisation_zh: optionalText(200),
    /** District (区) where it sits. */
    district_zh: optionalText(100),
    /** Projects: 第七条 clause 1–7; products: 第九条 clause 1–3; blank otherwise. */
    criterion: int(1, 7, false),
    /** drug 药品 | device 医疗器械 | cosmetic 化妆品 | blank. */
    category: oneOf(KEY_ITEM_CATEGORY, { optional: true }),
    /** Date it entered the catalogue; blank if the documents give none. */
    listed_on: date({ optional: true }),
    /** listed | in-service | completed | removed. */
    status: requiredOneOf(KEY_ITEM_STATUS),
    /** Date it was removed (status removed only). */
    removed_on: date({ optional: true }),
    /** 第二十二条 clause 1–7 under which it was removed (status removed only). */
    removal_reason: int(1, 7, false),
    /** Related platforms.csv id. */
    platform_id: optionalRef(),
    /** Related programmes.csv id. */
    programme_id: optionalRef(),
    /** Public description. */
    summary_zh: optionalText(2000),
    /** Where the documents name it. */
    source_zh: requiredText(300),
    /** name_zh in English (a translation of the same row's Chinese); blank = the page shows the Chinese. */
    name_en: optionalText(300).default(null),
    /** organisation_zh in English; blank = Chinese. */
    organisation_en: optionalText(300).default(null),
    /** district_zh in English; blank = Chinese. */
    district_en: optionalText(200).default(null),
    /** summary_zh in English; blank = Chinese. */
    summary_en: optionalText(3000).default(null),
  })
  .superRefine((row, ctx) => {
    const issue = (path: string, message: string, fix: string, en: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message, params: { fix, en } });
    const range = CRITERION_RANGE[row.kind];
    if (row.criterion !== null) {
      if (!range)
        issue(
          'criterion',
          `${KEY_ITEM_KIND[row.kind]}不使用 criterion（认定条款），应留空。`,
          'criterion 只用于重点项目（第七条第1–7项）和重点产品（第九条第1–3项）。',
          'criterion only for projects and products',
        );
      else if (row.criterion > range[0])
        issue(
          'criterion',
          `${range[1]}只有第1–${range[0]}项，这里填了 ${row.criterion}。`,
          `请填写${range[1]}中该${KEY_ITEM_KIND[row.kind]}所符合的项号（1–${range[0]}）。`,
          `criterion out of range 1..${range[0]}`,
        );
    }
    if (row.status === 'removed') {
      if (row.removed_on === null)
        issue(
          'removed_on',
          '状态为 removed（已移出），但没有填写移出日期。',
          '请在 removed_on 填写移出日期，例如 2027-05-20。',
          'removed needs removed_on',
        );
      if (row.removal_reason === null)
        issue(
          'removal_reason',
          '状态为 removed（已移出），但没有填写移出原因。',
          '请在 removal_reason 填写《管理办法》第二十二条的项号 1–7。',
          'removed needs removal_reason',
        );
    } else {
      if (row.removed_on !== null || row.removal_reason !== null)
        issue(
          row.removed_on !== null ? 'removed_on' : 'removal_reason',
          '填写了移出日期或移出原因，但状态不是 removed。',
          '如已移出，请把 status 改为 removed；否则清空 removed_on 和 removal_reason。',
          'removal fields only with status removed',
        );
    }
  });

export type KeyItemRow = z.output<typeof KeyItemRowSchema>;
