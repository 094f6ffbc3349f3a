// explainRule: the engine's facts (a Basis) in words, each sentence worked out by hand.
import { describe, expect, it } from 'vitest';
import { explainRule } from '../src/lib/explain.ts';
import { DEFAULT_THRESHOLDS, evaluate } from '../src/lib/progress.ts';
import type { Basis } from '../src/lib/progress.ts';
import { obs, period, spec } from './helpers/targets.ts';

const band = (r: number, status: 'on-track' | 'at-risk' | 'behind', binding = false) => ({
  r,
  status,
  binding,
  thresholds: DEFAULT_THRESHOLDS,
});

describe('explainRule', () => {
  it('level path: E, C, the ratio as a sum and the band, in both languages', () => {
    const b: Basis = {
      case: 'level-path',
      measure: 'level',
      year: 2027,
      value: 130,
      target: 200,
      start: { year: 2025, value: 100 },
      fromBaseline: true,
      endYear: 2030,
      expected: 140,
      band: band(0.75, 'behind'),
    };
    expect(explainRule(b, 'zh')).toBe(
      '水平值：按基期值 100 到 2030 年目标 200 的直线路径，2027年应达 E = 140；实际 C = 130。' +
        '进度比 r = (C − B) ÷ (E − B) = (130 − 100) ÷ (140 − 100)；r = 0.75 < 0.80，滞后。',
    );
    expect(explainRule(b, 'en')).toBe(
      'Level: on the straight path from the baseline 100 to the 2030 target 200, 2027 should reach ' +
        'E = 140; actual C = 130. Progress ratio r = (C − B) / (E − B) = (130 − 100) / (140 − 100); ' +
        'r = 0.75 < 0.80: behind.',
    );
  });

  it('binding and expected targets name their band differently', () => {
    const b = (binding: boolean, status: 'at-risk' | 'behind'): Basis => ({
      case: 'cumulative-path',
      firstYear: 2026,
      year: 2027,
      total: 340,
      target: 1000,
      n: 2,
      N: 5,
      expected: 400,
      band: band(0.85, status, binding),
    });
    expect(explainRule(b(false, 'at-risk'), 'zh')).toContain(
      '2 年应累计 E = 1000 × 2 ÷ 5 = 400。进度比 r = C ÷ E；0.80 ≤ r = 0.85 < 0.95，预期性指标为略有滞后',
    );
    expect(explainRule(b(true, 'behind'), 'en')).toContain(
      'r = 0.85 < 0.95: a binding target is behind',
    );
  });

  it('no data, up to a year before the end', () => {
    const b: Basis = { case: 'no-data', startYear: 2026, endYear: 2030, asOfYear: 2027 };
    expect(explainRule(b, 'zh')).toBe('规划期（2026–2030年）尚无截至2027年的数据，暂不判断进度。');
    expect(explainRule(b, 'en')).toBe(
      'No plan-period figure up to 2027 yet; progress is not judged.',
    );
  });

  it('average: the mean so far and the mean still needed, (5 × 90 − 176) ÷ 3', () => {
    const f = evaluate(
      spec({ measure: 'average', target: 90, percent: true }),
      obs([2026, 86], [2027, 90]),
      period,
      DEFAULT_THRESHOLDS,
    );
    // mean 88 < 90: r = 88 / 90 = 0.9778, on track; needed (450 − 176) / 3 = 91.3333
    expect(f.status).toBe('on-track');
    expect(explainRule(f.basis, 'zh')).toBe(
      '平均值：2 年平均 C = 88%，低于五年平均目标 90%；其余 3 年平均需达 (5 × 90 − 176) ÷ 3 = 91.3333%，' +
        '仍可实现。进度比 r = C ÷ T；0.95 ≤ r = 0.98 < 1.10，进度正常。',
    );
  });
});
