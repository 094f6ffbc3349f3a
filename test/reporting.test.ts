import { describe, expect, it } from 'vitest';
import { validateDataset } from '../src/lib/data/validate-dataset.ts';
import { formatReport } from '../src/lib/data/issues.ts';
import { overlayFiles } from './helpers/fixtures.ts';
import { buildReporting, byOwner, dueDate, nextDue, reportState } from '../src/lib/reporting.ts';
import { futureDateWarnings } from '../src/lib/data/future-dates.ts';
import { runCheckData } from '../src/lib/data/check-command.ts';
import { FIXTURES } from './helpers/fixtures.ts';
import path from 'node:path';

function load(name: string) {
  const r = validateDataset(overlayFiles(name));
  if (!r.ok) throw new Error(formatReport(r.issues));
  return r.data;
}

describe('reportState and dueDate: hand-computed', () => {
  it('dueDate: the MM-DD of the following year; none without a due day', () => {
    expect(dueDate(2026, '03-31')).toBe('2027-03-31');
    expect(dueDate(2026, null)).toBeNull();
  });
  it('reportState: reported wins; overdue only strictly after the due date', () => {
    expect(reportState({ status: 'final' }, '2027-03-31', '2028-01-01')).toBe('final');
    expect(reportState({ status: 'provisional' }, '2027-03-31', '2028-01-01')).toBe('provisional');
    expect(reportState(undefined, '2027-03-31', '2027-03-31')).toBe('pending');
    expect(reportState(undefined, '2027-03-31', '2027-04-01')).toBe('overdue');
    expect(reportState(undefined, null, '2030-01-01')).toBe('undated');
    expect(reportState(undefined, '2027-03-31', null)).toBe('undated');
  });
});

describe('buildReporting on the owners-and-due-dates fixture', () => {
  // Plan-wide 03-31; T01 has its own 06-30, TM01 04-15. Observations: T01 2026 final, T02 2026
  // provisional, TM01 2026 final; T03 has none.
  const data = load('accepted/owners-and-due-dates');

  it('buildReporting: each plan year, indicators then quantity milestones, judged at the build date', () => {
    const r = buildReporting(data, '2027-05-01');
    expect(r.years.map((y) => y.year)).toEqual([2026, 2027, 2028, 2029, 2030]);
    const y2026 = r.years[0]!;
    expect(y2026.items.map((i) => [i.id, i.due, i.state])).toEqual([
      ['T01', '2027-06-30', 'final'],
      ['T02', '2027-03-31', 'provisional'],
      ['T03', '2027-03-31', 'overdue'],
      ['TM01', '2027-04-15', 'final'],
    ]);
    expect(r.years[1]!.counts).toMatchObject({ pending: 4, overdue: 0 });
    expect(r.overdue).toBe(1);
    expect(r.anyDueDate).toBe(true);
  });

  it('byOwner: named units in pinyin order (处 chù before 中心 zhōngxīn), the unnamed last', () => {
    const groups = byOwner(buildReporting(data, '2027-05-01').years[0]!.items);
    expect(groups.map(([o, items]) => [o, items.map((i) => i.id)])).toEqual([
      ['测试处', ['T01', 'TM01']],
      ['测试中心', ['T02']],
      [null, ['T03']],
    ]);
  });

  it('nextDue: the first plan year without a figure', () => {
    const r = buildReporting(data, '2027-05-01');
    expect(nextDue(r, 'T03')).toMatchObject({ year: 2026, state: 'overdue' });
    expect(nextDue(r, 'T01')).toMatchObject({ year: 2027, due: '2028-06-30', state: 'pending' });
  });

  it('buildReporting: with no due date anywhere nothing is overdue, only not reported', () => {
    const r = buildReporting(load('accepted/excel-realities'), '2035-01-01');
    expect(r.anyDueDate).toBe(false);
    expect(r.overdue).toBe(0);
    expect(r.years[4]!.counts.undated).toBe(r.years[4]!.items.length);
  });
});

describe('check:data warns about dates after the build date', () => {
  it('futureDateWarnings: as_of and done_on after the build date, located file:line:column', () => {
    const w = futureDateWarnings(overlayFiles('valid'), '2027-01-31');
    expect(w.map((x) => `${x.file}:${x.line}:${x.column}`)).toEqual([
      'data/observations.csv:3:5',
      'data/observations.csv:4:5',
      'data/observations.csv:5:5',
    ]);
    expect(w[0]?.message).toBe(
      '数据发布日期 as_of 是 2027-02-01，晚于网站的生成日期 2027-01-31，是将来的日子。',
    );
    expect(futureDateWarnings(overlayFiles('valid'), '2026-08-01').map((x) => x.field)).toContain(
      'done_on',
    );
  });

  it('runCheckData: a warning is printed, Chinese first, and the check still passes', async () => {
    const out: string[] = [];
    const code = await runCheckData({
      env: { PLAN_DATA_DIR: path.join(FIXTURES, 'valid') },
      cwd: FIXTURES,
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      buildDate: '2027-01-31',
    });
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('提示（不影响检查结果）：3 个日期晚于网站的生成日期 2027-01-31。');
    expect(text).toContain('valid/observations.csv:3:5（第 3 行，E 列，as_of）');
    expect(text.indexOf('问题：')).toBeLessThan(text.indexOf('en: as_of'));
  });
});
