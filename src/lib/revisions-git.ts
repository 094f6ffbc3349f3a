/**
 * The revision history read from git: one `git log --first-parent` of observations.csv and
 * milestones.csv, then the two files at every listed commit in two batched `git cat-file` calls.
 * Each distinct version of a file is parsed once, with its own row schema only (not the whole
 * dataset), so a ten-year history of hundreds of commits reads in well under a second.
 */
import { createHash } from 'node:crypto';
import { buildContext } from './build-context.ts';
import { decodeCsv } from './data/decode.ts';
import { parseCsv } from './data/csv.ts';
import { GitError, listDataCommits, readDataSnapshots } from './git-data.ts';
import { buildRevisions, type RevisionStep, type Revisions } from './revisions.ts';
import { FILE_SPECS, type FileSpec } from '../schemas/index.ts';
import type { MilestoneRow, ObservationRow } from '../schemas/index.ts';

const FILES = ['observations.csv', 'milestones.csv'] as const;
/** Far more data commits than ten years of monthly and corrective updates. */
const MAX_COMMITS = 100_000;

/** Parsed rows by header and cells: most rows are the same from one commit to the next. */
export type RowCache = Map<string, { ok: true; row: unknown } | { ok: false }>;

/**
 * Every row of one CSV through its row schema, or null when the file is missing or any row fails
 * (such a version could not have been published: the build refuses invalid data). Each distinct
 * row is parsed once per cache.
 */
export function parseRows<T>(
  spec: FileSpec,
  bytes: Uint8Array | undefined,
  cache: RowCache = new Map(),
): T[] | null {
  if (!bytes) return null;
  const decoded = decodeCsv(bytes);
  if (!decoded.ok) return null;
  const text = decoded.text.replace(/\r\n?/g, '\n');
  let header: string[];
  let records: Array<{ key: string; cells: () => string[] }>;
  if (!text.includes('"')) {
    // No double quote, no quoted cell: rows are lines and cells the text between commas, exactly
    // as parseCsv reads them; a line seen in an earlier version is not even split again.
    const lines = text.split('\n');
    header = (lines[0] ?? '').split(',').map((h) => h.replace(/^\uFEFF/, '').trim());
    records = lines
      .slice(1)
      .filter((l) => l.replace(/,/g, '').trim() !== '')
      .map((l) => ({ key: l, cells: () => l.split(',') }));
  } else {
    const parsed = parseCsv(text);
    if (parsed.problems.length > 0) return null;
    header = parsed.header;
    records = parsed.records.map((r) => ({ key: r.cells.join('\u001f'), cells: () => r.cells }));
  }
  const head = `${spec.file}\u001e${header.join('\u001f')}\u001e`;
  const rows: T[] = [];
  for (const record of records) {
    const key = head + record.key;
    let hit = cache.get(key);
    if (!hit) {
      const cells = record.cells();
      const raw: Record<string, string> = {};
      header.forEach((h, i) => {
        raw[h] = cells[i] ?? '';
      });
      const r = spec.schema.safeParse(raw);
      hit = r.success ? { ok: true, row: r.data } : { ok: false };
      cache.set(key, hit);
    }
    if (!hit.ok) return null;
    rows.push(hit.row as T);
  }
  return rows;
}

const specOf = (file: string) => FILE_SPECS.find((s) => s.file === file) as FileSpec;

/** Read the revision history of `dataDir` in the repository at `cwd`. Never throws for git. */
export function loadRevisions(cwd: string, dataDir: string): Revisions {
  try {
    const history = listDataCommits(cwd, dataDir, MAX_COMMITS, {
      firstParent: true,
      files: FILES,
    });
    const chain = [...history.commits].reverse();
    const snapshots = readDataSnapshots(
      cwd,
      chain.map((c) => c.commit),
      dataDir,
    );
    const parsed = new Map<string, unknown[] | null>();
    const rowCache: RowCache = new Map();
    const rowsOf = <T>(file: string, bytes: Uint8Array | undefined): T[] | null => {
      if (!bytes) return null;
      const key = `${file}\0${createHash('sha1').update(bytes).digest('hex')}`;
      if (!parsed.has(key)) parsed.set(key, parseRows<T>(specOf(file), bytes, rowCache));
      return parsed.get(key) as T[] | null;
    };
    const steps: RevisionStep[] = chain.map((c) => {
      const files = snapshots.get(c.commit)?.files ?? {};
      return {
        commit: c.commit,
        date: c.date,
        observations: rowsOf<ObservationRow>('observations.csv', files['observations.csv']),
        milestones: rowsOf<MilestoneRow>('milestones.csv', files['milestones.csv']),
      };
    });
    return {
      available: true,
      reason: null,
      detail: null,
      shallow: history.shallow,
      since: chain[0]?.date ?? null,
      commits: chain.length,
      ...buildRevisions(steps),
    };
  } catch (error) {
    if (!(error instanceof GitError)) throw error;
    return {
      available: false,
      reason: error.code,
      detail: error.message,
      shallow: false,
      since: null,
      commits: 0,
      figures: [],
      deliverables: [],
    };
  }
}

let cached: Revisions | undefined;

/** The revision history of this build's data directory ($PLAN_DATA_DIR), read once per build. */
export function getRevisions(): Revisions {
  const { cwd, dataDir } = buildContext();
  cached ??= loadRevisions(cwd, dataDir.absolute);
  return cached;
}
