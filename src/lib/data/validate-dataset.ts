/**
 * The one loader chokepoint. Given the bytes of every file in a data directory it decodes, parses
 * and validates every row of every file, checks the references between files, and either returns
 * the typed dataset or every issue it found. It does no I/O: the build, the command-line checker,
 * the tests and the browser checker all pass the bytes in.
 *
 * A pipeline: for each file read-table.ts (decode → parse → validate-header → validate-rows),
 * then the cross-file rules (cross-file-*.ts), then the issues sorted and capped per file
 * (cap-issues.ts). Every message comes from messages.ts.
 */
import { FILE_SPECS } from '../../schemas/index.ts';
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
import { capIssues } from './cap-issues.ts';
import { checkCommentary } from './cross-file-commentary.ts';
import { checkMeasures } from './cross-file-measures.ts';
import { checkSpecReferences } from './cross-file-references.ts';
import { checkPlanRows, checkThresholds } from './cross-file-singletons.ts';
import { checkUnique } from './cross-file-unique.ts';
import { similar } from './edit-distance.ts';
import { DataValidationError, sortIssues, type DataIssue } from './issues.ts';
import { issueAt, type Located } from './located.ts';
import { messageOf } from './messages.ts';
import { readTable } from './read-table.ts';

export { MAX_ISSUES_PER_FILE } from './cap-issues.ts';

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

export type DatasetResult =
  { ok: true; data: Dataset; counts: Record<string, number> } | { ok: false; issues: DataIssue[] };

export interface ValidateOptions {
  /** Directory name shown in messages (e.g. `data`). */
  dir?: string;
}

const KNOWN = FILE_SPECS.map((s) => s.file);

/** Validate a whole data directory given as { file name: bytes }. */
export function validateDataset(
  files: Readonly<Record<string, Uint8Array | undefined>>,
  options: ValidateOptions = {},
): DatasetResult {
  const dir = options.dir ?? 'data';
  const where = (file: string) => (dir ? `${dir}/${file}` : file);
  const issues: DataIssue[] = [];
  const add = (i: DataIssue) => issues.push(i);
  const wholeFile = (file: string) => ({ file: where(file), line: 0, column: 0, field: null });

  for (const name of Object.keys(files)) {
    if (!name.toLowerCase().endsWith('.csv') || KNOWN.includes(name)) continue;
    const guess = KNOWN.find((k) => similar(k, name));
    add(issueAt(wholeFile(name), messageOf('unknownFile', { name, guess, known: KNOWN, dir })));
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
      const { file, label_zh: label, columns } = spec;
      add(issueAt(wholeFile(file), messageOf('missingFile', { file, label, columns, dir })));
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
  checkMeasures(
    {
      indicators: get<IndicatorRow>('indicators.csv'),
      observations: get<ObservationRow>('observations.csv'),
      milestones: get<MilestoneRow>('milestones.csv'),
      plan: plan[0]?.row ?? null,
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
