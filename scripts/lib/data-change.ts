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
import { readDataSnapshots, resolveCommit } from '../../src/lib/git-data.ts';

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
