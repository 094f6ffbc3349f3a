/**
 * The data directory's files, in the order the checker reports them. One entry per CSV: its
 * schema, what makes a row unique, and how a person would name a row in a message.
 */
import type { z } from 'zod';
import { cellKind, type CellKind } from './cells-core.ts';
import { PlanRowSchema } from './plan.ts';
import { IndicatorRowSchema } from './indicator.ts';
import { ObservationRowSchema } from './observation.ts';
import { ProgrammeRowSchema } from './programme.ts';
import { MilestoneRowSchema } from './milestone.ts';
import { PlatformRowSchema } from './platform.ts';
import { PlatformCapabilityRowSchema } from './platform-capability.ts';
import { KeyItemRowSchema } from './key-item.ts';
import { StatusThresholdRowSchema } from './status-threshold.ts';
import { SiteRowSchema } from './site.ts';
import { CommentaryRowSchema } from './commentary.ts';

/** Every row schema is a zod object (refinements keep it one), so its shape lists the columns. */
type RowSchema = z.ZodObject;

/** The field of a validated Dataset that holds a file's rows (plan: its one row). */
export type DatasetKey =
  | 'plan'
  | 'indicators'
  | 'observations'
  | 'programmes'
  | 'milestones'
  | 'platforms'
  | 'capabilities'
  | 'keyItems'
  | 'thresholds'
  | 'commentary'
  | 'site';

export interface FileSpec {
  /** File name inside the data directory. */
  file: string;
  /** Where the loader puts the file's rows in the Dataset; data:diff and the API read them there. */
  key: DatasetKey;
  /** What the file holds, for messages. */
  label_zh: string;
  schema: RowSchema;
  /** Column names in contract order (required ones first, then `optional`). */
  columns: readonly string[];
  /**
   * Columns a file may leave out of its header (absent = blank in every row), e.g. milestones.csv
   * lead_zh. Their schemas have a default.
   */
  optional: readonly string[];
  /** Column sets that must be unique across rows. */
  unique: readonly (readonly string[])[];
  /**
   * How data:diff pairs a row of the old file with the new one: the first unique key, or for a
   * file without one (commentary.csv) these columns plus the row's place among rows sharing them.
   */
  diffKey: readonly string[];
  /** What each column holds (number, integer, text, date …), as its cell builder declares it. */
  kinds: Readonly<Record<string, CellKind>>;
  /**
   * Columns whose numbers may carry a % when the row's unit is a percentage (percent.ts): number
   * columns only.
   */
  numeric: readonly string[];
  /** Columns that name a row of another file (one of `files`); blank cells name nothing. */
  references: readonly Reference[];
  /** False for a file the data directory may leave out (site.csv): absent = no rows. */
  required: boolean;
  /**
   * Cells of this file that may hold the agency's official mailbox (site.csv feedback_email): the
   * personal-data scan leaves their e-mail address to the schema, which admits only *.gov.cn.
   */
  officialEmailCell?: (raw: Readonly<Record<string, string>>, column: string) => boolean;
}

export type { CellKind } from './cells-core.ts';

export interface Reference {
  column: string;
  files: readonly string[];
}

function spec(
  file: string,
  key: DatasetKey,
  label_zh: string,
  schema: RowSchema,
  unique: readonly (readonly string[])[],
  numeric: readonly string[] = [],
  references: readonly Reference[] = [],
  extra: Partial<Pick<FileSpec, 'required' | 'officialEmailCell' | 'diffKey'>> = {},
): FileSpec {
  const columns = Object.keys(schema.shape);
  // A column whose schema has a default (`.default(null)`) may be absent from a file's header.
  const optional = columns.filter((c) => schema.shape[c]?._zod.optin !== undefined);
  const kinds = Object.fromEntries(
    columns.map((c) => {
      const kind = cellKind(schema.shape[c]);
      if (!kind) throw new Error(`${file} ${c}: not built by a cell builder (schemas/cells-*.ts)`);
      return [c, kind];
    }),
  );
  for (const c of numeric)
    if (kinds[c] !== 'number') throw new Error(`${file} ${c}: a numeric column must be a number`);
  return {
    file,
    key,
    label_zh,
    schema,
    columns,
    optional,
    unique,
    diffKey: unique[0] ?? columns.slice(0, 1),
    kinds,
    numeric,
    references,
    required: true,
    ...extra,
  };
}

export const FILE_SPECS: readonly FileSpec[] = [
  spec('plan.csv', 'plan', '规划基本信息', PlanRowSchema, [['id']]),
  spec(
    'indicators.csv',
    'indicators',
    '主要指标',
    IndicatorRowSchema,
    [['id'], ['seq']],
    ['baseline_value', 'target_value', 'target_max'],
  ),
  spec(
    'observations.csv',
    'observations',
    '年度数据',
    ObservationRowSchema,
    [['measure_id', 'year']],
    ['value'],
    [{ column: 'measure_id', files: ['indicators.csv', 'milestones.csv'] }],
  ),
  spec('programmes.csv', 'programmes', '重点专栏', ProgrammeRowSchema, [['id'], ['column_no']]),
  spec(
    'milestones.csv',
    'milestones',
    '专栏目标与成果',
    MilestoneRowSchema,
    [['id']],
    ['baseline_value', 'target_value', 'target_max'],
    [{ column: 'programme_id', files: ['programmes.csv'] }],
  ),
  spec('platforms.csv', 'platforms', '“3+3”平台', PlatformRowSchema, [['id'], ['seq']]),
  spec(
    'platform-capabilities.csv',
    'capabilities',
    '平台功能',
    PlatformCapabilityRowSchema,
    [['platform_id', 'capability_zh']],
    [],
    [{ column: 'platform_id', files: ['platforms.csv'] }],
  ),
  spec(
    'key-items.csv',
    'keyItems',
    '“四重”目录',
    KeyItemRowSchema,
    [['id']],
    [],
    [
      { column: 'platform_id', files: ['platforms.csv'] },
      { column: 'programme_id', files: ['programmes.csv'] },
    ],
  ),
  spec('status-thresholds.csv', 'thresholds', '进度判定阈值', StatusThresholdRowSchema, [['key']]),
  // Several paragraphs per year/scope/ref_id/section, kept in file order: no unique key. Its ref_id
  // names a different file per scope, checked by checkCommentary.
  spec('commentary.csv', 'commentary', '监测报告分析文字', CommentaryRowSchema, [], [], [], {
    required: false,
    diffKey: ['year', 'scope', 'ref_id', 'section'],
  }),
  spec('site.csv', 'site', '网站标识信息', SiteRowSchema, [['key']], [], [], {
    required: false,
    officialEmailCell: (raw, column) => column === 'value' && raw.key?.trim() === 'feedback_email',
  }),
];

export type { PlanRow } from './plan.ts';
export type { IndicatorRow } from './indicator.ts';
export type { ObservationRow } from './observation.ts';
export type { ProgrammeRow } from './programme.ts';
export type { MilestoneRow } from './milestone.ts';
export type { PlatformRow } from './platform.ts';
export type { PlatformCapabilityRow } from './platform-capability.ts';
export type { KeyItemRow } from './key-item.ts';
export type { StatusThresholdRow } from './status-threshold.ts';
export type { SiteRow } from './site.ts';
export type { CommentaryRow } from './commentary.ts';
