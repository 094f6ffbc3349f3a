import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { validateDataset, loadDataset } from '../src/lib/data/validate-dataset.ts';
import { DataValidationError, formatReport } from '../src/lib/data/issues.ts';
import { readDataDir } from '../src/lib/data/read-data-dir.ts';
import { defectNames, FIXTURES, overlayFiles } from './helpers/fixtures.ts';

describe('validateDataset: the valid fixture', () => {
  it('validateDataset: accepts the valid fixture and types every column', () => {
    const result = validateDataset(overlayFiles());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const t01 = result.data.indicators[0];
    expect(t01).toMatchObject({
      id: 'T01',
      seq: 1,
      baseline_value: 3500,
      binding: false,
      target_max: null,
    });
    expect(result.data.observations.find((o) => o.measure_id === 'T02')?.status).toBe(
      'provisional',
    );
    expect(result.counts['milestones.csv']).toBe(3);
  });
});

describe('validateDataset: what Excel and WPS write is accepted', () => {
  it('validateDataset: BOM, CRLF, trailing blank lines, full-width digits, 3,800, %, TRUE and 2026/3/5 dates are normalised', () => {
    const result = validateDataset(overlayFiles('accepted/excel-realities'));
    if (!result.ok) throw new Error(formatReport(result.issues));
    const t01 = result.data.indicators.find((i) => i.id === 'T01');
    expect(t01?.baseline_value).toBe(3500); // ３５００
    expect(t01?.target_value).toBe(3800); // "3,800"
    const t03 = result.data.indicators.find((i) => i.id === 'T03');
    expect(t03?.binding).toBe(true); // TRUE
    expect(t03?.target_value).toBe(100); // 100%
    const o = result.data.observations.find((x) => x.measure_id === 'T03');
    expect(o?.value).toBe(99.5); // ９９．５％
    expect(o?.as_of).toBe('2027-02-01'); // 2027年2月1日
    expect(result.data.observations.find((x) => x.source_url)?.as_of).toBe('2027-02-01'); // 2027/2/1
    expect(result.data.plan.id).toBe('test-plan');
  });
});

describe('validateDataset: optional columns and what the plan leaves unsaid', () => {
  it('validateDataset: a milestones.csv without the optional lead_zh column reads lead_zh as blank', () => {
    const result = validateDataset(overlayFiles());
    if (!result.ok) throw new Error(formatReport(result.issues));
    expect(result.data.milestones.map((m) => m.lead_zh)).toEqual([null, null, null]);
  });

  it('validateDataset: lead_zh is read where present; a zero-count target may leave its unit blank', () => {
    const result = validateDataset(overlayFiles('accepted/zero-count-without-unit'));
    if (!result.ok) throw new Error(formatReport(result.issues));
    const byId = new Map(result.data.milestones.map((m) => [m.id, m]));
    expect(byId.get('TM01')?.lead_zh).toBe('测试检验中心');
    expect(byId.get('TM02')?.lead_zh).toBeNull();
    expect(byId.get('TM04')).toMatchObject({ unit_zh: null, target_value: 0, comparator: '<=' });
  });
});

describe('validateDataset: who reports what, by when', () => {
  it('validateDataset: owner_zh/owner_en/report_due are optional; present, MM-DD is read as Excel writes it', () => {
    const absent = validateDataset(overlayFiles('accepted/excel-realities'));
    if (!absent.ok) throw new Error(formatReport(absent.issues));
    expect(absent.data.plan.report_due).toBeNull();
    expect(absent.data.indicators[0]).toMatchObject({
      owner_zh: null,
      owner_en: null,
      report_due: null,
    });
    const result = validateDataset(overlayFiles('accepted/owners-and-due-dates'));
    if (!result.ok) throw new Error(formatReport(result.issues));
    expect(result.data.plan.report_due).toBe('03-31');
    expect(result.data.indicators.map((i) => [i.owner_zh, i.owner_en, i.report_due])).toEqual([
      ['测试处', 'Test Division', '06-30'],
      ['测试中心', null, null],
      [null, null, null],
    ]);
    expect(result.data.milestones[0]).toMatchObject({ owner_zh: '测试处', report_due: '04-15' });
  });
});

describe('validateDataset: one fixture per defect, message locked in expected.txt', () => {
  it.each(defectNames())(
    'validateDataset: rejects %s with a located Chinese message',
    async (defect) => {
      const result = validateDataset(overlayFiles(`invalid/${defect}`));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      for (const issue of result.issues) {
        expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
        expect(issue.fix).toMatch(/[\u4e00-\u9fff]/);
        expect(issue.file).toMatch(/^data\/[\w-]+\.csv$/);
      }
      await expect(formatReport(result.issues)).toMatchFileSnapshot(
        path.join(FIXTURES, 'invalid', defect, 'expected.txt'),
      );
    },
  );

  it('validateDataset: reports every problem in every file in one run', () => {
    const result = validateDataset(overlayFiles('invalid/many-errors'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const where = result.issues.map((i) => `${i.file}:${i.line}:${i.column}`);
    expect(where).toEqual([
      'data/indicators.csv:2:8',
      'data/indicators.csv:3:3',
      'data/observations.csv:6:1',
      'data/key-items.csv:3:10',
      'data/key-items.csv:3:11',
    ]);
  });

  it('validateDataset: line numbers are the rows Excel shows, even after a multi-line cell', () => {
    const files = overlayFiles();
    const text = new TextDecoder().decode(files['programmes.csv']);
    files['programmes.csv'] = new TextEncoder().encode(
      text
        .replace('测试专栏摘要。,Test summary.,测试局', '"第一段\n第二段",Test summary.,测试局')
        .replace(',reform,', ',改革,'),
    );
    const result = validateDataset(files);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.line, i.field])).toEqual([[3, 'kind']]);
  });

  it('loadDataset: throws one DataValidationError carrying every issue', () => {
    expect(() => loadDataset(overlayFiles('invalid/many-errors'))).toThrow(DataValidationError);
    try {
      loadDataset(overlayFiles('invalid/many-errors'));
    } catch (e) {
      expect((e as DataValidationError).issues).toHaveLength(5);
    }
  });
});

describe('validateDataset: the plan as printed', () => {
  it('validateDataset: the plan as printed is valid and holds the 20 indicators of 专栏1', async () => {
    const files = await readDataDir(path.join(FIXTURES, 'plan-as-printed'));
    const result = validateDataset(files ?? {});
    if (!result.ok) throw new Error(formatReport(result.issues));
    expect(result.data.plan.status).toBe('draft');
    expect(result.data.indicators.map((i) => i.seq)).toEqual(
      Array.from({ length: 20 }, (_, k) => k + 1),
    );
    expect(result.data.indicators.filter((i) => i.binding).map((i) => i.id)).toEqual(['I07']);
    expect(result.data.programmes.map((p) => p.column_no)).toEqual([
      2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
    expect(result.data.platforms).toHaveLength(6);
  });
});
