/** Run the real build (scripts/build.ts) with a data directory and an output directory. */
import { spawnSync } from 'node:child_process';
import { REPO } from './fixtures.ts';

export function runBuild(dataDir: string, outDir: string, extraEnv: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: REPO,
    env: { ...process.env, PLAN_DATA_DIR: dataDir, PLAN_OUT_DIR: outDir, ...extraEnv },
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
