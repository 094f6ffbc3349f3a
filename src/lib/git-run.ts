/**
 * The one way src/lib runs git: runGit reports failures as a GitError naming the cause, gitQuiet
 * gives '' instead (for optional reads: a build outside git has no dates, never an error). The
 * child's environment is the build context's.
 */
import { execFileSync } from 'node:child_process';
import { buildContext } from './build-context.ts';

export type GitErrorCode = 'no-git' | 'not-a-repo' | 'outside-repo' | 'other';

/** A git command failed: not a repository, an unknown revision, no git at all. */
export class GitError extends Error {
  readonly code: GitErrorCode;
  constructor(message: string, code: GitErrorCode = 'other') {
    super(message);
    this.name = 'GitError';
    this.code = code;
  }
}

/**
 * The one git runner: `git args` in `cwd`, its stdout; a GitError naming the cause when git is
 * missing or the command fails. Never prompts for credentials, never opens a pager, and reads the
 * same whatever the user's configuration.
 */
export function runGit(cwd: string, args: string[], input?: string): Buffer {
  try {
    return execFileSync('git', args, {
      cwd,
      input,
      maxBuffer: 1 << 30,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...buildContext().env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
    });
  } catch (error) {
    const e = error as { code?: string; stderr?: Buffer | string };
    if (e.code === 'ENOENT')
      throw new GitError('找不到 git 命令 (en: git is not installed)', 'no-git');
    const stderr = String(e.stderr ?? '').trim();
    const first = stderr.split('\n').find((l) => l.trim() !== '') ?? 'git failed';
    throw new GitError(
      first.replace(/^(fatal|error): /, ''),
      /not a git repository/i.test(stderr) ? 'not-a-repo' : 'other',
    );
  }
}

/** runGit's output as trimmed text, or '' when git is missing or fails (dates, HEAD: optional). */
export function gitQuiet(args: string[], cwd: string): string {
  try {
    return runGit(cwd, args).toString('utf8').trim();
  } catch {
    return '';
  }
}
