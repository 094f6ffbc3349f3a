// PNG workers (png-workers.ts) never keep a process from ending, however few PNGs it drew.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO } from './helpers/fixtures.ts';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'plan-png-workers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const workers = pathToFileURL(path.join(REPO, 'src/lib/charts/png-workers.ts')).href;

/** A Node process that draws `count` PNGs on the workers and prints their sizes. */
function drawIn(count: number) {
  const script = `
import { renderPngOnWorker } from ${JSON.stringify(workers)};
const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#c00"/></svg>';
const pngs = await Promise.all(Array.from({ length: ${count} }, () => renderPngOnWorker(svg, {})));
console.log(pngs.map((p) => p.length > 0).join(','));
`;
  const file = path.join(scratch, `draw-${count}.mjs`);
  writeFileSync(file, script);
  return spawnSync(process.execPath, [file], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('PNG workers', () => {
  it.each([1, os.availableParallelism() + 1])(
    'a process that drew %i PNG(s) ends by itself (an idle worker holds nothing open)',
    (count) => {
      const r = drawIn(count);
      expect(r.error, 'the process did not end within 30 s').toBeUndefined();
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(Array(count).fill('true').join(','));
    },
  );
});
