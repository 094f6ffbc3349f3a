/** Where the benchmark works and how it reports progress. */
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BENCH = path.join(ROOT, '.bench');
export const log = (line: string) => console.error(`[bench] ${line}`);
export const rel = (p: string) => path.relative(ROOT, p);
