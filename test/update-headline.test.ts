import { describe, expect, it } from 'vitest';
import { updateHeadline } from '../src/lib/update-headline.ts';
import type { DataDiff, FileDiff } from '../src/lib/data-diff.ts';
import type { MeasureChange } from '../src/lib/diff-measures.ts';

const file = (name: string, label: string, changed = 1): FileDiff => ({
  file: name,
  label_zh: label,
  key: ['id'],
  added: [],
  removed: [],
  changed: Array.from({ length: changed }, (_, k) => ({
    key: String(k),
    label: null,
    value: null,
    fields: [{ field: 'status', from: 'a', to: 'b' }],
  })),
});
const measure = (
  id: string,
  name: string,
  kind: 'added' | 'revised',
  year: number,
): MeasureChange => ({
  id,
  name,
  unit: null,
  figures: [{ year, kind, from: null, to: { value: 1, status: 'final' } }],
});
const diff = (d: Partial<DataDiff>): DataDiff =>
  ({ files: [], statuses: [], measures: [], ...d }) as DataDiff;

describe('update headlines', () => {
  it('update-headline: says which figures were filled in, for which year, and names them', () => {
    const d = diff({
      files: [file('observations.csv', '年度数据', 2)],
      measures: [
        measure('I01', '药品抽检数量', 'added', 2027),
        measure('I05', '医疗器械不良事件报告数', 'added', 2027),
      ],
    });
    expect(updateHeadline(d, false, 'zh')).toBe(
      '填报2027年数据 2 项（药品抽检数量、医疗器械不良事件报告数）',
    );
    expect(updateHeadline(d, false, 'en')).toBe('2027 figures added for 2 measures (I01, I05)');
  });

  it('update-headline: revisions, status changes and other files each get their part', () => {
    const d = diff({
      files: [file('observations.csv', '年度数据'), file('milestones.csv', '专栏目标与成果')],
      measures: [measure('I04', '药品不良反应报告数', 'revised', 2026)],
      statuses: [
        { kind: 'indicator', id: 'I04', name: 'x', from: 'on-track', to: 'at-risk' },
      ] as DataDiff['statuses'],
    });
    expect(updateHeadline(d, false, 'zh')).toBe(
      '修订2026年数据 1 项（药品不良反应报告数）；1 项进度状态变化；修改 专栏目标与成果',
    );
  });

  it('update-headline: more than three measures are cut to three and “等”', () => {
    const d = diff({
      measures: ['I01', 'I02', 'I03', 'I04'].map((id) => measure(id, id, 'added', 2026)),
    });
    expect(updateHeadline(d, false, 'zh')).toBe('填报2026年数据 4 项（I01、I02、I03等）');
  });

  it('update-headline: the first commit and a change without substance say so', () => {
    expect(updateHeadline(diff({}), true, 'zh')).toBe('首次提交数据');
    expect(updateHeadline(diff({}), false, 'en')).toBe('No data changes');
  });
});
