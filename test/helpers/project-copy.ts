/**
 * A throw-away copy of this project: every file git would commit (tracked, and new files that are
 * not ignored) copied into a temporary folder, node_modules linked, and the copy made a git
 * repository of its own with one dated commit. Tests use it to build an *official* site (one built
 * from the copy's own data/) from a fixture, and to try a steward's pull request end to end,
 * without ever reading or touching this repository's data/.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO } from './fixtures.ts';
import { commitAll, git } from './git.ts';

export interface ProjectCopy {
  dir: string;
  cleanup: () => void;
}

/** The files git would commit from `repo`, relative paths (deleted-but-tracked files excluded). */
export function committableFiles(repo: string): string[] {
  const listed = git(repo, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']);
  const deleted = new Set(git(repo, ['ls-files', '-z', '--deleted']).split('\0'));
  return listed.split('\0').filter((f) => f !== '' && !deleted.has(f));
}

export interface CopyOptions {
  /**
   * Replace the copy's data files (the CSV files directly in data/) with this directory's files
   * and folders (CSV files, portal/ fragments). The stewards' guide, the reading register and the
   * templates stay: they are software.
   */
  data?: string;
  /** Commit date of the copy's first commit (ISO), so its build date is known. */
  date?: string;
}

export function copyProject(options: CopyOptions = {}): ProjectCopy {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-project-'));
  for (const file of committableFiles(REPO)) {
    if (options.data && /^data\/[^/]+\.csv$/i.test(file)) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(REPO, file), path.join(dir, file));
  }
  // The fixture's files and folders (e.g. portal/), laid over the guide and templates; a fixture's
  // own README.md describes the fixture, not the data, and is left out.
  if (options.data)
    for (const name of readdirSync(options.data))
      if (name !== 'README.md')
        cpSync(path.join(options.data, name), path.join(dir, 'data', name), { recursive: true });
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  git(dir, ['init', '-q', '-b', 'main']);
  // The link is not a directory to git, so `node_modules/` in .gitignore does not cover it.
  writeFileSync(path.join(dir, '.git/info/exclude'), '/node_modules\n');
  commitAll(dir, 'base', options.date ?? '2026-11-01T10:00:00+08:00');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
