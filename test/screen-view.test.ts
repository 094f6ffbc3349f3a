// The wall display's numbers (src/lib/screen-view.ts), on the sample data set whose statuses are
// computed by hand in test/fixtures/sample/README.md.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';
import { readDataDir } from '../src/lib/data/read-data-dir.ts';
import { formatReport } from '../src/lib/data/issues.ts';
import { assessDataset, summarize } from '../src/lib/assessments.ts';
import { screenView } from '../src/lib/screen-view.ts';
import { FIXTURES } from './helpers/fixtures.ts';

async function sample() {
  const result = validateDataset((await readDataDir(path.join(FIXTURES, 'sample'))) ?? {});
  if (!result.ok) throw new Error(formatReport(result.issues));
  const data = result.data;
  const assessed = assessDataset(data);
  return { data, assessed, summary: summarize(data, assessed) };
}

describe('wall display view', () => {
  it('screen-view: time elapsed is the latest year with figures against the plan (2027: 2 of 5 years)', async () => {
    const v = screenView(await sample(), 'zh');
    expect(v.time).toEqual({ n: 2, N: 5, percent: 40 });
  });

  it('screen-view: lagging targets carry their units, the binding one first (I07), then the worst', async () => {
    const v = screenView(await sample(), 'en');
    expect(v.lagging[0]!.view.id).toBe('I07');
    const i15 = v.lagging.find((l) => l.view.id === 'I15')!;
    // README: I15 level ≥800, B 566, 2027 610 → E 659.6, behind.
    expect(i15.current).toEqual({ value: '610', unit: 'inspectors' });
    expect(i15.expected).toEqual({ value: '659.6', unit: 'inspectors' });
    expect(
      v.lagging.map((l) => l.view.status).every((s) => s === 'behind' || s === 'at-risk'),
    ).toBe(true);
  });

  it('screen-view: a change shows the figure before and after, with its unit', async () => {
    const v = screenView(await sample(), 'zh');
    expect(v.previousYear).toBe(2026);
    // README: I02 2026 205 (ahead of E 202), 2027 212 ≥ 210 → achieved.
    const i02 = v.changes.find((c) => c.view.id === 'I02')!;
    expect(i02.before).toBe('ahead');
    expect(i02.after).toBe('achieved');
    expect(i02.beforeValue).toEqual({ value: '205', unit: '批次/年' });
    expect(i02.afterValue).toEqual({ value: '212', unit: '批次/年' });
  });

  it('screen-view: the platform panel lists every capability, in English on the English wall', async () => {
    const input = await sample();
    const v = screenView(input, 'en');
    expect(v.platforms.flatMap((p) => p.capabilities)).toHaveLength(input.data.capabilities.length);
    const tcm = v.platforms.find((p) => p.id === 'tcm')!;
    expect(tcm.name).toMatch(/^[\x20-\x7e]+$/);
    expect(tcm.capabilities.every((c) => /^[\x20-\x7e]+$/.test(`${c.name}${c.label}`))).toBe(true);
  });
});
