/**
 * A long data history (for `npm run bench:revisions` and the revisions test), written in one
 * `git fast-import`: seconds, not minutes. `base` is a data directory with the ids T01–T03, TM01
 * (test/fixtures/valid).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** `n` commits, one a week, each adding or revising a figure: written by git fast-import. */
export function syntheticHistory(repo: string, n: number, base: string) {
  const env = { ...process.env };
  for (const k of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[k];
  const files = ['plan.csv', 'indicators.csv', 'programmes.csv', 'milestones.csv', 'platforms.csv']
    .concat(['platform-capabilities.csv', 'key-items.csv', 'status-thresholds.csv'])
    .map((f) => [f, readFileSync(path.join(base, f), 'utf8')] as const);
  const header = readFileSync(path.join(base, 'observations.csv'), 'utf8').split('\n')[0];
  const rows: string[] = [];
  const chunks: string[] = [];
  const blob = (p: string, text: string) =>
    `M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  const ids = ['T01', 'T02', 'T03', 'TM01'];
  for (let k = 0; k < n; k++) {
    // Four of five commits publish a new figure; every fifth revises the newest one to final.
    const last = rows.at(-1);
    if (k % 5 === 4 && last)
      rows[rows.length - 1] = last.replace(/,(\d+),provisional,/, ',$1,final,');
    else {
      const year = 1990 + Math.floor(rows.length / ids.length);
      rows.push(
        `${ids[rows.length % ids.length]},${year},${1000 + k},provisional,${year + 1}-01-15,,,`,
      );
    }
    const when = 1_767_225_600 + k * 7 * 86_400; // 2026-01-01 + k weeks
    const text = `${header}\n${rows.join('\n')}\n`;
    chunks.push(
      `commit refs/heads/main\ncommitter t <t@example.invalid> ${when} +0800\ndata 2\nc\n`,
      ...(k === 0 ? files.map(([f, t]) => blob(`data/${f}`, t)) : []),
      blob('data/observations.csv', text),
      '\n',
    );
  }
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo,
    input: chunks.join(''),
    env,
  });
}
