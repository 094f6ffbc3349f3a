import { describe, expect, it } from 'vitest';
import {
  assess,
  classify,
  statusByYear,
  shareOfTarget,
  DEFAULT_THRESHOLDS as T,
  type TargetSpec,
} from '../src/lib/progress.ts';
import { obs, period, spec } from './helpers/targets.ts';

describe('classify: progress ratio to status', () => {
  it.each([
    // r, binding, expected
    [1.1, false, 'ahead'],
    [1.0999, false, 'on-track'],
    [0.95, false, 'on-track'],
    [0.9499, false, 'at-risk'],
    [0.8, false, 'at-risk'],
    [0.7999, false, 'behind'],
    [0.9, true, 'behind'], // binding: no at-risk band, any r < 0.95 is behind
    [0.95, true, 'on-track'],
    [1.2, true, 'ahead'],
  ] as const)('r = %s, binding = %s → %s', (r, binding, expected) => {
    expect(classify(r, binding, T)).toBe(expected);
  });
});

describe('assess: level and annual targets (straight path from baseline)', () => {
  // Each row: measure, comparator, binding, B, Tgt, observations, expected E, r, status.
  it.each([
    // >= : B=3500, T=3800, 2027: n=2, E = 3500 + 300·2/5 = 3620; C=3700 → r = 200/120 = 1.6667 → ahead
    ['annual', '>=', false, 3500, 3800, obs([2026, 3600], [2027, 3700]), 3620, 1.6667, 'ahead'],
    // >= : B=200, T=280, 2027: E = 200 + 80·2/5 = 232; C=231 → r = 31/32 = 0.9688 → on-track
    ['annual', '>=', false, 200, 280, obs([2027, 231]), 232, 0.9688, 'on-track'],
    // >= : B=1400, T=1800, 2027: E = 1400 + 400·0.4 = 1560; C=1535 → r = 135/160 = 0.8438 → at-risk
    ['annual', '>=', false, 1400, 1800, obs([2027, 1535]), 1560, 0.8438, 'at-risk'],
    // same figures, binding → no at-risk band → behind
    ['annual', '>=', true, 1400, 1800, obs([2027, 1535]), 1560, 0.8438, 'behind'],
    // >= : B=220, T=430, 2027: E = 220 + 210·0.4 = 304; C=250 → r = 30/84 = 0.3571 → behind
    ['level', '>=', false, 220, 430, obs([2027, 250]), 304, 0.3571, 'behind'],
    // level headcount: B=51, T=60, 2027: E = 51 + 9·0.4 = 54.6; C=55 → r = 4/3.6 = 1.1111 → ahead
    ['level', '>=', false, 51, 60, obs([2026, 53], [2027, 55]), 54.6, 1.1111, 'ahead'],
    // <= : B=200, T=60, 2027: E = 200 − 140·0.4 = 144; C=120 → r = (120−200)/(144−200) = 1.4286 → ahead
    ['level', '<=', false, 200, 60, obs([2026, 150], [2027, 120]), 144, 1.4286, 'ahead'],
    // <= : B=200, T=60, 2026: E = 200 − 140·0.2 = 172; C=190 → r = (−10)/(−28) = 0.3571 → behind
    ['level', '<=', false, 200, 60, obs([2026, 190]), 172, 0.3571, 'behind'],
    // = : B=10, T=20 (an exact value), 2028: E = 10 + 10·3/5 = 16; C=15 → r = 5/6 = 0.8333 → at-risk
    ['level', '=', false, 10, 20, obs([2028, 15]), 16, 0.8333, 'at-risk'],
    // = approached from above: B=30, T=20, 2026: E = 30 − 10·0.2 = 28; C=27 → r = (−3)/(−2) = 1.5 → ahead
    ['level', '=', true, 30, 20, obs([2026, 27]), 28, 1.5, 'ahead'],
  ] as const)(
    '%s %s binding=%s B=%s T=%s → E, r, status',
    (measure, comparator, binding, baseline, target, observations, E, r, status) => {
      const a = assess(
        spec({ measure, comparator, binding, baseline, target }),
        observations,
        period,
        T,
      );
      expect(a.expectedValue).toBeCloseTo(E, 4);
      expect(a.progressRatio).toBeCloseTo(r, 4);
      expect(a.status).toBe(status);
      expect(a.met).toBe(false);
    },
  );

  it('assess: a level target met before 2030 is achieved early (提前实现)', () => {
    // B=200, T=210, C(2027)=212 ≥ 210 → met
    const a = assess(
      spec({ measure: 'annual', baseline: 200, target: 210 }),
      obs([2026, 205], [2027, 212]),
      period,
      T,
    );
    expect(a.status).toBe('achieved');
    expect(a.currentValue).toBe(212);
    expect(a.rule).toContain('提前实现');
  });

  it('assess: a <= target is met when the value is at or under the ceiling', () => {
    const a = assess(
      spec({ comparator: '<=', baseline: 200, target: 60 }),
      obs([2029, 60]),
      period,
      T,
    );
    expect(a.status).toBe('achieved');
  });

  it('assess: an = target is met only at the exact value', () => {
    expect(
      assess(spec({ comparator: '=', baseline: 10, target: 20 }), obs([2030, 20]), period, T)
        .status,
    ).toBe('achieved');
    expect(
      assess(spec({ comparator: '=', baseline: 10, target: 20 }), obs([2030, 21]), period, T)
        .status,
    ).not.toBe('achieved');
  });

  it('assess: a range target (100–120) is met once the lower end is reached', () => {
    const a = assess(
      spec({ baseline: 0, target: 100, targetMax: 120 }),
      obs([2028, 104]),
      period,
      T,
    );
    expect(a.status).toBe('achieved');
  });

  it('assess: target equal to baseline is "maintain": met → achieved, short → behind, no ratio', () => {
    // B = T = 200: E stays 200; C=205 meets, C=195 does not
    const keep = spec({ measure: 'annual', baseline: 200, target: 200 });
    expect(assess(keep, obs([2026, 205]), period, T).status).toBe('achieved');
    const short = assess(keep, obs([2026, 205], [2027, 195]), period, T);
    expect(short.status).toBe('behind');
    expect(short.progressRatio).toBeNull();
    expect(short.rule).toContain('保持');
  });

  it('assess: blank baseline with one figure short of target is not assessable', () => {
    const a = assess(
      spec({ baseline: null, target: 100, percent: true }),
      obs([2027, 85]),
      period,
      T,
    );
    expect(a.status).toBe('not-assessable');
    expect(a.expectedValue).toBeNull();
  });

  it('assess: blank baseline with one figure that meets the target is achieved', () => {
    expect(assess(spec({ baseline: null, target: 100 }), obs([2026, 100]), period, T).status).toBe(
      'achieved',
    );
  });

  it('assess: blank baseline — the first plan-period figure starts the path', () => {
    // ≤60 with no baseline: path from (2026, 150) to (2030, 60); 2027: E = 150 − 90·1/4 = 127.5;
    // C = 110 → r = (110 − 150)/(127.5 − 150) = 40/22.5 = 1.7778 → ahead
    const a = assess(
      spec({ baseline: null, target: 60, comparator: '<=' }),
      obs([2026, 150], [2027, 110]),
      period,
      T,
    );
    expect(a.expectedValue).toBeCloseTo(127.5, 4);
    expect(a.progressRatio).toBeCloseTo(1.7778, 4);
    expect(a.status).toBe('ahead');
  });

  it('assess: the latest year counts, not the best one', () => {
    // 2026 C=260 (r high), 2027 C=205: E(2027)=140, r = 105/40 = 2.625 → still ahead; 2028 C=150:
    // E(2028) = 100 + 100·3/5 = 160 → r = 50/60 = 0.8333 → at-risk
    const a = assess(spec({}), obs([2026, 260], [2027, 205], [2028, 150]), period, T);
    expect(a.latestYear).toBe(2028);
    expect(a.progressRatio).toBeCloseTo(0.8333, 4);
    expect(a.status).toBe('at-risk');
  });
});

