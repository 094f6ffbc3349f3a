/**
 * The one loader chokepoint. Given the bytes of every file in a data directory it decodes, parses
 * and validates every row of every file, checks the references between files, and either returns
 * the typed dataset or every issue it found. It does no I/O: the build, the command-line checker,
 * the tests and the browser checker all pass the bytes in.
 */
import type { z } from 'zod';
import { FILE_SPECS, type FileSpec } from '../../schemas/index.ts';
import type {
  IndicatorRow,
  KeyItemRow,
  MilestoneRow,
  ObservationRow,
  PlanRow,
  PlatformCapabilityRow,
  PlatformRow,
  ProgrammeRow,
  StatusThresholdRow,
  SiteRow,
  CommentaryRow,
} from '../../schemas/index.ts';
import { checkCommentary } from './commentary-check.ts';
import { oneLine, trimCell } from '../../schemas/fields.ts';
import { decodeCsv } from './decode.ts';
import { parseCsv } from './csv.ts';
import { DataValidationError, sortIssues, type DataIssue } from './issues.ts';
import { findInvisible, invisibleMessage, withoutInvisible } from './invisible.ts';
import { findPersonalData, looksLikePersonalColumn } from './personal-data.ts';

export interface Dataset {
  plan: PlanRow;
  indicators: IndicatorRow[];
  observations: ObservationRow[];
  programmes: ProgrammeRow[];
  milestones: MilestoneRow[];
  platforms: PlatformRow[];
  capabilities: PlatformCapabilityRow[];
  keyItems: KeyItemRow[];
  thresholds: StatusThresholdRow[];
  /** site.csv: the agency's identity rows (empty when the file is absent). */
  site: SiteRow[];
  /** commentary.csv: the office's analysis for the reports, in file order (empty when absent). */
  commentary: CommentaryRow[];
}

/** A validated row with where it came from, so cross-file rules can point at it. */
interface Located<T> {
  line: number;
  row: T;
  raw: Record<string, string>;
  /**
   * The row failed its schema (already reported): `row` holds only the cells that parse on their
   * own, so the cross-file rules can still report an unknown id or a duplicate in the same run.
   */
  partial?: true;
}

export type DatasetResult =
  { ok: true; data: Dataset; counts: Record<string, number> } | { ok: false; issues: DataIssue[] };

export interface ValidateOptions {
  /** Directory name shown in messages (e.g. `data`). */
  dir?: string;
}

const KNOWN = FILE_SPECS.map((s) => s.file);

/**
 * Issues listed per file. A file in the wrong format can produce one per cell (a million for a
 * header of commas); past this many the rest are counted in one closing issue.
 */
export const MAX_ISSUES_PER_FILE = 100;

