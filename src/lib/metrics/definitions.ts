// Every published metric, defined once: the formulas here are what the methodology page shows.
import type { Totals } from '../model.ts';

export type MetricId = 'coverage' | 'reported' | 'proven' | 'violationsPer1000' | 'followThrough' | 'medianHandlingDays';

export interface MetricDefinition {
  readonly id: MetricId;
  readonly unit: 'share' | 'count' | 'rate' | 'days';
  readonly value: (t: Totals) => number | null;
  /** Whether a higher value is better for neutrality (drives wording, never colour direction). */
  readonly higherIsBetter: boolean;
}

/** Share of staff of signing units who signed; ratio of sums, so big units weigh more. */
export const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

export const metrics: Readonly<Record<MetricId, MetricDefinition>> = {
  coverage: { id: 'coverage', unit: 'share', value: (t) => t.coverage, higherIsBetter: true },
  reported: { id: 'reported', unit: 'count', value: (t) => t.reported, higherIsBetter: false },
  proven: { id: 'proven', unit: 'count', value: (t) => t.proven, higherIsBetter: false },
  violationsPer1000: { id: 'violationsPer1000', unit: 'rate', value: (t) => t.violationsPer1000, higherIsBetter: false },
  followThrough: { id: 'followThrough', unit: 'share', value: (t) => t.followThrough, higherIsBetter: true },
  medianHandlingDays: { id: 'medianHandlingDays', unit: 'days', value: (t) => t.medianHandlingDays, higherIsBetter: false },
};
