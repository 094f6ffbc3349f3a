/**
 * The progress engine's vocabulary: statuses, thresholds, plan period, target spec and
 * observations, plus the small rules every measure shares (meets, classify, direction) and the
 * number formats the rules print. No prose here: the sentences are written by src/lib/explain.ts.
 */
import type { Comparator, Measure } from '../../schemas/indicator.ts';

export const STATUSES = [
  'achieved',
  'ahead',
  'on-track',
  'at-risk',
  'behind',
  'missed',
  'not-assessable',
  'no-data',
] as const;
export type Status = (typeof STATUSES)[number];

export interface Thresholds {
  /** r at or above which a target is ahead (1.10). */
  ahead: number;
  /** r at or above which a target is on track (0.95). */
  onTrack: number;
  /** r at or above which an expected (预期性) target is only at risk (0.80). */
  atRisk: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { ahead: 1.1, onTrack: 0.95, atRisk: 0.8 };

export interface PlanPeriod {
  baselineYear: number;
  startYear: number;
  endYear: number;
}

export interface TargetSpec {
  baseline: number | null;
  target: number;
  /** Upper end of a range; reaching the lower end (target) meets it. */
  targetMax: number | null;
  comparator: Comparator;
  measure: Measure;
  /** 约束性: any r below the on-track line is behind, there is no at-risk band. */
  binding: boolean;
  /** Percentages cap an average's required mean at 100. */
  percent: boolean;
}

export interface Observation {
  year: number;
  value: number;
  provisional: boolean;
}

/** Round for display and for the API: 4 decimals, no float noise. */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A value as the rules print it: 4 decimals at most. */
export const fmtValue = (v: number) => String(round(v, 4));
/** A progress ratio as the rules print it: 2 decimals. */
export const fmtRatio = (v: number) => v.toFixed(2);
/** Thresholds as the methodology writes them: 1.10, 0.95, 0.80. */
export const fmtThreshold = (v: number) => v.toFixed(2);

/** Direction of good: +1 when higher is better. For `=`, towards the target from the start. */
export function direction(spec: TargetSpec, start: number | null): 1 | -1 {
  if (spec.comparator === '<=') return -1;
  if (spec.comparator === '>=') return 1;
  return start !== null && start > spec.target ? -1 : 1;
}

/** Whether C meets T under the comparator (ranges: reaching the lower end is enough). */
export function meets(value: number, spec: TargetSpec): boolean {
  const eps = 1e-9;
  if (spec.comparator === '>=') return value >= spec.target - eps;
  if (spec.comparator === '<=') return value <= spec.target + eps;
  return Math.abs(value - spec.target) <= eps;
}

/** Classify a progress ratio with the thresholds; binding targets have no at-risk band. */
export function classify(r: number, binding: boolean, t: Thresholds): Status {
  if (r >= t.ahead) return 'ahead';
  if (r >= t.onTrack) return 'on-track';
  if (!binding && r >= t.atRisk) return 'at-risk';
  return 'behind';
}