describe('assess: cumulative targets (sum of yearly flows against T·n/N)', () => {
  it.each([
    // T=62: 2026 13 + 2027 12 = 25; E = 62·2/5 = 24.8; r = 25/24.8 = 1.0081 → on-track
    [62, false, obs([2026, 13], [2027, 12]), 25, 24.8, 1.0081, 'on-track'],
    // T=100: 15 + 20 = 35; E = 40; r = 0.875 → at-risk (expected) …
    [100, false, obs([2026, 15], [2027, 20]), 35, 40, 0.875, 'at-risk'],
    // … and behind when binding
    [100, true, obs([2026, 15], [2027, 20]), 35, 40, 0.875, 'behind'],
    // T=300: 40 + 50 = 90; E = 120; r = 0.75 → behind
    [300, false, obs([2026, 40], [2027, 50]), 90, 120, 0.75, 'behind'],
    // T=20: 2026 alone 5; E = 4; r = 1.25 → ahead
    [20, false, obs([2026, 5]), 5, 4, 1.25, 'ahead'],
    // T=20, missing 2027: 5 + (2028) 3 = 8, n = 3, E = 12; r = 0.6667 → behind
    [20, false, obs([2026, 5], [2028, 3]), 8, 12, 0.6667, 'behind'],
  ] as const)(
    'T=%s binding=%s → C, E, r, status',
    (target, binding, observations, C, E, r, status) => {
      const a = assess(
        spec({ measure: 'cumulative', baseline: 16, target, binding }),
        observations,
        period,
        T,
      );
      expect(a.currentValue).toBeCloseTo(C, 4);
      expect(a.expectedValue).toBeCloseTo(E, 4);
      expect(a.progressRatio).toBeCloseTo(r, 4);
      expect(a.status).toBe(status);
    },
  );

  it('assess: a cumulative target reached in year one is achieved early', () => {
    // 〔500〕 m²: 520 in 2026 ≥ 500
    const a = assess(
      spec({ measure: 'cumulative', baseline: null, target: 500 }),
      obs([2026, 520]),
      period,
      T,
    );
    expect(a.status).toBe('achieved');
    expect(a.rule).toContain('提前实现');
  });

  it('assess: pre-plan (14th-plan) figures never count towards the total', () => {
    const a = assess(
      spec({ measure: 'cumulative', target: 20 }),
      obs([2024, 50], [2025, 50], [2026, 5]),
      period,
      T,
    );
    expect(a.currentValue).toBe(5);
  });
});

