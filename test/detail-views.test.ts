import { describe, expect, it } from 'vitest';
import { groupBy } from '../src/lib/views/group.ts';
import { assessmentFacts, figureText, indicatorPages } from '../src/lib/views/indicator-view.ts';
import {
  byDeliverableState,
  deliverableSegments,
  programmePages,
  sourceCell,
  titleIn,
} from '../src/lib/views/programme-view.ts';
import { capabilityNotes, capabilityRows, platformPages } from '../src/lib/views/platform-view.ts';
import { DETAIL } from '../src/i18n/detail.ts';
import { inLang, orChinese } from '../src/lib/views/lang-field.ts';
import type { Assessed } from '../src/lib/assessments.ts';
import type { Reporting } from '../src/lib/reporting.ts';
import type { Dataset } from '../src/lib/data/validate-dataset.ts';
import type { MilestoneRow, PlatformCapabilityRow, PlatformRow } from '../src/schemas/index.ts';

// Hand-made rows: only the columns the view builders read.
const obs = (measure_id: string, year: number) => ({ measure_id, year, value: year });
const data = {
  indicators: [{ id: 'I01' }, { id: 'I02' }, { id: 'I03' }],
  observations: [obs('I02', 2027), obs('I01', 2026), obs('I02', 2025), obs('I01', 2024)],
} as unknown as Dataset;
const reporting = {
  years: [
    {
      year: 2026,
      items: [
        { id: 'I01', state: 'final' },
        { id: 'I02', state: 'overdue' },
      ],
    },
    {
      year: 2027,
      items: [
        { id: 'I01', state: 'pending' },
        { id: 'I02', state: 'pending' },
      ],
    },
  ],
} as unknown as Reporting;

describe('groupBy', () => {
  it('one pass, groups in first-seen order, rows in their own order', () => {
    const g = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]!);
    expect([...g.entries()]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
  });
});

describe('indicator pages: each indicator its own slice, grouped once', () => {
  const figures = [
    { measure_id: 'I02', year: 2026, versions: [] },
    { measure_id: 'I01', year: 2026, versions: [] },
  ];
  const pages = indicatorPages(data, reporting, { figures });

  it('figures by indicator, oldest first; none for an indicator without figures', () => {
    expect(pages.map((p) => p.observations.map((o) => o.year))).toEqual([
      [2024, 2026],
      [2025, 2027],
      [],
    ]);
  });

  it('revision history and the next figure owed', () => {
    expect(pages.map((p) => p.history.length)).toEqual([1, 1, 0]);
    expect(pages.map((p) => p.next && `${p.next.id}:${p.next.state}`)).toEqual([
      'I01:pending',
      'I02:overdue',
      null,
    ]);
  });
});

describe('how the status was computed, as text', () => {
  it('numbers formatted, missing ones as —', () => {
    const a = {
      assessment: {
        currentValue: 1234.5,
        expectedValue: null,
        progressRatio: 0.956,
        requiredMean: 3,
        n: 2,
        N: 5,
      },
      byYear: { 2026: 'on-track', 2027: 'behind' },
    } as unknown as Assessed;
    expect(assessmentFacts(a)).toEqual({
      current: '1234.5',
      expected: '—',
      ratio: '0.96',
      mean: '3',
      n: 2,
      N: 5,
      byYear: [
        ['2026', 'on-track'],
        ['2027', 'behind'],
      ],
    });
  });

  it('without an assessment: dashes, no mean, no years', () => {
    expect(assessmentFacts(undefined)).toEqual({
      current: '—',
      expected: '—',
      ratio: '—',
      mean: null,
      n: '—',
      N: undefined,
      byYear: [],
    });
    expect(figureText(0)).toBe('0');
  });
});

const ms = (id: string, programme_id: string, status: string | null = null) =>
  ({ id, programme_id, status, title_zh: `目标${id}`, title_en: `Target ${id}` }) as MilestoneRow;

