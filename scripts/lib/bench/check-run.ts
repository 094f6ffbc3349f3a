/** check:data on a large synthetic data set: the whole command, and validateDataset() in process. */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticDataset, type SyntheticOptions } from '../synthetic-data.ts';
import { readDataDir } from '../../../src/lib/data/read-data-dir.ts';
import { validateDataset } from '../../../src/lib/data/validate-dataset.ts';
import { BENCH, ROOT, log, rel } from './context.ts';
import { childrenCpuSeconds } from './proc.ts';
import { mb } from './format.ts';

export interface CheckRun {
  rows: number;
  fileBytes: number;
  ok: boolean;
  wallS: number;
  cpuS: number | null;
  /** validateDataset() in this process: first run and best of three, seconds. */
  inProcessFirstS: number;
  inProcessBestS: number;
  readS: number;
}

export async function timeCheck(rows: number, keep: boolean): Promise<CheckRun> {
  const dir = path.join(BENCH, `data-check-${rows}`);
  // 10 years per measure: enough quantity milestones to carry the rows the indicators can't.
  const opts: SyntheticOptions = {
    counts: { observations: rows, milestones: Math.max(11_500, Math.ceil(rows / 8)) },
    quantityShare: 0.9,
  };
  writeDataSet(dir, syntheticDataset(100, opts));
  const fileBytes = statSync(path.join(dir, 'observations.csv')).size;
  log(`check:data on ${rows} observation rows (${rel(dir)}/, observations.csv ${mb(fileBytes)})`);
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ['scripts/check-data.ts'], {
      cwd: ROOT,
      env: { ...process.env, PLAN_DATA_DIR: rel(dir) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', resolve);
  });
  const wallS = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  const readStart = performance.now();
  const files = (await readDataDir(dir)) ?? {};
  const readS = (performance.now() - readStart) / 1000;
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const result = validateDataset(files, { dir: rel(dir) });
    times.push((performance.now() - t) / 1000);
    if (!result.ok) throw new Error(`synthetic check set is invalid: ${result.issues[0]?.message}`);
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
  return {
    rows,
    fileBytes,
    ok: code === 0,
    wallS,
    cpuS: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
    inProcessFirstS: times[0]!,
    inProcessBestS: Math.min(...times),
    readS,
  };
}

/** A synthetic data set written to `dir` (emptied first). */
export function writeDataSet(dir: string, files: Record<string, string>) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
}