/** Validate a whole data directory given as { file name: bytes }. */
export function validateDataset(
  files: Readonly<Record<string, Uint8Array | undefined>>,
  options: ValidateOptions = {},
): DatasetResult {
  const dir = options.dir ?? 'data';
  const where = (file: string) => (dir ? `${dir}/${file}` : file);
  const issues: DataIssue[] = [];
  const add = (i: Omit<DataIssue, 'file'> & { file: string }) => issues.push(i);

  for (const name of Object.keys(files)) {
    if (!name.toLowerCase().endsWith('.csv') || KNOWN.includes(name)) continue;
    const guess = KNOWN.find((k) => similar(k, name));
    add({
      file: where(name),
      line: 0,
      column: 0,
      field: null,
      message: `数据目录里有一个不认识的 CSV 文件 ${name}。`,
      fix: guess
        ? `文件名是不是应为 ${guess}？请改名；如果它不属于网站数据，请移出 ${dir}/ 目录。`
        : `数据目录只接受这些文件：${KNOWN.join('、')}。请改名或移出 ${dir}/ 目录。`,
      en: `unknown CSV file ${name}`,
    });
  }

  const tables = new Map<string, Located<unknown>[]>();
  /** Rows that failed their schema, with the cells that parsed (for the cross-file rules). */
  const partials = new Map<string, Located<Record<string, unknown>>[]>();
  /** Ids present in each file, including rows that failed validation (no cascading errors). */
  const present = new Map<string, Set<string>>();
  for (const spec of FILE_SPECS) {
    const bytes = files[spec.file];
    if (!bytes && !spec.required) {
      tables.set(spec.file, []);
      present.set(spec.file, new Set());
      continue;
    }
    if (!bytes) {
      add({
        file: where(spec.file),
        line: 0,
        column: 0,
        field: null,
        message: `缺少文件 ${spec.file}（${spec.label_zh}）。`,
        fix: `请在 ${dir}/ 目录中放回这个文件；表头应为：${spec.columns.join(',')}`,
        en: `missing file ${spec.file}`,
      });
      continue;
    }
    const table = readTable(spec, bytes, where(spec.file), add);
    if (!table) continue;
    tables.set(spec.file, table.rows);
    partials.set(spec.file, table.partial);
    present.set(spec.file, table.ids);
  }

  const get = <T>(file: string) => (tables.get(file) ?? []) as Located<T>[];
  const complete = FILE_SPECS.every((s) => tables.has(s.file));
  const plan = get<PlanRow>('plan.csv');
  checkPlanRows(plan, present.get('plan.csv'), where('plan.csv'), add);
  const allRows = (file: string) =>
    [...get<Record<string, unknown>>(file), ...(partials.get(file) ?? [])].sort(
      (a, b) => a.line - b.line,
    );
  for (const spec of FILE_SPECS) {
    checkUnique(spec, allRows(spec.file), where(spec.file), add);
    checkSpecReferences(spec, allRows(spec.file), present, where, add);
  }
  checkReferences(
    {
      indicators: get<IndicatorRow>('indicators.csv'),
      observations: get<ObservationRow>('observations.csv'),
      programmes: get<ProgrammeRow>('programmes.csv'),
      milestones: get<MilestoneRow>('milestones.csv'),
      platforms: get<PlatformRow>('platforms.csv'),
      capabilities: get<PlatformCapabilityRow>('platform-capabilities.csv'),
      keyItems: get<KeyItemRow>('key-items.csv'),
      plan: plan[0]?.row ?? null,
      present,
    },
    where,
    add,
  );
  checkCommentary(
    get<CommentaryRow>('commentary.csv'),
    plan[0]?.row ?? null,
    present,
    where('commentary.csv'),
    add,
  );
  checkThresholds(
    get<StatusThresholdRow>('status-thresholds.csv'),
    where('status-thresholds.csv'),
    add,
    tables.has('status-thresholds.csv'),
  );

  if (issues.length > 0 || !complete || !plan[0])
    return { ok: false, issues: capIssues(sortIssues(issues, KNOWN)) };

  // Each file's rows go where its FileSpec `key` says (plan.csv: its one row).
  const data = Object.fromEntries(
    FILE_SPECS.map((s) => [s.key, s.key === 'plan' ? plan[0]!.row : get(s.file).map((l) => l.row)]),
  ) as unknown as Dataset;
  const counts = Object.fromEntries(FILE_SPECS.map((s) => [s.file, get(s.file).length]));
  return { ok: true, data, counts };
}

/** Validate, and throw one DataValidationError carrying every issue if anything is wrong. */
export function loadDataset(
  files: Readonly<Record<string, Uint8Array | undefined>>,
  options: ValidateOptions = {},
): Dataset {
  const result = validateDataset(files, options);
  if (!result.ok) throw new DataValidationError(result.issues);
  return result.data;
}

type Add = (issue: DataIssue) => void;

