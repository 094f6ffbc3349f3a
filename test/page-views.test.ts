import { describe, expect, it } from 'vitest';
import {
  comparatorSign,
  displayUnit,
  formatDate,
  formatDateOr,
  isPercentUnit,
  withUnit,
} from '../src/lib/format.ts';
import { planYears, workedExamples } from '../src/lib/page-views/methodology.ts';
import { keyItemKindCounts } from '../src/lib/page-views/overview.ts';
import { DEFAULT_THRESHOLDS } from '../src/lib/progress.ts';
import {
  capabilityStatusLabel,
  deliverableStatusLabel,
  inSentence,
  observationStatusLabel,
  planStatusLabel,
} from '../src/i18n/labels.ts';
import { byLang, twinText, twinValue } from '../src/i18n/twin.ts';

const period = { baselineYear: 2025, startYear: 2026, endYear: 2030 };

describe('format', () => {
  it('format: dates read as each language writes them', () => {
    expect(formatDate('2026-03-15', 'zh')).toBe('2026年3月15日');
    expect(formatDate('2026-03-15', 'en')).toBe('15 March 2026');
    expect(formatDateOr(null, 'en')).toBe('—');
    expect(formatDateOr(undefined, 'zh', '暂无')).toBe('暂无');
  });

  it('format: the percent test, the shown unit and the comparator sign', () => {
    expect(isPercentUnit('%')).toBe(true);
    expect(isPercentUnit('批次/年')).toBe(false);
    expect(isPercentUnit(null)).toBe(false);
    // A percentage shows % on English pages too; other units in the page's language.
    expect(displayUnit('%', 'percent')).toBe('%');
    expect(displayUnit('批次/年', 'batches/year')).toBe('batches/year');
    expect(withUnit(99.5, '%')).toBe('99.5%');
    expect(withUnit(3600, '批次/年')).toBe('3600 批次/年');
    expect(withUnit(0, '')).toBe('0');
    expect([comparatorSign('>='), comparatorSign('<='), comparatorSign('=')]).toEqual([
      '≥',
      '≤',
      '',
    ]);
  });
});

describe('page views', () => {
  it('methodology: the plan years of 2025–2030 are B0 2025, T0 2030, N 5', () => {
    expect(planYears(period)).toEqual({ B0: 2025, T0: 2030, N: 5 });
  });

  it('methodology: the worked examples reach the verdicts computed by hand', () => {
    // annual: E = 3500 + 300 × 2/5 = 3620, r = 200/120 ≈ 1.67 → ahead.
    // ceiling: E = 200 − 140 × 2/5 = 144, r = −80/−56 ≈ 1.43 → ahead.
    // cumulative: E = 62 × 2/5 = 24.8, C = 25, r ≈ 1.008 → on track.
    // average: the other 4 years need (500 − 99.2)/4 = 100.2% > 100% → behind.
    const zh = workedExamples(period, DEFAULT_THRESHOLDS, 'zh');
    expect(zh.map((w) => w.result.status)).toEqual(['ahead', 'ahead', 'on-track', 'behind']);
    expect(zh[0]?.setup).toBe('基期 2025 年 3500，目标 2030 年 ≥3800；2027 年实际 3700。');
    expect(zh[0]?.rule).toBe(zh[0]?.result.rule);
    const en = workedExamples(period, DEFAULT_THRESHOLDS, 'en');
    expect(en[2]?.setup).toBe('Five-year target 62; 2026: 13, 2027: 12.');
    expect(en[3]?.rule).toBe(en[3]?.result.ruleEn);
  });

  it('overview: key items are counted per kind in the schema order', () => {
    const items = [{ kind: 'product' }, { kind: 'region' }, { kind: 'product' }] as const;
    expect(keyItemKindCounts(items, 'en').map((k) => [k.kind, k.label, k.count])).toEqual([
      ['region', 'Key region', 1],
      ['platform', 'Key platform', 0],
      ['project', 'Key project', 0],
      ['product', 'Key product', 2],
    ]);
  });
});

describe('one i18n layer', () => {
  it('labels: each enum has its words in one place, Chinese from the schema', () => {
    expect(capabilityStatusLabel('building', 'zh')).toBe('建设中');
    expect(capabilityStatusLabel('building', 'en')).toBe('Being built');
    expect(observationStatusLabel('provisional', 'zh')).toBe('初步数');
    expect(observationStatusLabel('provisional', 'en')).toBe('provisional');
    expect(planStatusLabel('draft', 'en')).toBe('Draft for comment');
    // Inside an English sentence a label is lower case; Chinese is unchanged.
    expect(inSentence(deliverableStatusLabel('not-started', 'en'), 'en')).toBe('not started');
    expect(inSentence(deliverableStatusLabel('not-started', 'zh'), 'zh')).toBe('未开始');
  });

  it('twins: the English twin when there is one, the Chinese otherwise', () => {
    expect(twinText('批次/年', 'batches/year', 'en')).toBe('batches/year');
    expect(twinText('批次/年', null, 'en')).toBe('批次/年');
    expect(twinText('批次/年', 'batches/year', 'zh')).toBe('批次/年');
    expect(twinValue<string | null>(null, 'Agency', 'en')).toBe('Agency');
    expect(twinValue<string | null>('市药监局', null, 'en')).toBe('市药监局');
    expect(byLang('en', 'rule', 'ruleEn')).toBe('ruleEn');
  });
});
