// The headcount behind each rate: per election the latest count at or before its voting year; for all
// elections together the counts of each election added up, so the rate stays "per 1,000 ASN per election"
// and compares with a single election's.
import { ALL, type ElectionInfo } from '../model.ts';

export interface Denominators {
  /** The headcount year used per election id (and ALL), or null without one. */
  readonly years: Record<string, number | null>;
  readonly headcountFor: (election: string, kecamatan: string) => number | null;
}

export function denominators(headcount: ReadonlyMap<string, ReadonlyMap<number, number>>, elections: readonly ElectionInfo[]): Denominators {
  const years: Record<string, number | null> = {};
  const allYears = [...new Set([...headcount.values()].flatMap((m) => [...m.keys()]))].sort();
  for (const e of elections) {
    const votingYear = Number(e.voting_date.slice(0, 4));
    years[e.id] = allYears.filter((y) => y <= votingYear).at(-1) ?? null;
  }
  years[ALL] = allYears.at(-1) ?? null;
  const headcountOf = (election: string, kec: string): number | null => {
    const year = years[election];
    return year === null || year === undefined ? null : (headcount.get(kec)?.get(year) ?? null);
  };
  const headcountFor = (election: string, kec: string): number | null => {
    if (election !== ALL) return headcountOf(election, kec);
    const each = elections.map((e) => headcountOf(e.id, kec));
    return each.length > 0 && each.every((h) => h !== null) ? each.reduce<number>((a, h) => a + (h ?? 0), 0) : null;
  };
  return { years, headcountFor };
}
