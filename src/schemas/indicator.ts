/** `indicators.csv`: the headline indicators of 专栏1, one row each. */
import { z } from 'zod';
import {
  id,
  requiredInt,
  requiredOneOf,
  requiredText,
  optionalText,
  optionalNum,
  num,
  bool,
  monthDay,
} from './fields.ts';
import { checkTarget } from './target.ts';

export const CATEGORY = {
  safety: '安全类',
  capacity: '能力类',
  development: '发展类',
  support: '保障类',
} as const;
export type Category = keyof typeof CATEGORY;

export const COMPARATOR = { '>=': '不低于 ≥', '<=': '不高于 ≤', '=': '等于' } as const;
export type Comparator = keyof typeof COMPARATOR;

export const NOTATION = {
  none: '无标记',
  cumulative: '〔〕五年累计数',
  average: '* 五年平均数',
} as const;
export type Notation = keyof typeof NOTATION;

export const MEASURE = {
  level: '水平值（取最新一年）',
  annual: '年度值（取最新一年）',
  cumulative: '累计值（规划期逐年相加）',
  average: '平均值（规划期逐年平均）',
} as const;
export type Measure = keyof typeof MEASURE;

export const IndicatorRowSchema = z
  .object({
    /** Stable id; the page URL is /indicators/<id>/ (I01 … I20). */
    id: id(),
    /** 序号 as printed in 专栏1 (1–20). */
    seq: requiredInt(1, 9999),
    /** safety 安全类 | capacity 能力类 | development 发展类 | support 保障类. */
    category: requiredOneOf(CATEGORY),
    /** Indicator name exactly as printed, without the unit in brackets. */
    name_zh: requiredText(200),
    /** English name. */
    name_en: requiredText(300),
    /** Unit as printed (批次/年, %, 项 …). */
    unit_zh: requiredText(30),
    /** English unit. */
    unit_en: requiredText(60),
    /** 2025 基期值; blank where the plan leaves it blank. */
    baseline_value: optionalNum(),
    /** 2030 目标值 (the lower end of a range). */
    target_value: num(),
    /** Upper end of a range target (100–120); blank otherwise. */
    target_max: optionalNum(),
    /** >= (≥, also plain targets), <= (≤, a ceiling), = (exact). */
    comparator: requiredOneOf(COMPARATOR),
    /** How the plan prints the figure: none | cumulative 〔〕 | average *. */
    notation: requiredOneOf(NOTATION),
    /** How yearly observations combine: level | annual | cumulative | average. */
    measure: requiredOneOf(MEASURE),
    /** true = 约束性 (binding), false = 预期性 (expected). */
    binding: bool(),
    /** Where in the plan, e.g. 专栏1 第7项. */
    source_zh: requiredText(300),
    /** Reader-facing note in Chinese (readings, discrepancies); may be blank. */
    note_zh: optionalText(1000),
    /** The same note in English; may be blank. */
    note_en: optionalText(2000),
    /**
     * 责任单位: the unit that reports this indicator's figure, in Chinese; blank where the plan names
     * none (shown as 规划未明确). Optional column, like the two below.
     */
    owner_zh: optionalText(200).default(null),
    /** The same unit in English; blank falls back to owner_zh. */
    owner_en: optionalText(300).default(null),
    /**
     * MM-DD of the following year by which a year's figure is due (03-31: the 2026 figure by
     * 2027-03-31); blank = plan.csv's report_due.
     */
    report_due: monthDay(),
  })
  .superRefine(checkTarget);

export type IndicatorRow = z.output<typeof IndicatorRowSchema>;
