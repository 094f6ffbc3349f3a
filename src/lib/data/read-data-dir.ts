/** Node-side I/O for the loader: which data directory, and the bytes of its CSV files. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/** The data directory: $PLAN_DATA_DIR, default `data`, resolved against `cwd`. */
export function resolveDataDir(env: Record<string, string | undefined>, cwd: string) {
  const given = env.PLAN_DATA_DIR && env.PLAN_DATA_DIR.trim() !== '' ? env.PLAN_DATA_DIR : 'data';
  const absolute = path.resolve(cwd, given);
  const shown = path.relative(cwd, absolute) || '.';
  return { absolute, shown: shown.split(path.sep).join('/') };
}

/** Read every .csv file directly inside `dir`. Returns null if the directory doesn't exist. */
export async function readDataDir(dir: string): Promise<Record<string, Uint8Array> | null> {
  try {
    if (!(await stat(dir)).isDirectory()) return null;
  } catch {
    return null;
  }
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.csv')).sort();
  const files: Record<string, Uint8Array> = {};
  for (const name of names) files[name] = new Uint8Array(await readFile(path.join(dir, name)));
  return files;
}
