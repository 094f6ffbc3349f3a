/**
 * What the engine finds, as data: an assessment's numbers and status, and how the status was
 * reached (the Basis: one case per rule of the methodology, carrying the figures the rule's
 * sentence prints). The engine (engine.ts) fills these in; src/lib/explain.ts turns one
 * into the zh/en sentence. Values are as computed (unrounded unless the field says so), so the
 * sentence rounds exactly where the methodology page does.
 */
import type { Comparator } from '../../schemas/indicator.ts';
import type { Status, Thresholds } from './model.ts';
import type { PathStart } from './planned-path.ts';

/** Where a ratio falls among the thresholds. */
export interface Band {
  r: number;
  status: Status;
  binding: boolean;
  thresholds: Thresholds;
}

/** What every level/annual case names: the measure, the latest year, its figure C and T. */
interface LevelFacts {
  measure: 'level' | 'annual';
  year: number;
  value: number;
  target: number;
}

/** A path start, and whether it is the plan's baseline (else the first plan-period figure). */
interface StartFacts {
  start: PathStart;
  fromBaseline: boolean;
}

/** What every cumulative case names: the years summed and the total C. */
interface CumulativeFacts {
  firstYear: number | undefined;
  year: number;
  total: number;
  target: number;
}

/** What every average case names: how many years, their mean C, T and whether a percentage. */
interface AverageFacts {
  count: number;
  mean: number;
  target: number;
  percent: boolean;
}

/** Before the plan's end: the mean the remaining years still need, (N·T − ΣV) ÷ (N − n). */
interface NeededFacts {
  N: number;
  remaining: number;
  sum: number;
  needed: number;
  /** s = +1: higher is better. */
  higher: boolean;
}

export type Basis =
  | { case: 'no-data'; startYear: number; endYear: number; asOfYear: number }
  | ({ case: 'level-met'; comparator: Comparator; early: boolean } & LevelFacts)
  | ({ case: 'level-missed'; r: number | null } & LevelFacts)
  | ({ case: 'level-single' } & LevelFacts)
  | ({ case: 'level-maintain' } & LevelFacts & StartFacts)
  | ({ case: 'level-path'; endYear: number; expected: number; band: Band } & LevelFacts &
      StartFacts)
  | ({ case: 'cumulative-met'; early: boolean } & CumulativeFacts)
  | ({ case: 'cumulative-missed'; r: number } & CumulativeFacts)
  | ({
      case: 'cumulative-path';
      n: number;
      N: number;
      expected: number;
      band: Band;
    } & CumulativeFacts)
  | ({ case: 'average-final'; met: boolean } & AverageFacts)
  | ({ case: 'average-infeasible' } & AverageFacts & NeededFacts)
  | ({ case: 'average-met' } & AverageFacts & NeededFacts)
  | ({ case: 'average-below'; band: Band } & AverageFacts & NeededFacts);

export type BasisCase = Basis['case'];

export interface AssessmentFacts {
  status: Status;
  /** Latest plan-period year with data (≤ the year assessed), or null. */
  latestYear: number | null;
  /** C: the latest value, the running total, or the running mean, depending on the measure. */
  currentValue: number | null;
  /** E: where the target should be by now. */
  expectedValue: number | null;
  /** r: the progress ratio, where the measure defines one. */
  progressRatio: number | null;
  /** For averages: the mean still needed in each remaining year. */
  requiredMean: number | null;
  /** Whether the target's condition is met by C. */
  met: boolean;
  /** Any counted observation is provisional (初步数). */
  provisional: boolean;
  /** Years elapsed n and plan length N. */
  n: number | null;
  N: number;
  /** Which rule gave the status, with the figures it names. */
  basis: Basis;
}
