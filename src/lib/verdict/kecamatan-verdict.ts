// The answer at the top of a kecamatan page, from the figures alone: its latest election with data, its
// counts and rate beside its city's, its rank, its change since the previous election of the same kind,
// and how the rate compares once chance is allowed for (exact Poisson interval).
import { restsOnFewCases } from '../metrics/definitions.ts';
import { poissonInterval } from '../metrics/poisson-interval.ts';
import type { ElectionInfo, SiteData, Totals } from '../model.ts';

export type Comparison = 'higher' | 'lower' | 'similar' | 'none' | 'unknown';

export interface Verdict {
  readonly election: ElectionInfo;
  readonly totals: Totals;
  readonly city: Totals;
  /** Position by rate among the city's kecamatan with a rate, 1 = highest; ties share a place. */
  readonly rank: { readonly position: number; readonly of: number } | null;
  /** 95 % interval of the rate per 1,000 ASN, or null without a headcount. */
  readonly interval: readonly [number, number] | null;
  readonly comparison: Comparison;
  readonly few: boolean;
  readonly previous: { readonly election: ElectionInfo; readonly totals: Totals } | null;
}

/** The latest election in which the city has any case or signing: the one a reader asks about. */
export function latestElectionWithData(site: SiteData, cityCode: string): ElectionInfo | null {
  const byVoting = [...site.elections].sort((a, b) => b.voting_date.localeCompare(a.voting_date));
  return byVoting.find((e) => {
    const t = site.totals[e.id]?.[cityCode];
    return t !== undefined && t.reported + t.signingEvents > 0;
  }) ?? null;
}

export function kecamatanVerdict(site: SiteData, code: string): Verdict | null {
  const kec = site.kecamatan.find((k) => k.code === code);
  if (kec === undefined) return null;
  const city = site.cities.find((c) => c.code === kec.cityCode);
  const election = latestElectionWithData(site, kec.cityCode);
  if (city === undefined || election === null) return null;
  const table = site.totals[election.id] ?? {};
  const totals = table[code];
  const cityTotals = table[city.code];
  if (totals === undefined || cityTotals === undefined) return null;
  const rate = totals.violationsPer1000;
  const rates = city.kecamatan.map((c) => table[c]?.violationsPer1000 ?? null).filter((v): v is number => v !== null);
  const rank = rate === null ? null : { position: rates.filter((v) => v > rate).length + 1, of: rates.length };
  const interval = totals.headcount === null || totals.headcount <= 0 ? null : (poissonInterval(totals.proven).map((n) => (n / totals.headcount!) * 1000) as [number, number]);
  const previousElection = [...site.elections]
    .filter((e) => e.kind === election.kind && e.voting_date < election.voting_date)
    .sort((a, b) => b.voting_date.localeCompare(a.voting_date))[0];
  const previousTotals = previousElection ? site.totals[previousElection.id]?.[code] : undefined;
  return {
    election,
    totals,
    city: cityTotals,
    rank,
    interval,
    comparison: compare(totals, cityTotals.violationsPer1000, interval),
    few: restsOnFewCases('violationsPer1000', totals),
    previous: previousElection && previousTotals ? { election: previousElection, totals: previousTotals } : null,
  };
}

/** "none" without a proven case; higher or lower only when the city's rate lies outside the kecamatan's 95 % interval. */
export function compare(totals: Totals, cityRate: number | null, interval: readonly [number, number] | null): Comparison {
  if (totals.proven === 0) return 'none';
  if (interval === null || cityRate === null) return 'unknown';
  if (interval[0] > cityRate) return 'higher';
  if (interval[1] < cityRate) return 'lower';
  return 'similar';
}
