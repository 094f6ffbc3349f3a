/**
 * The public history of data changes (/updates/ and /updates.xml): every commit that touched the
 * data directory, newest first, each compared with its first parent through the same diff as
 * `npm run data:diff`. Dates are the committer dates git records, never the clock, so two builds
 * of one commit are identical. loadUpdates does the git reading (four git commands however long
 * the history); everything else here is pure.
 */
import { buildContext } from './build-context.ts';
import { validateDataset, type Dataset } from './data/validate-dataset.ts';
import { diffDatasets, summarizeDiff, isEmptyDiff, type DataDiff } from './data-diff.ts';
import {
  GitError,
  listDataCommits,
  readDataSnapshots,
  type DataCommit,
  type DataHistory,
  type DataSnapshot,
  type GitErrorCode,
} from './git-data.ts';
import { formatDate } from './format.ts';
import { UPDATE_LINES_UI } from '../i18n/updates.ts';
import type { Lang } from '../i18n/ui.ts';

/** The most commits the page and the feed list. */
export const UPDATES_LIMIT = 200;

export type UpdateOutcome =
  /** Compared with the parent; `first` when there was no data before (everything added). */
  | { kind: 'diff'; diff: DataDiff; first: boolean }
  /** The data at this commit did not pass the check. */
  | { kind: 'invalid'; issues: number }
  /** The commit's data is valid but its parent's is not: nothing to compare with. */
  | { kind: 'base-invalid'; issues: number }
  /** A shallow clone cut the history here: the parent cannot be read. */
  | { kind: 'unknown-parent' };

export interface UpdateEntry extends DataCommit {
  /** First 7 characters of the commit id. */
  short: string;
  outcome: UpdateOutcome;
}

export interface Updates {
  /** False when the history could not be read (not a git repository, no git). */
  available: boolean;
  /** Why not, when not available: no git, not a repository, data outside it, other. */
  reason: GitErrorCode | null;
  /** git's own message, when not available. */
  detail: string | null;
  entries: UpdateEntry[];
  /** More commits touched the data than are listed. */
  truncated: boolean;
}

type Validated = { ok: true; data: Dataset } | { ok: false; issues: number };

/**
 * The entries, given the history and the data directory at every commit and parent it names
 * (keyed by commit id; null where the directory does not exist). Each distinct data tree is
 * validated once.
 */
export function buildUpdateEntries(
  history: DataHistory,
  snapshots: ReadonlyMap<string, DataSnapshot | null>,
): UpdateEntry[] {
  const checked = new Map<string, Validated>();
  const validate = (snap: DataSnapshot | null): Validated => {
    // No directory (deleted in this commit): validating nothing reports every file missing.
    const key = snap?.tree ?? '';
    let v = checked.get(key);
    if (!v) {
      const r = validateDataset(snap?.files ?? {});
      v = r.ok ? { ok: true, data: r.data } : { ok: false, issues: r.issues.length };
      checked.set(key, v);
    }
    return v;
  };
  const outcomeOf = (c: DataCommit): UpdateOutcome => {
    const head = validate(snapshots.get(c.commit) ?? null);
    if (!head.ok) return { kind: 'invalid', issues: head.issues };
    if (c.parent === null && history.shallow) return { kind: 'unknown-parent' };
    const parentSnap = c.parent === null ? null : (snapshots.get(c.parent) ?? null);
    if (!parentSnap) return { kind: 'diff', diff: diffDatasets(null, head.data), first: true };
    const base = validate(parentSnap);
    if (!base.ok) return { kind: 'base-invalid', issues: base.issues };
    return { kind: 'diff', diff: diffDatasets(base.data, head.data), first: false };
  };
  return history.commits.map((c) => ({ ...c, short: c.commit.slice(0, 7), outcome: outcomeOf(c) }));
}

