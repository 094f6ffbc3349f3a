/** Fixture data sets: test/fixtures/valid/ plus an overlay folder holding only what differs. */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const REPO = path.resolve(import.meta.dirname, '../..');

function csvFiles(dir: string): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir))
    if (name.endsWith('.csv')) out[name] = new Uint8Array(readFileSync(path.join(dir, name)));
  return out;
}

/** The bytes of valid/ with the overlay folder's files laid over it (and `_remove.txt` applied). */
export function overlayFiles(overlay?: string): Record<string, Uint8Array> {
  const files = csvFiles(path.join(FIXTURES, 'valid'));
  if (!overlay) return files;
  const dir = path.join(FIXTURES, overlay);
  Object.assign(files, csvFiles(dir));
  const remove = path.join(dir, '_remove.txt');
  if (existsSync(remove))
    for (const name of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) delete files[name];
  return files;
}

/** The overlay written out as a real directory, for the command-line and build tests. */
export function materialise(overlay?: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'plan-data-'));
  for (const [name, bytes] of Object.entries(overlayFiles(overlay)))
    writeFileSync(path.join(dir, name), bytes);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function defectNames(): string[] {
  return readdirSync(path.join(FIXTURES, 'invalid')).sort();
}
