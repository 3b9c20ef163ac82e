// Every published metric, defined once: the formulas here are what the methodology page shows.
import type { Totals } from '../model.ts';

export type MetricId = 'coverage' | 'reported' | 'proven' | 'shareProven' | 'violationsPer1000' | 'followThrough' | 'medianHandlingDays';

export interface MetricDefinition {
  readonly id: MetricId;
  readonly unit: 'share' | 'count' | 'rate' | 'days';
  readonly value: (t: Totals) => number | null;
  /** Whether a higher value is better for neutrality (drives wording, never colour direction). */
  readonly higherIsBetter: boolean;
  /** The count of cases a ratio rests on, when few cases make it unreliable; absent for counts and coverage. */
  readonly base?: (t: Totals) => number;
  /** Numerator and denominator of a ratio, for the worked example on the methodology page. */
  readonly parts?: (t: Totals) => readonly [number, number | null];
}

/** A ratio resting on fewer cases than this is marked as resting on few cases wherever it is shown. */
export const FEW_CASES = 5;

export const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

export const metrics: Readonly<Record<MetricId, MetricDefinition>> = {
  coverage: { id: 'coverage', unit: 'share', value: (t) => t.coverage, higherIsBetter: true, parts: (t) => [t.signatories, t.headcount] },
  reported: { id: 'reported', unit: 'count', value: (t) => t.reported, higherIsBetter: false },
  proven: { id: 'proven', unit: 'count', value: (t) => t.proven, higherIsBetter: false },
  shareProven: { id: 'shareProven', unit: 'share', value: (t) => t.shareProven, higherIsBetter: false, base: (t) => t.reported, parts: (t) => [t.proven, t.reported] },
  violationsPer1000: { id: 'violationsPer1000', unit: 'rate', value: (t) => t.violationsPer1000, higherIsBetter: false, base: (t) => t.proven, parts: (t) => [t.proven, t.headcount] },
  followThrough: { id: 'followThrough', unit: 'share', value: (t) => t.followThrough, higherIsBetter: true, base: (t) => t.proven, parts: (t) => [t.sanctioned, t.proven] },
  medianHandlingDays: { id: 'medianHandlingDays', unit: 'days', value: (t) => t.medianHandlingDays, higherIsBetter: false },
};

/** Whether a metric's value for these totals rests on few cases (and so must be marked). */
export function restsOnFewCases(id: MetricId, t: Totals): boolean {
  const base = metrics[id].base;
  return base !== undefined && metrics[id].value(t) !== null && base(t) < FEW_CASES;
}