describe('assess: five-year average targets', () => {
  const avg = (over: Partial<TargetSpec> = {}) =>
    spec({
      measure: 'average',
      baseline: null,
      target: 100,
      percent: true,
      binding: true,
      ...over,
    });

  it('assess: a 100% average missed in any year can no longer be met → behind', () => {
    // ΣV = 99.2, n = 1: needed = (5·100 − 99.2)/4 = 100.2 > 100 → infeasible
    const a = assess(avg(), obs([2026, 99.2]), period, T);
    expect(a.requiredMean).toBeCloseTo(100.2, 4);
    expect(a.status).toBe('behind');
  });

  it('assess: an average still feasible and met so far is on track', () => {
    const a = assess(avg(), obs([2026, 100], [2027, 100]), period, T);
    expect(a.status).toBe('on-track');
    expect(a.requiredMean).toBeCloseTo(100, 4);
  });

  it('assess: an average below target but feasible is graded by r = mean/T', () => {
    // T=90%: 2026 80 → mean 80, needed = (450 − 80)/4 = 92.5 ≤ 100; r = 80/90 = 0.8889 → at-risk (expected)
    const a = assess(avg({ target: 90, binding: false }), obs([2026, 80]), period, T);
    expect(a.requiredMean).toBeCloseTo(92.5, 4);
    expect(a.progressRatio).toBeCloseTo(0.8889, 4);
    expect(a.status).toBe('at-risk');
  });

  it('assess: at the end the five-year mean decides: met → achieved, short → missed', () => {
    const five = obs([2026, 95], [2027, 95], [2028, 95], [2029, 95], [2030, 96]); // mean 95.2
    expect(assess(avg({ target: 95 }), five, period, T).status).toBe('achieved');
    const short = assess(avg({ target: 96 }), five, period, T);
    expect(short.status).toBe('missed');
    expect(short.rule).toContain('未完成');
  });

  it('assess: a <= average is infeasible when the remaining years would need a negative mean', () => {
    // ≤ 2 per year on average: 2026 12 → needed = (10 − 12)/4 = −0.5 < 0 → behind
    const a = assess(
      avg({ comparator: '<=', target: 2, percent: false }),
      obs([2026, 12]),
      period,
      T,
    );
    expect(a.status).toBe('behind');
  });
});