describe('programme pages', () => {
  const milestones = [ms('M1', 'P1'), ms('M2', 'P2'), ms('M3', 'P1')];
  const pages = programmePages(
    { programmes: [{ id: 'P1' }, { id: 'P2' }, { id: 'P3' }], milestones } as unknown as Dataset,
    {
      figures: [
        { measure_id: 'M3', year: 2026, versions: [] },
        { measure_id: 'I01', year: 2026, versions: [] },
        { measure_id: 'M1', year: 2026, versions: [] },
      ],
      deliverables: [{ milestone_id: 'M2', versions: [] }],
    },
  );

  it('own milestones and history, in the data order; indicators’ figures go nowhere', () => {
    expect(pages.map((p) => p.milestones.map((m) => m.id))).toEqual([['M1', 'M3'], ['M2'], []]);
    expect(pages.map((p) => p.figures.map((f) => f.measure_id))).toEqual([['M3', 'M1'], [], []]);
    expect(pages.map((p) => p.deliverables.length)).toEqual([0, 1, 0]);
  });

  it('deliverables done first, then in progress, then not started', () => {
    const sorted = byDeliverableState([
      ms('a', 'P', 'not-started'),
      ms('b', 'P', 'done'),
      ms('c', 'P', 'in-progress'),
      ms('d', 'P', 'done'),
    ]);
    expect(sorted.map((m) => m.id)).toEqual(['b', 'd', 'c', 'a']);
  });

  it('deliverable bar: done from the left, then in progress, then not started', () => {
    const segs = deliverableSegments(4, { done: 1, 'in-progress': 2, 'not-started': 1 });
    expect(segs).toEqual([
      { cls: 'done', x: 0, width: 25 },
      { cls: 'ahead', x: 25, width: 50 },
      { cls: 'rest', x: 75, width: 25 },
    ]);
    expect(deliverableSegments(0, { done: 0, 'in-progress': 0, 'not-started': 0 })[2]).toEqual({
      cls: 'rest',
      x: 0,
      width: 0,
    });
  });

  it('titles by id, the id itself when not the programme’s own', () => {
    const title = titleIn(milestones, 'en');
    expect([title('M2'), title('X9')]).toEqual(['Target M2', 'X9']);
  });

  it('source cells: English where the reference translates, else the Chinese marked', () => {
    expect(sourceCell('专栏2 第1项', 'zh')).toEqual({ text: '专栏2 第1项' });
    expect(sourceCell('专栏2 第1项', 'en')).toEqual({ text: 'Box 2, item 1' });
    expect(sourceCell('某处原文', 'en')).toEqual({ text: '某处原文', lang: 'zh-CN' });
  });
});

const cap = (platform_id: string, capability_zh: string, note_zh: string | null = null) =>
  ({
    platform_id,
    capability_zh,
    capability_en: `en ${capability_zh}`,
    status: 'planned',
    note_zh,
    note_en: null,
  }) as PlatformCapabilityRow;

describe('platform pages and the capability matrix', () => {
  const caps = [
    cap('A', '检测', '原文一'),
    cap('B', '研发'),
    cap('B', '检测'),
    cap('A', '营销', '原文一'),
  ];
  const platforms = [{ id: 'A' }, { id: 'B' }] as PlatformRow[];

  it('capabilities and key items by platform', () => {
    const pages = platformPages({
      platforms,
      capabilities: caps,
      keyItems: [
        { id: 'K1', platform_id: 'B' },
        { id: 'K2', platform_id: null },
      ],
    } as unknown as Dataset);
    expect(pages.map((p) => [p.capabilities.length, p.keyItems.map((k) => k.id)])).toEqual([
      [2, []],
      [2, ['K1']],
    ]);
  });

  it('rows by how many platforms list them (ties in first-seen order), cells per platform', () => {
    const rows = capabilityRows(platforms, caps, 'en');
    expect(rows.map((r) => [r.label, r.cells.map((c) => c?.platform_id ?? null)])).toEqual([
      ['en 检测', ['A', 'B']],
      ['en 研发', [null, 'B']],
      ['en 营销', ['A', null]],
    ]);
  });

  it('one note per wording, naming every capability it covers', () => {
    expect(capabilityNotes(caps, 'zh')).toEqual([
      { note: { text: '原文一' }, names: ['检测', '营销'] },
    ]);
    expect(capabilityNotes(caps, 'en')[0]!.note).toEqual({ text: '原文一', lang: 'zh-CN' });
  });
});

describe('the detail labels', () => {
  it('both languages have the same keys', () => {
    const keys = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' ? keys(v).map((s) => `${k}.${s}`) : [k],
      );
    expect(keys(DETAIL.en)).toEqual(keys(DETAIL.zh));
  });

  it('sentences with numbers', () => {
    expect(DETAIL.zh.programme.heading(3, '攻坚')).toBe('专栏3：攻坚');
    expect(DETAIL.en.programmes.done(40)).toBe('40% done');
    expect(DETAIL.en.paren(2026)).toBe(' (2026)');
  });

  it('a column by language: strictly, or falling back to the Chinese', () => {
    expect(inLang('en', '注', null)).toBeNull();
    expect(orChinese('en', '某单位', null)).toBe('某单位');
    expect(orChinese('en', '某单位', 'A unit')).toBe('A unit');
    expect(orChinese('zh', '某单位', 'A unit')).toBe('某单位');
  });
});
