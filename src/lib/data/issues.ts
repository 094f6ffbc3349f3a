/** A problem found in the data, located the way a person finds it in Excel. */
export interface DataIssue {
  /** Path shown to the reader, e.g. data/indicators.csv. */
  file: string;
  /** Row as Excel numbers it: the header is row 1. 0 when the whole file is at fault. */
  line: number;
  /** 1-based column; 0 when the whole row or file is at fault. */
  column: number;
  /** Column name, when one column is at fault. */
  field: string | null;
  /** What is wrong, in Chinese. */
  message: string;
  /** How to fix it, in Chinese. */
  fix: string;
  /** A short English line for developers. */
  en: string;
}

/** Excel's column letters: 1 → A, 27 → AA. */
export function columnLetter(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Where, as `file:line:column` followed by the spot in Excel's words. */
export function locate(issue: DataIssue): string {
  const pos = [
    issue.file,
    issue.line > 0 ? issue.line : null,
    issue.column > 0 ? issue.column : null,
  ]
    .filter((p) => p !== null)
    .join(':');
  const parts: string[] = [];
  if (issue.line > 0) parts.push(`第 ${issue.line} 行`);
  if (issue.column > 0) parts.push(`${columnLetter(issue.column)} 列`);
  if (issue.field) parts.push(issue.field);
  return parts.length ? `${pos}（${parts.join('，')}）` : pos;
}

/** One issue as the checker prints it: location, problem, fix, English hint. */
export function formatIssue(issue: DataIssue): string {
  return [
    locate(issue),
    `  问题：${issue.message}`,
    `  改法：${issue.fix}`,
    `  en: ${issue.en}`,
  ].join('\n');
}

/** Order issues by file (in the given order), then row, then column. */
export function sortIssues(issues: DataIssue[], fileOrder: readonly string[]): DataIssue[] {
  const rank = (f: string) => {
    const name = f.split('/').pop() ?? f;
    const i = fileOrder.indexOf(name);
    return i === -1 ? fileOrder.length : i;
  };
  return [...issues].sort(
    (a, b) =>
      rank(a.file) - rank(b.file) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column,
  );
}

/** The whole report: a headline with counts per file, then every issue. */
export function formatReport(issues: DataIssue[]): string {
  const perFile = new Map<string, number>();
  for (const i of issues) perFile.set(i.file, (perFile.get(i.file) ?? 0) + 1);
  const counts = [...perFile].map(([f, n]) => `${f} ${n} 个`).join('，');
  return [
    `数据检查未通过：共 ${issues.length} 个问题（${counts}）。`,
    '',
    ...issues.map(formatIssue).flatMap((block) => [block, '']),
    '请按“改法”逐条修改后重新运行 npm run check:data。网站不会用有问题的数据生成。',
    `(en: data check failed with ${issues.length} issue(s); nothing was built)`,
  ].join('\n');
}

/** Thrown once by the loader, carrying every issue in every file. */
export class DataValidationError extends Error {
  readonly issues: DataIssue[];
  constructor(issues: DataIssue[]) {
    super(formatReport(issues));
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}
