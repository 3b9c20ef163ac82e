// The published totals of one area: its counts, two side figures and every registry metric, computed
// from the tallies by the registry's formulas. Nothing else computes a metric.
import type { AreaCounts, PublishedCounts } from './area-counts.ts';
import { metricIds, metrics, ratio, type MetricId, type MetricValues } from './definitions.ts';

/** Figures published and shown beside the metrics that are not metrics of their own (no map, no column). */
export interface SideFigures {
  /** Unit uptake: signatories / staff of the units that signed, or null when no unit signed. */
  readonly unitUptake: number | null;
  /** Proven cases whose sanction is still pending (proven, forwarded or recommended, not yet decided by the PPK). */
  readonly awaitingSanction: number;
}

export type Totals = PublishedCounts & SideFigures & MetricValues;

/** Keys in the order site-data.json has always written them; keys added later (a new metric) follow. */
const publishedOrder = [
  'signingEvents', 'signatories', 'units', 'unitStaff', 'citywideSignatories', 'coverage', 'unitUptake',
  'reported', 'proven', 'undecided', 'shareProven', 'recommended', 'sanctioned', 'awaitingSanction',
  'notFollowedUp', 'followThrough', 'medianHandlingDays', 'headcount', 'violationsPer1000',
  'byCategory', 'byStatus', 'demoRows', 'rows',
] as const satisfies readonly (keyof Totals)[];
const inOrder = new Set<string>(publishedOrder);
/** Tallies only formulas read (a histogram), never published. */
const unpublished = new Set<string>(['handling'] satisfies (keyof AreaCounts)[]);

/** An area's totals from its tallies. */
export function totalsOf(counts: AreaCounts): Totals {
  const side: SideFigures = {
    unitUptake: ratio(counts.signatories, counts.unitStaff),
    awaitingSanction: counts.proven - counts.sanctioned - counts.notFollowedUp,
  };
  const values = Object.fromEntries(metricIds.map((id) => [id, metrics[id].formula(counts)])) as Record<MetricId, number | null>;
  // A metric named like a count (reported, proven) is that count: the count is written last.
  const all: Totals & Pick<AreaCounts, 'handling'> = { ...values, ...side, ...counts };
  const keys = [...publishedOrder, ...Object.keys(all).filter((k) => !inOrder.has(k) && !unpublished.has(k))] as (keyof Totals)[];
  // The same keys and values as `all`, in the published order.
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as unknown as Totals;
}
