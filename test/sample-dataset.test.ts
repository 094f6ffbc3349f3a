import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';
import { readDataDir } from '../src/lib/data/read-data-dir.ts';
import { formatReport } from '../src/lib/data/issues.ts';
import { assessDataset, summarize } from '../src/lib/assessments.ts';
import { FIXTURES } from './helpers/fixtures.ts';

const SAMPLE = path.join(FIXTURES, 'sample');

async function load(dir: string) {
  const result = validateDataset((await readDataDir(dir)) ?? {});
  if (!result.ok) throw new Error(formatReport(result.issues));
  return result.data;
}

describe('sample data set', () => {
  it('assessDataset: the sample gives the statuses computed by hand in its README', async () => {
    const assessed = assessDataset(await load(SAMPLE));
    const status = (id: string) => assessed.indicators.get(id)?.assessment.status;
    expect({
      I01: status('I01'),
      I02: status('I02'),
      I03: status('I03'),
      I04: status('I04'),
      I05: status('I05'),
      I06: status('I06'),
      I07: status('I07'),
      I08: status('I08'),
      I09: status('I09'),
      I10: status('I10'),
      I13: status('I13'),
      I14: status('I14'),
      I15: status('I15'),
      I16: status('I16'),
      I17: status('I17'),
      I19: status('I19'),
      I20: status('I20'),
    }).toEqual({
      I01: 'ahead',
      I02: 'achieved',
      I03: 'on-track',
      I04: 'at-risk',
      I05: 'behind',
      I06: 'behind',
      I07: 'behind',
      I08: 'not-assessable',
      I09: 'on-track',
      I10: 'no-data',
      I13: 'at-risk',
      I14: 'ahead',
      I15: 'behind',
      I16: 'ahead',
      I17: 'on-track',
      I19: 'behind',
      I20: 'achieved',
    });
    // I07: (5 × 100 − 199.2) ÷ 3 = 100.2667 > 100 → can no longer be met
    expect(assessed.indicators.get('I07')?.assessment.requiredMean).toBeCloseTo(100.2667, 4);
    expect(assessed.milestones.get('M06-11')?.assessment.status).toBe('ahead');
  });

  it('assessDataset: the 2026 report sees only 2026 figures', async () => {
    const data = await load(SAMPLE);
    const y2026 = assessDataset(data, 2026);
    // I02 in 2026: C=205, E = 200 + 10·1/5 = 202, r = 5/2 = 2.5 → ahead (achieved only in 2027)
    expect(y2026.indicators.get('I02')?.assessment.status).toBe('ahead');
    // I08 has no 2026 figure
    expect(y2026.indicators.get('I08')?.assessment.status).toBe('no-data');
    expect(summarize(data, y2026).latest_year).toBe(2026);
  });

  it('summarize: every status but the final verdict’s missed occurs in the sample, binding apart', async () => {
    const data = await load(SAMPLE);
    const summary = summarize(data, assessDataset(data));
    for (const [status, count] of Object.entries(summary.indicators.by_status))
      if (status === 'missed') expect(count, status).toBe(0);
      else expect(count, status).toBeGreaterThan(0);
    expect(summary.indicators.binding).toEqual({
      total: 1,
      by_status: {
        achieved: 0,
        ahead: 0,
        'on-track': 0,
        'at-risk': 0,
        behind: 1,
        missed: 0,
        'not-assessable': 0,
        'no-data': 0,
      },
    });
    const p12 = summary.programmes.find((p) => p.id === 'P12');
    expect(p12?.deliverables.by_status.done).toBe(1);
  });

  it('assessDataset: the plan as printed shows no-data for every indicator until plan-period values arrive', async () => {
    const data = await load(path.join(FIXTURES, 'plan-as-printed'));
    const assessed = assessDataset(data);
    expect([...assessed.indicators.values()].every((a) => a.assessment.status === 'no-data')).toBe(
      true,
    );
  });
});
