/**
 * The data verdict of a change, shared by `npm run data:diff` and `npm run pr:check`: the head
 * side validated (every problem, located), and — when it is valid — the Markdown summary of what
 * changed against the base (rows, each measure by id and name, status changes, format-only
 * re-saves). Reads git and the working tree; everything else is the pure code in src/lib.
 */
import { readDataDir, resolveDataDir } from '../../src/lib/data/read-data-dir.ts';
import { validateDataset } from '../../src/lib/data/validate-dataset.ts';
import type { DataIssue } from '../../src/lib/data/issues.ts';
import {
  diffDatasets,
  renderBaseInvalidMarkdown,
  renderDiffMarkdown,
  renderInvalidMarkdown,
} from '../../src/lib/data-diff.ts';
import { GitError, readDataSnapshots, resolveCommit } from '../../src/lib/git-data.ts';

export interface DataChangeRequest {
  cwd: string;
  env: Record<string, string | undefined>;
  base: string;
  /** A revision, or undefined for the working tree. */
  head?: string;
}

export type DataChange =
  | { ok: true; markdown: string; baseCommit: string; headCommit: string | null; names: Names }
  | {
      ok: false;
      issues: DataIssue[];
      markdown: string;
      baseCommit: string;
      headCommit: string | null;
      names: Names;
    };

interface Names {
  base: string;
  head: string;
}

/** Throws GitError when a revision cannot be read; never for bad data. */
export async function dataChange(req: DataChangeRequest): Promise<DataChange> {
  const dir = resolveDataDir(req.env, req.cwd);
  const baseCommit = resolveCommit(req.cwd, req.base);
  const headCommit = req.head === undefined ? null : resolveCommit(req.cwd, req.head);
  const snapshots = readDataSnapshots(
    req.cwd,
    headCommit ? [baseCommit, headCommit] : [baseCommit],
    dir.absolute,
  );
  const names = {
    base: `\`${req.base}\`（${baseCommit.slice(0, 7)}）`,
    head: headCommit ? `\`${req.head}\`（${headCommit.slice(0, 7)}）` : '工作区',
  };
  const headFiles = headCommit
    ? (snapshots.get(headCommit)?.files ?? {})
    : ((await readDataDir(dir.absolute)) ?? {});
  const head = validateDataset(headFiles, { dir: dir.shown });
  if (!head.ok)
    return {
      ok: false,
      issues: head.issues,
      markdown: renderInvalidMarkdown(head.issues, names),
      baseCommit,
      headCommit,
      names,
    };
  const baseFiles = snapshots.get(baseCommit)?.files ?? null;
  // No data directory at the base: the data is new, everything is added.
  const base = baseFiles ? validateDataset(baseFiles, { dir: dir.shown }) : null;
  const markdown =
    base && !base.ok
      ? renderBaseInvalidMarkdown(base.issues.length, names)
      : renderDiffMarkdown(
          diffDatasets(base ? base.data : null, head.data, {
            base: baseFiles ?? {},
            head: headFiles,
          }),
          names,
        );
  return { ok: true, markdown, baseCommit, headCommit, names };
}

/**
 * Run a command's main function and set the exit code: a clear message for any failure, never a
 * stack trace (exit 2). `what` names the command's work in the message, e.g. 比较.
 */
export async function runCommand(main: () => Promise<number>, what: string): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof GitError
        ? `无法读取 git 中的数据：${message}\n改法：请在仓库根目录下运行，并确认版本名正确（如 origin/main、HEAD~1）；CI 中检出时要带上完整历史（fetch-depth: 0）。`
        : `${what}失败：${message}`,
    );
    process.exitCode = 2;
  }
}
