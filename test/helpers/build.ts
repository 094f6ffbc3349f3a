/** Run the real build (scripts/build.ts) with a data directory and an output directory. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO } from './fixtures.ts';

/**
 * Build with `dataDir` (resolved against `cwd`) into `outDir`. `cwd` is this repository unless a
 * project copy is given (test/helpers/project-copy.ts): a copy built from its own `data/` is an
 * official build, exactly as the agency's CI builds the real data.
 */
export function runBuild(
  dataDir: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
  cwd: string = REPO,
) {
  const run = spawnSync(process.execPath, [path.join(cwd, 'scripts/build.ts')], {
    cwd,
    env: { ...process.env, PLAN_DATA_DIR: dataDir, PLAN_OUT_DIR: outDir, ...extraEnv },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

/**
 * An official build: the project copy's own data/ (test/helpers/project-copy.ts), as the agency's
 * CI builds the real data — never this repository's data/.
 */
export function runOfficialBuild(
  projectDir: string,
  outDir: string,
  extraEnv: Record<string, string> = {},
) {
  return runBuild(path.join(projectDir, 'data'), outDir, extraEnv, projectDir);
}