describe('assess: no data, provisional figures and years', () => {
  it('assess: no plan-period figure → no-data (2025 baseline figures do not count)', () => {
    const a = assess(spec({}), obs([2025, 100]), period, T);
    expect(a.status).toBe('no-data');
    expect(a.latestYear).toBeNull();
  });

  it('assess: provisional figures are counted and flagged', () => {
    const a = assess(
      spec({ measure: 'cumulative', target: 20 }),
      obs([2026, 5], [2027, 3, true]),
      period,
      T,
    );
    expect(a.currentValue).toBe(8);
    expect(a.provisional).toBe(true);
  });

  it('assess: as of year Y uses only figures up to Y', () => {
    const o = obs([2026, 150], [2027, 190]);
    expect(assess(spec({}), o, period, T, 2026).currentValue).toBe(150);
    expect(assess(spec({}), o, period, T, 2026).latestYear).toBe(2026);
    expect(assess(spec({}), o, period, T, 2027).currentValue).toBe(190);
  });

  it('statusByYear: each year judged on its own past', () => {
    // 2026: E=120, C=150 → r=2.5 ahead; 2027: E=140, C=130 → r=30/40=0.75 behind
    expect(statusByYear(spec({}), obs([2026, 150], [2027, 130]), period, T)).toEqual({
      '2026': 'ahead',
      '2027': 'behind',
    });
  });

  it('assess: thresholds from data change the verdict', () => {
    // r = 0.8438 (see above): at-risk by default, on-track when the line is moved to 0.80
    const s = spec({ measure: 'annual', baseline: 1400, target: 1800 });
    const a = assess(s, obs([2027, 1535]), period, { ahead: 1.2, onTrack: 0.8, atRisk: 0.5 });
    expect(a.status).toBe('on-track');
  });
});