/** At most MAX_ISSUES_PER_FILE issues per file, then one saying how many more there are. */
function capIssues(sorted: DataIssue[]): DataIssue[] {
  const out: DataIssue[] = [];
  const shown = new Map<string, number>();
  const omitted = new Map<string, { count: number; first: DataIssue }>();
  for (const issue of sorted) {
    const n = shown.get(issue.file) ?? 0;
    if (n < MAX_ISSUES_PER_FILE) {
      shown.set(issue.file, n + 1);
      out.push(issue);
      continue;
    }
    const o = omitted.get(issue.file);
    if (o) o.count++;
    else omitted.set(issue.file, { count: 1, first: issue });
  }
  for (const [file, { count, first }] of omitted) {
    const at = out.findLastIndex((i) => i.file === file) + 1;
    out.splice(at, 0, {
      file,
      line: first.line,
      column: 0,
      field: null,
      message: `这个文件还有 ${count} 个问题没有列出（只列出了前 ${MAX_ISSUES_PER_FILE} 个）。`,
      fix: '问题这么多，通常是整个文件的格式错了（分隔符、编码、表头或引号）：请先按上面的提示改正，再重新检查。',
      en: `${count} more issue(s) in this file not listed`,
    });
  }
  return out;
}

/** A column name or value as shown in a message: a 1 MB header cell must not fill the report. */
function brief(name: string): string {
  const chars = Array.from(name);
  return oneLine(chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : name);
}

