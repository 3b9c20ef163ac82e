// The metric registry: every published metric defined once (formula over the tallies, unit, direction,
// few-cases rule, table and map use). Totals, map metrics and legends, table columns, the methodology
// page and the map's metric switch all derive from it; its texts are dictionary groups keyed by metric id.
import type { AreaCounts, PublishedCounts } from './area-counts.ts';
import { histogramMedian } from './median.ts';

export type MetricUnit = 'share' | 'count' | 'rate' | 'days';

/** What one registry entry declares. */
export interface MetricEntry {
  readonly unit: MetricUnit;
  /** The formula over the area's tallies; null when it cannot be computed (no denominator, no case). */
  readonly formula: (c: AreaCounts) => number | null;
  /** Whether a higher value is better for neutrality (drives wording, never colour direction). */
  readonly higherIsBetter: boolean;
  /** The count of cases a ratio rests on, when few cases make it unreliable; absent for counts and coverage. */
  readonly base?: (c: PublishedCounts) => number;
  /** Numerator and denominator of a ratio, for the worked example on the methodology page. */
  readonly parts?: (c: PublishedCounts) => readonly [number, number | null];
  /** A column of the headline and city tables (in registry order). */
  readonly table: boolean;
  /** On the city map: rank in its metric switch (1 is the default), its column in the map's downloads
   *  (named with its unit), and fixed class breaks where it has natural thresholds (quantiles otherwise). */
  readonly map?: { readonly rank: number; readonly column: string; readonly breaks?: readonly number[] };
}

/** A ratio resting on fewer cases than this is marked as resting on few cases wherever it is shown. */
export const FEW_CASES = 5;

export const ratio = (numerator: number, denominator: number): number | null => (denominator > 0 ? numerator / denominator : null);

// Registry order is the order of table columns and of the methodology page.
const entries = {
  coverage: {
    unit: 'share', higherIsBetter: true, table: true,
    formula: (c) => (c.headcount === null ? null : ratio(c.signatories, c.headcount)),
    parts: (c) => [c.signatories, c.headcount],
    map: { rank: 4, column: 'pact_coverage_share', breaks: [0.1, 0.25, 0.5, 0.75] },
  },
  reported: {
    unit: 'count', higherIsBetter: false, table: true,
    formula: (c) => c.reported,
    map: { rank: 2, column: 'reported_asn' },
  },
  proven: {
    unit: 'count', higherIsBetter: false, table: true,
    formula: (c) => c.proven,
    map: { rank: 3, column: 'proven_asn' },
  },
  shareProven: {
    unit: 'share', higherIsBetter: false, table: true,
    formula: (c) => ratio(c.proven, c.reported),
    base: (c) => c.reported,
    parts: (c) => [c.proven, c.reported],
  },
  violationsPer1000: {
    unit: 'rate', higherIsBetter: false, table: true,
    formula: (c) => (c.headcount !== null && c.headcount > 0 ? (c.proven / c.headcount) * 1000 : null),
    base: (c) => c.proven,
    parts: (c) => [c.proven, c.headcount],
    map: { rank: 1, column: 'violations_per_1000_asn' },
  },
  followThrough: {
    unit: 'share', higherIsBetter: true, table: true,
    formula: (c) => ratio(c.sanctioned, c.proven),
    base: (c) => c.proven,
    parts: (c) => [c.sanctioned, c.proven],
    map: { rank: 5, column: 'follow_through_share', breaks: [0.5, 0.7, 0.85, 0.95] },
  },
  medianHandlingDays: {
    unit: 'days', higherIsBetter: false, table: true,
    formula: (c) => histogramMedian(c.handling),
  },
} as const satisfies Record<string, MetricEntry>;

export type MetricId = keyof typeof entries;

/** Metrics with a `map` entry: the ones the city map can colour by. */
export type MapMetric = { [K in MetricId]: (typeof entries)[K] extends { readonly map: object } ? K : never }[MetricId];

/** Each metric's value as the published totals carry it (Totals extends this). */
export type MetricValues = { readonly [K in MetricId]: number | null };

export interface MetricDefinition extends MetricEntry {
  readonly id: MetricId;
  /** The metric's value in published totals. */
  readonly value: (t: MetricValues) => number | null;
}

export const metricIds = Object.keys(entries) as MetricId[];

export const metrics = Object.fromEntries(
  metricIds.map((id): [MetricId, MetricDefinition] => [id, { ...entries[id], id, value: (t) => t[id] }]),
) as Readonly<Record<MetricId, MetricDefinition>>;

/** The map's metrics in the order of its metric switch; the first is the default. */
export const mapMetrics: readonly MapMetric[] = metricIds
  .filter((id): id is MapMetric => metrics[id].map !== undefined)
  .sort((a, b) => (metrics[a].map?.rank ?? 0) - (metrics[b].map?.rank ?? 0));

/** A map metric's map entry (rank, download column, fixed breaks). */
export function mapEntry(id: MapMetric): NonNullable<MetricEntry['map']> {
  const map = metrics[id].map;
  if (map === undefined) throw new Error(`metric ${id} has no map entry`);
  return map;
}

/** The columns of the headline and city tables. */
export const tableMetrics: readonly MetricId[] = metricIds.filter((id) => metrics[id].table);

/** Whether a metric's value for these totals rests on few cases (and so must be marked). */
export function restsOnFewCases(id: MetricId, t: MetricValues & PublishedCounts): boolean {
  const base = metrics[id].base;
  return base !== undefined && metrics[id].value(t) !== null && base(t) < FEW_CASES;
}