describe('shareOfTarget: 时间过半、任务过半', () => {
  it.each([
    // level: B=3500, T=3800, C=3700 → (3700−3500)/(3800−3500) = 0.6667
    [spec({ measure: 'annual', baseline: 3500, target: 3800 }), obs([2027, 3700]), null, 0.6667],
    // ceiling: B=200, T=60, C=120 → (120−200)/(60−200) = 0.5714
    [spec({ comparator: '<=', baseline: 200, target: 60 }), obs([2027, 120]), null, 0.5714],
    // cumulative: 25 of 62 → 0.4032
    [
      spec({ measure: 'cumulative', baseline: 16, target: 62 }),
      obs([2026, 13], [2027, 12]),
      null,
      0.4032,
    ],
    // no baseline: the first figure 150 starts: (110−150)/(60−150) = 0.4444
    [
      spec({ comparator: '<=', baseline: null, target: 60 }),
      obs([2026, 150], [2027, 110]),
      150,
      0.4444,
    ],
  ] as const)('shareOfTarget: case %#', (s, o, first, expected) => {
    const a = assess(s, o, period, T);
    expect(shareOfTarget(s, a, first)).toBeCloseTo(expected, 4);
  });

  it('shareOfTarget: averages, maintain targets and no data have no share', () => {
    expect(
      shareOfTarget(
        spec({ measure: 'average', target: 100 }),
        assess(spec({ measure: 'average', target: 100 }), obs([2026, 99]), period, T),
        null,
      ),
    ).toBeNull();
    const keep = spec({ baseline: 200, target: 200 });
    expect(shareOfTarget(keep, assess(keep, obs([2026, 199]), period, T), null)).toBeNull();
    expect(shareOfTarget(spec({}), assess(spec({}), [], period, T), null)).toBeNull();
    const lone = spec({ baseline: null, target: 100 });
    expect(shareOfTarget(lone, assess(lone, obs([2027, 85]), period, T), 85)).toBeNull(); // not assessable
  });
});

describe('assess: the final verdict in the plan’s last year (已完成 or 未完成, never on track)', () => {
  it.each([
    // level ≥: B=100, T=200; 2030 C=196 → E=200, r = 96/100 = 0.96 (would be on track) → missed
    ['level', '>=', false, obs([2030, 196]), 'missed', 0.96],
    // binding the same: missed, not behind
    ['level', '>=', true, obs([2026, 120], [2030, 196]), 'missed', 0.96],
    // r ≥ 1.10 is impossible unless met; met at 2030 → achieved
    ['level', '>=', false, obs([2030, 200]), 'achieved', null],
    // annual ≤: B=100, T=60; 2030 C=61 → r = 39/40 = 0.975 → missed
    ['annual', '<=', false, obs([2030, 61]), 'missed', 0.975],
  ] as const)(
    '%s %s binding=%s → %s (r %s)',
    (measure, comparator, binding, figures, status, r) => {
      const target = comparator === '<=' ? 60 : 200;
      const a = assess(spec({ measure, comparator, binding, target }), figures, period, T);
      expect(a.status).toBe(status);
      if (r !== null) expect(a.progressRatio).toBeCloseTo(r, 4);
    },
  );

  it('assess: a cumulative total short of T in 2030 is missed (r = 96/100), met is achieved', () => {
    const figures = obs([2026, 20], [2027, 20], [2028, 20], [2029, 20], [2030, 16]);
    const short = assess(spec({ measure: 'cumulative', target: 100 }), figures, period, T);
    expect(short.status).toBe('missed');
    expect(short.progressRatio).toBeCloseTo(0.96, 4);
    expect(short.rule).toContain('规划期已结束');
    const met = assess(spec({ measure: 'cumulative', target: 96 }), figures, period, T);
    expect(met.status).toBe('achieved');
  });

  it('assess: before 2030 the same shortfall is still graded by r (on track)', () => {
    // 2029: E = 100 + 100·4/5 = 180; C = 177 → r = 77/80 = 0.9625 → on-track
    const a = assess(spec({}), obs([2029, 177]), period, T);
    expect(a.status).toBe('on-track');
  });

  it('assess: assessed as of 2030 with the last figure in 2029, the target is still graded by r', () => {
    const a = assess(spec({}), obs([2029, 177]), period, T, 2030);
    expect(a.status).toBe('on-track');
  });

  it('assess: no baseline and a single 2030 figure short of the target is missed, not unassessable', () => {
    const a = assess(spec({ baseline: null }), obs([2030, 150]), period, T);
    expect(a.status).toBe('missed');
  });

  it('assess: a “maintain” target missed in 2030 is missed', () => {
    const a = assess(spec({ target: 100 }), obs([2030, 99]), period, T);
    expect(a.status).toBe('missed');
  });
});