/** Decode, parse and validate one file. Returns its rows, or null when the file can't be read. */
function readTable(
  spec: FileSpec,
  bytes: Uint8Array,
  file: string,
  add: Add,
): {
  rows: Located<unknown>[];
  partial: Located<Record<string, unknown>>[];
  ids: Set<string>;
} | null {
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) {
    const { message, fix, en } = decoded;
    add({
      file,
      line: decoded.line ?? 0,
      column: decoded.column ?? 0,
      field: null,
      message,
      fix,
      en,
    });
    return null;
  }
  const parsed = parseCsv(decoded.text);
  for (const p of parsed.problems) add({ file, field: null, ...p });
  if (parsed.problems.length > 0) return null;

  const header = parsed.header;
  if (header.length === 0 || header.every((h) => h === '')) {
    add({
      file,
      line: 1,
      column: 0,
      field: null,
      message: '文件是空的，或第 1 行不是表头。',
      fix: `第 1 行应为表头：${spec.columns.join(',')}`,
      en: 'empty file or missing header row',
    });
    return null;
  }
  if (header.length === 1 && /[;\t]/.test(header[0] ?? '')) {
    add({
      file,
      line: 1,
      column: 1,
      field: null,
      message: '表头里的列是用分号或制表符分隔的，不是逗号。',
      fix: '请用 Excel/WPS 另存为“CSV UTF-8（逗号分隔）”，列之间必须是英文逗号。',
      en: 'delimiter is not a comma',
    });
    return null;
  }
  let headerOk = true;
  const seen = new Map<string, number>();
  const unnamed: number[] = [];
  header.forEach((name, i) => {
    const column = i + 1;
    if (name === '') {
      unnamed.push(column);
      return;
    }
    const invisible = findInvisible(name);
    if (invisible) {
      headerOk = false;
      add({
        file,
        line: 1,
        column,
        field: brief(withoutInvisible(name)),
        ...invisibleMessage(invisible),
      });
      return;
    }
    if (seen.has(name)) {
      headerOk = false;
      add({
        file,
        line: 1,
        column,
        field: brief(name),
        message: `表头中列名 ${brief(name)} 出现了两次（第 ${seen.get(name)} 列和第 ${column} 列）。`,
        fix: '请删除重复的列，每个列名只能出现一次。',
        en: `duplicate column ${brief(name)}`,
      });
      return;
    }
    seen.set(name, column);
    if (spec.columns.includes(name)) return;
    if (looksLikePersonalColumn(name)) {
      add({
        file,
        line: 1,
        column,
        field: brief(name),
        message: `列 ${brief(name)} 看起来用于个人联系信息（联系人、电话、邮箱或证件号）。本站不收集、不公开个人联系信息。`,
        fix: '请删除整列。“四重”服务表中的联系人信息留在局内，不进入网站数据。',
        en: `personal-data column ${brief(name)} is not allowed`,
      });
      return;
    }
    const guess = spec.columns.find((c) => similar(c, name));
    add({
      file,
      line: 1,
      column,
      field: brief(name),
      message: `表头中有不认识的列 ${brief(name)}。`,
      fix: guess
        ? `是不是想写 ${guess}？列名必须与数据规范完全一致（区分大小写、不能有空格）。`
        : `${spec.file} 只允许这些列：${spec.columns.join(',')}。请删除或改名。`,
      en: `unknown column ${brief(name)}`,
    });
  });
  // Columns without a name (often empty columns Excel kept at the right): one issue for all.
  const [firstUnnamed] = unnamed;
  if (firstUnnamed !== undefined) {
    const list = unnamed.slice(0, 5).join('、') + (unnamed.length > 5 ? ' 等' : '');
    add({
      file,
      line: 1,
      column: firstUnnamed,
      field: null,
      message: `表头中有 ${unnamed.length} 列没有列名（第 ${list} 列）。`,
      fix: `请删除这些空列（在 Excel/WPS 中选中整列 → 右键 → 删除），或填上正确的列名；${spec.file} 只允许这些列：${spec.columns.join(',')}。`,
      en: `${unnamed.length} column(s) without a name`,
    });
  }
  for (const col of spec.columns)
    if (!seen.has(col) && !spec.optional.includes(col)) {
      headerOk = false;
      add({
        file,
        line: 1,
        column: 0,
        field: col,
        message: `缺少必需的列 ${col}。`,
        fix: `请在表头加上 ${col}（完整表头：${spec.columns.join(',')}）。`,
        en: `missing column ${col}`,
      });
    }
  if (!headerOk) return null;

  const out: Located<unknown>[] = [];
  const partial: Located<Record<string, unknown>>[] = [];
  const ids = new Set<string>();
  const urlColumns = new Set(spec.columns.filter((c) => c.endsWith('_url')));
  const idColumn = header.indexOf('id');
  for (const record of parsed.records) {
    if (idColumn >= 0) ids.add(trimCell(withoutInvisible(record.cells[idColumn] ?? '')));
    if (record.cells.length !== header.length) {
      const tooMany = record.cells.length > header.length;
      add({
        file,
        line: record.line,
        column: tooMany ? header.length + 1 : record.cells.length + 1,
        field: null,
        message: `这一行有 ${record.cells.length} 个单元格，表头有 ${header.length} 列。`,
        fix: tooMany
          ? '多出了单元格：通常是某个单元格里有英文逗号却没有加引号。请把含逗号的内容用英文双引号括起来，或改用中文逗号“，”。'
          : '少了单元格：请补齐这一行，空着的格子也要保留逗号。',
        en: tooMany ? 'row has more cells than the header' : 'row has fewer cells than the header',
      });
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((name, i) => {
      if (spec.columns.includes(name)) raw[name] = record.cells[i] ?? '';
    });
    // Invisible characters first: such a cell is reported once, for that reason only.
    const hidden = new Set<string>();
    header.forEach((name, i) => {
      const found = findInvisible(record.cells[i] ?? '');
      if (!found) return;
      hidden.add(name);
      add({
        file,
        line: record.line,
        column: i + 1,
        field: brief(name),
        ...invisibleMessage(found),
      });
    });
    let personal = false;
    header.forEach((name, i) => {
      if (hidden.has(name) || spec.officialEmailCell?.(raw, name)) return;
      const found = findPersonalData(record.cells[i] ?? '', { url: urlColumns.has(name) });
      if (!found) return;
      personal = true;
      add({
        file,
        line: record.line,
        column: i + 1,
        field: name,
        message: `单元格里有看起来像${found}的内容。本站不公开个人联系信息。`,
        fix: `请删除其中的${found}；需要联系方式时，请写机构名称或官方网站。`,
        en: `cell looks like personal contact data (${found})`,
      });
    });
    const result = spec.schema.safeParse(raw);
    if (!result.success) {
      const failed = new Set(result.error.issues.map((i) => String(i.path[0])));
      for (const issue of result.error.issues)
        if (!hidden.has(String(issue.path[0]))) addZodIssue(issue, file, record.line, header, add);
      partial.push({ line: record.line, row: parsedCells(spec, raw, failed), raw, partial: true });
      continue;
    }
    if (!personal && hidden.size === 0) out.push({ line: record.line, row: result.data, raw });
  }
  return { rows: out, partial, ids };
}

