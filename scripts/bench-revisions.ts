/**
 * `npm run bench:revisions [-- --commits 500]`: how long the build's revision history takes on a
 * long synthetic data history (one commit a week: 500 ≈ ten years). Prints commits, figures and
 * the time of loadRevisions (git log + batched reads + computing), best of three runs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadRevisions } from '../src/lib/revisions-git.ts';
import { syntheticHistory } from './lib/synthetic-history.ts';

const { values } = parseArgs({ options: { commits: { type: 'string' } } });
const n = Number(values.commits ?? 500);
const repo = mkdtempSync(path.join(tmpdir(), 'bench-revisions-'));
try {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo });
  syntheticHistory(repo, n, path.resolve('test/fixtures/valid'));
  const times: number[] = [];
  let figures = 0;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    figures = loadRevisions(repo, path.join(repo, 'data')).figures.length;
    times.push(performance.now() - t);
  }
  console.log(
    `loadRevisions: ${n} commits, ${figures} figures: best ${Math.min(...times).toFixed(0)} ms (runs: ${times.map((x) => x.toFixed(0)).join(', ')} ms)`,
  );
} finally {
  rmSync(repo, { recursive: true, force: true });
}
