/**
 * Whole-site checks on real builds of the sample data set: two clean builds of the same commit are
 * byte-identical (even in another time zone), no internal link or anchor is broken, and nothing in
 * the output looks like personal data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES } from './helpers/fixtures.ts';
import { runBuild } from './helpers/build.ts';
import { listFiles, readSiteTextFiles } from '../scripts/lib/site-files.ts';
import { checkLinks } from '../scripts/lib/link-check.ts';
import { scanForPersonalData } from '../src/lib/privacy-scan.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'plan-integrity-'));
const first = path.join(scratch, 'first');
const second = path.join(scratch, 'second');
const sample = path.join(FIXTURES, 'sample');

beforeAll(() => {
  for (const [out, tz] of [
    [first, 'Asia/Shanghai'],
    [second, 'America/Los_Angeles'],
  ] as const) {
    const r = runBuild(sample, out, { TZ: tz });
    if (r.code !== 0) throw new Error(`build into ${out} failed:\n${r.err}`);
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const digest = (dir: string, file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(dir, file)))
    .digest('hex');

describe('reproducible build', () => {
  it('build: two clean builds of the same data (Shanghai and Los Angeles time) are byte-identical', () => {
    const files = listFiles(first);
    expect(files.length).toBeGreaterThan(200);
    expect(listFiles(second)).toEqual(files);
    const differing = files.filter((f) => digest(first, f) !== digest(second, f));
    expect(differing).toEqual([]);
  });
});

describe('links', () => {
  it('build: no internal link, asset, form target or #anchor of any page (or the sitemap) is broken', () => {
    const files = listFiles(first);
    const documents = new Map(
      files
        .filter((f) => /\.(html|xml)$/.test(f))
        .map((f) => [f, readFileSync(path.join(first, f), 'utf8')]),
    );
    expect(documents.size).toBeGreaterThan(100);
    const problems = checkLinks(
      { paths: new Set(files), documents },
      { origin: 'https://example.invalid' },
    );
    expect(problems.map((p) => `${p.page}: ${p.link} — ${p.problem}`)).toEqual([]);
  });
});

describe('privacy', () => {
  it('build: no page, download or script of the built site holds a mobile number, e-mail or ID number', () => {
    expect(scanForPersonalData(readSiteTextFiles(first), [])).toEqual([]);
  });
});