function addZodIssue(
  issue: z.core.$ZodIssue,
  file: string,
  line: number,
  header: string[],
  add: Add,
) {
  const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
  const params = (issue as { params?: { fix?: string; en?: string } }).params ?? {};
  add({
    file,
    line,
    column: field ? header.indexOf(field) + 1 : 0,
    field,
    message: issue.message,
    fix: params.fix ?? '请按数据规范修改这一格。',
    en: params.en ?? issue.message,
  });
}

function checkPlanRows(
  rows: Located<PlanRow>[],
  ids: Set<string> | undefined,
  file: string,
  add: Add,
) {
  if (!ids) return;
  if (ids.size === 0)
    add({
      file,
      line: 2,
      column: 0,
      field: null,
      message: 'plan.csv 应有且只有一行规划信息，现在一行都没有。',
      fix: '请在表头下面填写一行规划信息。',
      en: 'plan.csv needs exactly one row',
    });
  for (const extra of rows.slice(1))
    add({
      file,
      line: extra.line,
      column: 0,
      field: null,
      message: 'plan.csv 应有且只有一行规划信息，这是多出来的一行。',
      fix: '请删除多余的行。',
      en: 'plan.csv needs exactly one row',
    });
}

/** The cells of a row that failed its schema which parse on their own (the rest are left out). */
function parsedCells(
  spec: FileSpec,
  raw: Record<string, string>,
  failed: Set<string>,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const col of spec.columns) {
    const cell = spec.schema.shape[col];
    if (failed.has(col) || !cell) continue;
    const r = cell.safeParse(raw[col]);
    if (r.success) row[col] = r.data;
  }
  return row;
}

/**
 * Uniqueness compares parsed values, not the text typed: `２０２６` and `2026`, `０１` and `1` are
 * the same year and the same number. A row whose key cells did not parse is left out.
 */
function checkUnique(
  spec: FileSpec,
  rows: Located<Record<string, unknown>>[],
  file: string,
  add: Add,
) {
  for (const cols of spec.unique) {
    const firstSeen = new Map<string, number>();
    for (const r of rows) {
      if (cols.some((c) => !(c in r.row))) continue;
      const key = JSON.stringify(cols.map((c) => r.row[c]));
      const first = firstSeen.get(key);
      if (first === undefined) {
        firstSeen.set(key, r.line);
        continue;
      }
      const shown = cols
        .map((c) => {
          const typed = trimCell(r.raw[c] ?? '');
          const value = brief(String(r.row[c]));
          return typed === value ? `${c}=${value}` : `${c}=${value}（填写为“${brief(typed)}”）`;
        })
        .join('，');
      add({
        file,
        line: r.line,
        column: spec.columns.indexOf(cols[cols.length - 1] ?? '') + 1,
        field: cols.join('+'),
        message: `${shown} 与第 ${first} 行重复。`,
        fix:
          cols.length > 1
            ? '同一组合只能有一行：如果是更正数据，请直接修改原来那一行，并删除这一行。'
            : '编号必须唯一：请给这一行换一个没有用过的编号，或删除重复的行。',
        en: `duplicate ${cols.join('+')} (first at line ${first})`,
      });
    }
  }
}

/**
 * Every reference column of the file's table of facts names a row that exists, checked on valid
 * rows and on the parsed cells of invalid ones, so an unknown id and a bad date in one row come
 * in one run. A file that could not be read at all is reported once; references to it are not.
 */
