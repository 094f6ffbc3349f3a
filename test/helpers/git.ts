/** Git in temporary repositories for tests: a clean environment and commits with known dates. */
import { execFileSync } from 'node:child_process';

/** The environment without the caller's data directory or git location (extra keys win). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const k of ['PLAN_DATA_DIR', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE'])
    if (!(k in extra)) delete env[k];
  return env;
}

export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: cleanEnv(env) }).trim();
}

/** Commit everything; with `date`, as author and committer date (so the dates are known). */
export function commitAll(cwd: string, message: string, date?: string): void {
  git(cwd, ['add', '-A']);
  git(
    cwd,
    [
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.invalid',
      '-c',
      'commit.gpgsign=false',
    ].concat(['commit', '-q', '-m', message]),
    date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {},
  );
}
