/**
 * Property-based hostile input for the whole build (scripts/build.ts), a handful of runs since
 * each one is a real build: the output folder already holds a previous site (a marker), and the
 * build must either replace it with a complete new site, or stop with exactly the checker's
 * located report, no stack trace, the previous site byte for byte as it was, and no scratch
 * folder of its own left in .build-tmp/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateDataset } from '../../src/lib/data/validate-dataset.ts';
import { formatReport } from '../../src/lib/data/issues.ts';
import { resolveDataDir } from '../../src/lib/data/read-data-dir.ts';
import { REPO } from '../helpers/fixtures.ts';
import {
  BASE,
  applyMutations,
  applyPreserving,
  hostileMutations,
  preservingMutation,
  type Files,
  type Mutation,
  type Preserving,
} from './mutations.ts';

const SEED = Number(process.env.PROPERTY_SEED ?? 20261123);

/** Every file under `dir` with a hash of its bytes, and every folder. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const p = path.join(rel, entry.name);
      if (entry.isDirectory()) {
        out[`${p}/`] = 'dir';
        walk(p);
      } else
        out[p] = createHash('sha256')
          .update(readFileSync(path.join(dir, p)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

/** scripts/build.ts, as test/helpers/build.ts runs it, but also telling the process id. */
function build(dataDir: string, outDir: string) {
  const run = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: REPO,
    env: { ...process.env, PLAN_DATA_DIR: dataDir, PLAN_OUT_DIR: outDir },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { code: run.status, err: run.stderr, pid: run.pid, signal: run.signal };
}

type Case = { tag: 'preserving'; edits: Preserving[] } | { tag: 'hostile'; edits: Mutation[] };

const cases: fc.Arbitrary<Case> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      tag: fc.constant('preserving' as const),
      edits: fc.array(preservingMutation, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ tag: fc.constant('hostile' as const), edits: hostileMutations }),
  },
);

function filesOf(c: Case): Files {
  return c.tag === 'preserving'
    ? c.edits.reduce<Files>((f, m) => applyPreserving(f, m), { ...BASE })
    : applyMutations(BASE, c.edits);
}

describe('property: the build on hostile data', () => {
  let n = 0;
  let scratch = '';
  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'plan-property-build-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('the build either swaps in a complete site or fails with located messages and leaves the old one untouched', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const run = n++;
        const dataDir = path.join(scratch, `data-${run}`);
        const outDir = path.join(scratch, `out-${run}`);
        mkdirSync(dataDir);
        mkdirSync(path.join(outDir, 'nested'), { recursive: true });
        const files = filesOf(c);
        for (const [name, bytes] of Object.entries(files))
          writeFileSync(path.join(dataDir, name), bytes);
        writeFileSync(path.join(outDir, 'marker.txt'), `previous build ${run}\n`);
        writeFileSync(path.join(outDir, 'index.html'), '<p>previous good build</p>');
        writeFileSync(path.join(outDir, 'nested', 'page.html'), '<p>nested</p>');
        const before = snapshot(outDir);

        const r = build(dataDir, outDir);
        try {
          expect(r.signal, 'the build was killed (timeout)').toBeNull();
          expect([0, 1]).toContain(r.code);
          expect(r.err).not.toMatch(/\n\s+at /);
          for (const leftover of [`dist-${r.pid}`, `old-${r.pid}`])
            expect(existsSync(path.join(REPO, '.build-tmp', leftover)), leftover).toBe(false);

          const checked = validateDataset(files, {
            dir: resolveDataDir({ PLAN_DATA_DIR: dataDir }, REPO).shown,
          });
          if (r.code === 0) {
            expect(checked.ok).toBe(true);
            expect(existsSync(path.join(outDir, 'marker.txt'))).toBe(false);
            expect(existsSync(path.join(outDir, 'nested'))).toBe(false);
            for (const page of ['index.html', 'en/index.html', 'api/summary.json', 'pagefind'])
              expect(existsSync(path.join(outDir, page)), page).toBe(true);
            expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('<html');
            expect(
              JSON.parse(readFileSync(path.join(outDir, 'api/summary.json'), 'utf8')),
            ).toBeTypeOf('object');
          } else {
            // Refused by the data check, before Astro ran, with exactly the checker's report.
            expect(checked.ok, r.err).toBe(false);
            if (!checked.ok) expect(r.err).toContain(formatReport(checked.issues));
            expect(r.err).toContain('没有被改动');
            expect(snapshot(outDir)).toEqual(before);
          }
          if (c.tag === 'preserving') expect(r.code, r.err).toBe(0);
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
          rmSync(outDir, { recursive: true, force: true });
        }
      }),
      {
        seed: SEED,
        numRuns: 6,
        // Two runs always take the success path: what a spreadsheet reads the same must build.
        examples: [
          [
            {
              tag: 'preserving',
              edits: [
                { kind: 'lineEndings', file: 'observations.csv', endings: ['\r\n', '\n', '\r'] },
                { kind: 'bom', file: 'indicators.csv' },
              ],
            },
          ],
          [
            {
              tag: 'preserving',
              edits: [
                { kind: 'quoteCells', file: 'milestones.csv', cells: [0, 5, 17, 40] },
                { kind: 'padCells', file: 'key-items.csv', cells: [1, 9], pad: '\u3000' },
                { kind: 'blankLines', file: 'platforms.csv', at: 1, count: 2 },
              ],
            },
          ],
        ],
      },
    );
  }, 300_000);
});