function checkSpecReferences(
  spec: FileSpec,
  rows: Located<Record<string, unknown>>[],
  present: Map<string, Set<string>>,
  where: (f: string) => string,
  add: Add,
) {
  for (const ref of spec.references) {
    if (!ref.files.every((f) => present.has(f))) continue;
    const known = new Set(ref.files.flatMap((f) => [...(present.get(f) ?? [])]));
    for (const r of rows) {
      const value = r.row[ref.column];
      if (typeof value !== 'string' || value === '' || known.has(value)) continue;
      const [only] = ref.files;
      const several = ref.files.length > 1;
      add({
        file: where(spec.file),
        line: r.line,
        column: spec.columns.indexOf(ref.column) + 1,
        field: ref.column,
        message: several
          ? `编号 ${value} 既不是 indicators.csv 中的指标，也不是 milestones.csv 中的专栏目标。`
          : `编号 ${value} 在 ${only} 中不存在。`,
        fix: several
          ? `请填写指标编号（如 ${preview([...(present.get('indicators.csv') ?? [])])}）或量化专栏目标的编号。`
          : `请填写 ${only} 里已有的编号（${preview([...known])}），或先在 ${only} 中新增这一行。`,
        en: several
          ? `${ref.column} ${value} not found`
          : `${ref.column} ${value} not found in ${only}`,
      });
    }
  }
}

interface RefTables {
  indicators: Located<IndicatorRow>[];
  observations: Located<ObservationRow>[];
  programmes: Located<ProgrammeRow>[];
  milestones: Located<MilestoneRow>[];
  platforms: Located<PlatformRow>[];
  capabilities: Located<PlatformCapabilityRow>[];
  keyItems: Located<KeyItemRow>[];
  plan: PlanRow | null;
  present: Map<string, Set<string>>;
}

function checkReferences(t: RefTables, where: (f: string) => string, add: Add) {
  // Unknown ids are reported by checkSpecReferences (from each file's table of facts).
  const indicatorIds = new Map(t.indicators.map((i) => [i.row.id, i.row]));
  const milestoneIds = new Map(t.milestones.map((m) => [m.row.id, m.row]));

  for (const m of t.milestones) {
    if (indicatorIds.has(m.row.id))
      add({
        file: where('milestones.csv'),
        line: m.line,
        column: columnOf('milestones.csv', 'id'),
        field: 'id',
        message: `编号 ${m.row.id} 已被 indicators.csv 中的指标使用。`,
        fix: '年度数据按编号对应到指标或专栏目标，两者的编号不能相同：请换一个编号。',
        en: 'milestone id collides with an indicator id',
      });
    checkPercent('milestones.csv', m, m.row.unit_zh, where, add);
  }
  for (const i of t.indicators) checkPercent('indicators.csv', i, i.row.unit_zh, where, add);

  const firstYear = t.plan ? t.plan.start_year - 5 : null;
  const lastYear = t.plan ? t.plan.end_year : null;
  for (const o of t.observations) {
    const indicator = indicatorIds.get(o.row.measure_id);
    const milestone = milestoneIds.get(o.row.measure_id);
    // Unknown, or its row invalid (both already reported): nothing more to say here.
    if (!indicator && !milestone) continue;
    if (milestone && milestone.kind !== 'quantity') {
      add({
        file: where('observations.csv'),
        line: o.line,
        column: columnOf('observations.csv', 'measure_id'),
        field: 'measure_id',
        message: `${o.row.measure_id} 是成果事项（deliverable），没有数值进度。`,
        fix: '成果事项的进展请在 milestones.csv 的 status 和 done_on 中填写，不要在 observations.csv 中填报数值。',
        en: 'observations only for indicators and quantity milestones',
      });
      continue;
    }
    if (
      firstYear !== null &&
      lastYear !== null &&
      (o.row.year < firstYear || o.row.year > lastYear)
    ) {
      add({
        file: where('observations.csv'),
        line: o.line,
        column: columnOf('observations.csv', 'year'),
        field: 'year',
        message: `年份 ${o.row.year} 不在 ${firstYear}–${lastYear} 范围内。`,
        fix: `请填写 ${firstYear}–${lastYear} 之间的年份（${firstYear}–${firstYear + 4} 为“十四五”参考数据，之后为规划期）。`,
        en: `year outside ${firstYear}..${lastYear}`,
      });
      continue;
    }
    if (o.row.as_of < `${o.row.year}-01-01`)
      add({
        file: where('observations.csv'),
        line: o.line,
        column: columnOf('observations.csv', 'as_of'),
        field: 'as_of',
        message: `截至日期 ${o.row.as_of} 早于数据所属年份 ${o.row.year}。`,
        fix: 'as_of 是数据发布或更新的日期，不能早于该年份的 1 月 1 日；请检查年份或日期是否填反。',
        en: 'as_of earlier than the year it reports',
      });
    const unit = indicator ? indicator.unit_zh : (milestone?.unit_zh ?? null);
    checkPercent('observations.csv', o, unit, where, add);
  }
}

