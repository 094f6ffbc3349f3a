/** Which files a change touches, and which of them are data (the steward's CSV files). */
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[]): string[] {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
    .split('\0')
    .filter(Boolean);
}

/** Paths changed from `base` to `head` (null: the working tree, new files included). */
export function changedFiles(cwd: string, base: string, head: string | null): string[] {
  if (head) return git(cwd, ['diff', '-z', '--name-only', base, head]);
  const tracked = git(cwd, ['diff', '-z', '--name-only', base]);
  const untracked = git(cwd, ['ls-files', '-z', '--others', '--exclude-standard']);
  return [...new Set([...tracked, ...untracked])].sort();
}

/**
 * A data file is a CSV directly inside the data directory. Its guide (README.md) and templates
 * are part of the software: a change to them runs the tests.
 */
export function isDataFile(file: string, dataDir: string): boolean {
  const prefix = dataDir === '.' ? '' : `${dataDir.replace(/\/$/, '')}/`;
  if (!file.startsWith(prefix)) return false;
  const rest = file.slice(prefix.length);
  return !rest.includes('/') && rest.toLowerCase().endsWith('.csv');
}