/** Read the history of `dataDir` in the repository at `cwd` and build the entries. */
export function loadUpdates(cwd: string, dataDir: string, limit = UPDATES_LIMIT): Updates {
  try {
    const history = listDataCommits(cwd, dataDir, limit);
    const revs = history.commits.flatMap((c) => (c.parent ? [c.commit, c.parent] : [c.commit]));
    const snapshots = readDataSnapshots(cwd, revs, dataDir);
    return {
      available: true,
      reason: null,
      detail: null,
      entries: buildUpdateEntries(history, snapshots),
      truncated: history.truncated,
    };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return {
      available: false,
      reason: error.code,
      detail: error.message,
      entries: [],
      truncated: false,
    };
  }
}

let cached: Promise<Updates> | undefined;

/** The updates of this build's data directory ($PLAN_DATA_DIR), read once per build. */
export function getUpdates(): Promise<Updates> {
  cached ??= Promise.resolve().then(() => {
    const { cwd, dataDir } = buildContext();
    return loadUpdates(cwd, dataDir.absolute);
  });
  return cached;
}

export function formatCommitDate(date: string, lang: Lang): string {
  return formatDate(date, lang);
}

/** What changed in one commit, as short lines (the page shows them as-is; the feed joins them). */
export function entryLines(entry: UpdateEntry, lang: Lang): string[] {
  const w = UPDATE_LINES_UI[lang];
  const o = entry.outcome;
  if (o.kind === 'invalid') return [w.invalid(o.issues)];
  if (o.kind === 'base-invalid') return [w.baseInvalid(o.issues)];
  if (o.kind === 'unknown-parent') return [w.unknownParent];
  if (isEmptyDiff(o.diff)) return [w.noChange];
  const s = summarizeDiff(o.diff, lang);
  const files = s.files.join(w.fileSep);
  const lead = o.first ? w.first : '';
  return [`${lead}${files}`, ...(s.statuses ? [s.statuses] : [])].filter((l) => l !== '');
}

/** The sentence shown instead of a list. */
export function emptyMessage(updates: Updates, lang: Lang): string | null {
  const w = UPDATE_LINES_UI[lang];
  if (!updates.available) {
    if (updates.reason === 'outside-repo') return w.outsideRepo;
    if (updates.reason === 'not-a-repo' || updates.reason === 'no-git') return w.noGit;
    return w.gitFailed(updates.detail);
  }
  if (updates.entries.length === 0) return w.noCommits;
  return null;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// Characters XML 1.0 does not allow (everything below U+0020 but tab, newline and return).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/** Text safe inside XML 1.0 content and attributes (control characters dropped). */
export function escapeXml(text: string): string {
  return text.replace(CONTROL_CHARS, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export interface FeedOptions {
  /** Feed title. */
  title: string;
  /** Feed id: an absolute IRI. */
  id: string;
  /** The updates page (absolute, or relative when the site's address is unknown). */
  pageHref: string;
  /** The feed itself, same rule. */
  selfHref: string;
  /** Author name for the feed. */
  author: string;
  /** Feed `updated` when there is no entry (RFC 3339); from git, not the clock. */
  fallbackUpdated: string;
}

/** The updates as an Atom 1.0 feed, in Chinese. */
export function renderAtomFeed(updates: Updates, options: FeedOptions): string {
  const newest = updates.entries[0]?.timestamp ?? options.fallbackUpdated;
  const entries = updates.entries.map((e) => {
    const content = [
      `${formatCommitDate(e.date, 'zh')} · ${e.subject}`,
      ...entryLines(e, 'zh'),
    ].join('\n');
    return [
      '  <entry>',
      `    <id>urn:git-commit:${escapeXml(e.commit)}</id>`,
      `    <title>${escapeXml(e.subject || e.short)}</title>`,
      `    <updated>${escapeXml(e.timestamp)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${options.pageHref}#c-${e.short}`)}"/>`,
      `    <content type="text">${escapeXml(content)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    `  <id>${escapeXml(options.id)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <updated>${escapeXml(newest)}</updated>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.selfHref)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageHref)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
