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

const obs = (...p: [number, number][]): Observation[] =>
  p.map(([year, value]) => ({ year, value, provisional: false }));

/** The four worked examples (level/annual, ceiling, five-year total, five-year average). */
export function workedExamples(
  period: PlanPeriod,
  thresholds: Thresholds,
  lang: Lang,
): WorkedExample[] {
  const y = planYears(period);
  const { B0 } = y;
  const x = METHODOLOGY_UI[lang].example;
  const examples: { title: string; setup: string; spec: TargetSpec; obs: Observation[] }[] = [
    {
      title: x.annualTitle,
      setup: x.annualSetup(y),
      spec: { ...base, measure: 'annual', baseline: 3500, target: 3800, comparator: '>=' },
      obs: obs([B0 + 1, 3600], [B0 + 2, 3700]),
    },
    {
      title: x.ceilingTitle,
      setup: x.ceilingSetup(y),
      spec: { ...base, measure: 'level', baseline: 200, target: 60, comparator: '<=' },
      obs: obs([B0 + 2, 120]),
    },
    {
      title: x.cumulativeTitle,
      setup: x.cumulativeSetup(y),
      spec: { ...base, measure: 'cumulative', baseline: 16, target: 62, comparator: '>=' },
      obs: obs([B0 + 1, 13], [B0 + 2, 12]),
    },
    {
      title: x.averageTitle,
      setup: x.averageSetup(y),
      spec: {
        ...base,
        measure: 'average',
        baseline: null,
        target: 100,
        comparator: '>=',
        percent: true,
        binding: true,
      },
      obs: obs([B0 + 1, 99.2]),
    },
  ];
  return examples.map((e) => {
    const result = assess(e.spec, e.obs, period, thresholds);
    return {
      title: e.title,
      setup: e.setup,
      result,
      rule: byLang(lang, result.rule, result.ruleEn),
    };
  });
}
