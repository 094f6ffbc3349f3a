import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { FIXTURES, materialise, REPO } from './helpers/fixtures.ts';
import { copyProject } from './helpers/project-copy.ts';

function checkData(dataDir?: string, cwd = REPO) {
  const env = { ...process.env };
  if (dataDir) env.PLAN_DATA_DIR = dataDir;
  else delete env.PLAN_DATA_DIR;
  const run = spawnSync(process.execPath, [path.join(cwd, 'scripts/check-data.ts')], {
    cwd,
    env,
    encoding: 'utf8',
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('npm run check:data', () => {
  it('check:data: passes on data/ (a project copy holding the plan as printed) and prints the rows it read per file', () => {
    // The default data directory, in a copy: this repository's data/ changes with every steward PR.
    const project = copyProject({ data: path.join(FIXTURES, 'plan-as-printed') });
    cleanups.push(project.cleanup);
    const r = checkData(undefined, project.dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain('数据检查通过：data/');
    expect(r.out).toMatch(/indicators\.csv\s+20 行/);
    expect(r.out).toMatch(/programmes\.csv\s+11 行/);
    expect(r.err).toBe('');
  });

  it('check:data: fails with every located problem in Chinese and no stack trace', () => {
    const fixture = materialise('invalid/many-errors');
    cleanups.push(fixture.cleanup);
    const r = checkData(fixture.dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('共 5 个问题');
    expect(r.err).toContain('indicators.csv:2:8（第 2 行，H 列，baseline_value）');
    expect(r.err).toContain('改法：');
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack frames
    expect(r.err).not.toContain('Error:');
  });

  it('check:data: a missing data directory is a clear error, not a crash', () => {
    const r = checkData('no/such/dir');
    expect(r.code).toBe(1);
    expect(r.err).toContain('数据目录 no/such/dir/ 不存在');
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});