/** A % typed in a number cell is fine only where the unit is a percentage. */
function checkPercent(
  file: string,
  located: Located<unknown>,
  unit: string | null,
  where: (f: string) => string,
  add: Add,
) {
  const spec = FILE_SPECS.find((s) => s.file === file);
  if (!spec || (unit !== null && unit.includes('%'))) return;
  for (const col of spec.numeric) {
    const cell = trimCell(located.raw[col] ?? '');
    if (!/[%％]$/.test(cell)) continue;
    add({
      file: where(file),
      line: located.line,
      column: spec.columns.indexOf(col) + 1,
      field: col,
      message: `“${cell}” 带有百分号，但这一项的单位是“${unit ?? '（无）'}”，不是百分比。`,
      fix: '请去掉 % 只填数字；只有单位为 % 的指标才能在数字后加 %。',
      en: '% used with a non-percent unit',
    });
  }
}

function checkThresholds(
  rows: Located<StatusThresholdRow>[],
  file: string,
  add: Add,
  present: boolean,
) {
  if (!present) return;
  const value = new Map(rows.map((r) => [r.row.key, r]));
  for (const key of ['ahead_min', 'on_track_min', 'at_risk_min'] as const)
    if (!value.has(key))
      add({
        file,
        line: 0,
        column: 0,
        field: 'key',
        message: `缺少阈值 ${key}。`,
        fix: '三个阈值都要有：ahead_min（默认 1.10）、on_track_min（默认 0.95）、at_risk_min（默认 0.80）。',
        en: `missing threshold ${key}`,
      });
  const a = value.get('ahead_min');
  const o = value.get('on_track_min');
  const r = value.get('at_risk_min');
  if (a && o && r && !(0 < r.row.value && r.row.value < o.row.value && o.row.value < a.row.value))
    add({
      file,
      line: o.line,
      column: columnOf('status-thresholds.csv', 'value'),
      field: 'value',
      message: `阈值顺序不对：at_risk_min ${r.row.value}、on_track_min ${o.row.value}、ahead_min ${a.row.value}。`,
      fix: '应满足 0 < at_risk_min < on_track_min < ahead_min，例如 0.80、0.95、1.10。',
      en: 'thresholds must satisfy 0 < at_risk < on_track < ahead',
    });
}

function columnOf(file: string, field: string): number {
  const spec = FILE_SPECS.find((s) => s.file === file);
  return spec ? spec.columns.indexOf(field) + 1 : 0;
}

function preview(ids: string[]): string {
  if (ids.length === 0) return '目前为空';
  const some = ids.slice(0, 6).map(brief);
  return ids.length > 6 ? `${some.join('、')} 等` : some.join('、');
}

/** Close enough to be a typo: same letters ignoring case, _ - and spaces, or one edit apart. */
function similar(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]/g, '');
  const x = norm(a);
  const y = norm(b);
  if (x === y) return true;
  if (Math.abs(x.length - y.length) > 1) return false;
  return editDistance(x, y) <= 1 || x.replace(/s$/, '') === y.replace(/s$/, '');
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0] ?? 0;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j] ?? 0;
      dp[j] = Math.min(
        (dp[j] ?? 0) + 1,
        (dp[j - 1] ?? 0) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = tmp;
    }
  }
  return dp[b.length] ?? 0;
}
