/**
 * Git I/O for the data history: which commits touched the data directory, and the bytes of the
 * data directory's CSV files at any revision. Every function takes the repository's working
 * directory (`cwd`); paths are resolved against it. The reading is batched: whatever the number
 * of revisions, one `git cat-file --batch` reads the directory trees and one reads the files.
 */
import path from 'node:path';
import { GitError, runGit } from './git-run.ts';

export { GitError, gitQuiet, runGit, type GitErrorCode } from './git-run.ts';

/**
 * The data directory as git sees it from `cwd`: `./data` (forward slashes). Throws when it lies
 * outside `cwd`, where a `<rev>:./path` lookup cannot reach.
 */
export function gitPathOf(cwd: string, dataDir: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, dataDir));
  if (rel.startsWith('..') || path.isAbsolute(rel))
    throw new GitError(
      `数据目录 ${dataDir} 不在仓库目录 ${cwd} 之内 (en: data dir outside the repository)`,
      'outside-repo',
    );
  return rel === '' ? '.' : rel.split(path.sep).join('/');
}

/** The full commit id of `rev`; a clear GitError when it is not a commit. */
export function resolveCommit(cwd: string, rev: string): string {
  if (rev.startsWith('-')) throw new GitError(`“${rev}” 不是有效的版本 (en: invalid revision)`);
  try {
    return runGit(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`])
      .toString()
      .trim();
  } catch (error) {
    const why =
      error instanceof GitError && error.message !== 'git failed' ? `：${error.message}` : '';
    throw new GitError(`找不到版本 ${rev}${why} (en: unknown revision ${rev})`);
  }
}

export interface DataSnapshot {
  /** The data directory's tree id: equal ids mean identical data. */
  tree: string;
  /** Every `.csv` file directly inside the directory, by name. */
  files: Record<string, Uint8Array>;
}

interface BatchObject {
  /** The request line, echoed back. */
  request: string;
  oid: string | null;
  type: string | null;
  content: Buffer | null;
}

/** Run `git cat-file --batch` for the given requests (one per line) and split its answer. */
function catFileBatch(cwd: string, requests: string[]): BatchObject[] {
  if (requests.length === 0) return [];
  const out = runGit(cwd, ['cat-file', '--batch'], `${requests.join('\n')}\n`);
  const objects: BatchObject[] = [];
  let at = 0;
  for (const request of requests) {
    const end = out.indexOf(0x0a, at);
    if (end < 0) throw new GitError('git cat-file 的输出不完整 (en: truncated cat-file output)');
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    // `<oid> <type> <size>` or `<request> missing` / `<request> ambiguous`.
    const m = /^([0-9a-f]{40,64}) (\w+) (\d+)$/.exec(header);
    if (!m) {
      objects.push({ request, oid: null, type: null, content: null });
      continue;
    }
    const size = Number(m[3]);
    objects.push({
      request,
      oid: m[1] ?? null,
      type: m[2] ?? null,
      content: out.subarray(at, at + size),
    });
    at += size + 1; // content, then a newline
  }
  return objects;
}

/** Entries of a raw tree object: `<mode> <name>\0<binary id>` repeated. */
function parseTree(
  content: Buffer,
  idBytes: number,
): Array<{ mode: string; name: string; oid: string }> {
  const entries: Array<{ mode: string; name: string; oid: string }> = [];
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    const nul = content.indexOf(0x00, space);
    if (space < 0 || nul < 0) break;
    entries.push({
      mode: content.subarray(at, space).toString('ascii'),
      name: content.subarray(space + 1, nul).toString('utf8'),
      oid: content.subarray(nul + 1, nul + 1 + idBytes).toString('hex'),
    });
    at = nul + 1 + idBytes;
  }
  return entries;
}

/**
 * The data directory at each revision (commit ids or names git understands). A revision where
 * the directory does not exist (or the revision itself does not) maps to null. Two git commands
 * in all, however many revisions.
 */
export function readDataSnapshots(
  cwd: string,
  revs: readonly string[],
  dataDir: string,
): Map<string, DataSnapshot | null> {
  const dir = gitPathOf(cwd, dataDir);
  const unique = [...new Set(revs)];
  const trees = catFileBatch(
    cwd,
    unique.map((rev) => `${rev}:./${dir === '.' ? '' : dir}`),
  );
  const listing = new Map<string, Array<{ name: string; oid: string }>>();
  const treeOf = new Map<string, string | null>();
  unique.forEach((rev, i) => {
    const t = trees[i];
    if (!t || t.type !== 'tree' || !t.oid || !t.content) {
      treeOf.set(rev, null);
      return;
    }
    treeOf.set(rev, t.oid);
    if (listing.has(t.oid)) return;
    const files = parseTree(t.content, t.oid.length / 2).filter(
      // Regular files only (100644, 100755), named *.csv like readDataDir reads them.
      (e) => e.mode.startsWith('100') && e.name.toLowerCase().endsWith('.csv'),
    );
    listing.set(t.oid, files);
  });
  const blobIds = [...new Set([...listing.values()].flat().map((e) => e.oid))];
  const blobs = new Map(
    catFileBatch(cwd, blobIds).map((b, i) => [blobIds[i] as string, b.content] as const),
  );
  const snapshots = new Map<string, DataSnapshot>();
  for (const [tree, entries] of listing) {
    const files: Record<string, Uint8Array> = {};
    for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
      const content = blobs.get(e.oid);
      if (content) files[e.name] = new Uint8Array(content);
    }
    snapshots.set(tree, { tree, files });
  }
  return new Map(
    unique.map((rev) => {
      const tree = treeOf.get(rev);
      return [rev, tree ? (snapshots.get(tree) ?? null) : null];
    }),
  );
}

/** The data directory at one revision: { name: bytes }, or null when it does not exist there. */
export function readDataFilesAt(
  cwd: string,
  rev: string,
  dataDir: string,
): Record<string, Uint8Array> | null {
  return readDataSnapshots(cwd, [rev], dataDir).get(rev)?.files ?? null;
}

export interface DataCommit {
  /** Full commit id. */
  commit: string;
  /** First parent's id, or null for a root commit. */
  parent: string | null;
  /** Committer date in the committer's time zone, YYYY-MM-DD. */
  date: string;
  /** Committer date, strict ISO 8601 with offset (RFC 3339). */
  timestamp: string;
  subject: string;
}

export interface DataHistory {
  /** Newest first, at most `limit`. */
  commits: DataCommit[];
  /** Whether more commits touched the directory than were listed. */
  truncated: boolean;
  /** A shallow clone: a commit without parent may just be where the history was cut. */
  shallow: boolean;
}

const FIELD = '\x1f';
const RECORD = '\x1e';

/**
 * The git pathspec of the data files themselves: the top-level CSVs of the data directory, so an
 * edit to data/README.md or data/templates/ is not a data change.
 */
export function dataPathspec(dir: string): string {
  return dir === '' || dir === '.' ? ':(glob)*.csv' : `:(glob)${dir}/*.csv`;
}

export interface ListOptions {
  /**
   * Follow only first parents: the commits that put each change on the current branch (a merged
   * pull request appears once, as its merge commit, dated when it was merged).
   */
  firstParent?: boolean;
  /** Only these files of the data directory (names, e.g. observations.csv); default every CSV. */
  files?: readonly string[];
}

/**
 * Every commit that touched the data directory, newest first (git log order), at most `limit`.
 * Throws GitError outside a git repository. Two git commands.
 */
export function listDataCommits(
  cwd: string,
  dataDir: string,
  limit = 200,
  options: ListOptions = {},
): DataHistory {
  const dir = gitPathOf(cwd, dataDir);
  const shallow =
    runGit(cwd, ['rev-parse', '--is-shallow-repository']).toString().trim() === 'true';
  let raw: string;
  try {
    raw = runGit(cwd, [
      '-c',
      'log.showSignature=false',
      'log',
      '--no-color',
      `--max-count=${limit + 1}`,
      ...(options.firstParent ? ['--first-parent'] : []),
      `--format=%H${FIELD}%P${FIELD}%cs${FIELD}%cI${FIELD}%s${RECORD}`,
      '--',
      ...(options.files
        ? options.files.map((f) => `:(literal)${dir === '.' ? '' : `${dir}/`}${f}`)
        : [dataPathspec(dir)]),
    ]).toString('utf8');
  } catch (error) {
    // A repository without any commit yet has no data history either.
    if (error instanceof GitError && /does not have any commits/.test(error.message))
      return { commits: [], truncated: false, shallow };
    throw error;
  }
  const commits = raw
    .split(RECORD)
    .map((r) => r.replace(/^\n+/, ''))
    .filter((r) => r.trim() !== '')
    .map((r): DataCommit => {
      const [commit = '', parents = '', date = '', timestamp = '', subject = ''] = r.split(FIELD);
      return {
        commit,
        parent: parents.split(' ').find((p) => p !== '') ?? null,
        date,
        timestamp,
        subject,
      };
    });
  return { commits: commits.slice(0, limit), truncated: commits.length > limit, shallow };
}
