/**
 * The methodology page's worked examples: made-up figures run through the same engine that
 * judges the real indicators, placed in the plan's own years.
 */
import { METHODOLOGY_UI, type PlanYears } from '../../i18n/methodology.ts';
import { byLang } from '../../i18n/twin.ts';
import type { Lang } from '../../i18n/ui.ts';
import {
  assess,
  type Assessment,
  type Observation,
  type PlanPeriod,
  type TargetSpec,
  type Thresholds,
} from '../progress.ts';

export interface WorkedExample {
  title: string;
  setup: string;
  result: Assessment;
  /** The rule text in the page's language. */
  rule: string;
}

/** B0, T0 and N of a plan period. */
export function planYears(period: PlanPeriod): PlanYears {
  const B0 = period.baselineYear;
  const T0 = period.endYear;
  return { B0, T0, N: T0 - B0 };
}

const base = { targetMax: null, binding: false, percent: false } as const;

type ExampleKey = 'annual' | 'ceiling' | 'cumulative' | 'average';

/** Each example's target and its made-up figures, as [years after the baseline, value]. */
const EXAMPLES: Record<ExampleKey, { spec: TargetSpec; figures: [number, number][] }> = {
  annual: {
    spec: { ...base, measure: 'annual', baseline: 3500, target: 3800, comparator: '>=' },
    figures: [
      [1, 3600],
      [2, 3700],
    ],
  },
  ceiling: {
    spec: { ...base, measure: 'level', baseline: 200, target: 60, comparator: '<=' },
    figures: [[2, 120]],
  },
  cumulative: {
    spec: { ...base, measure: 'cumulative', baseline: 16, target: 62, comparator: '>=' },
    figures: [
      [1, 13],
      [2, 12],
    ],
  },
  average: {
    spec: {
      ...base,
      measure: 'average',
      baseline: null,
      target: 100,
      comparator: '>=',
      percent: true,
      binding: true,
    },
    figures: [[1, 99.2]],
  },
};

/** The four worked examples (level/annual, ceiling, five-year total, five-year average). */
export function workedExamples(
  period: PlanPeriod,
  thresholds: Thresholds,
  lang: Lang,
): WorkedExample[] {
  const y = planYears(period);
  const words = METHODOLOGY_UI[lang].example;
  return (Object.keys(EXAMPLES) as ExampleKey[]).map((key) => {
    const { spec, figures } = EXAMPLES[key];
    const obs: Observation[] = figures.map(([after, value]) => ({
      year: y.B0 + after,
      value,
      provisional: false,
    }));
    const result = assess(spec, obs, period, thresholds);
    return {
      title: words[key].title,
      setup: words[key].setup(y),
      result,
      rule: byLang(lang, result.rule, result.ruleEn),
    };
  });
}
