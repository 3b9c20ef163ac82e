// Running tallies filled row by row during ingest, turned into published totals at the end.
import { ALL, type MonthCount } from '../model.ts';
import { decidedStatuses, provenStatuses, recommendedStatuses, signingActivities } from '../vocab/terms.ts';
import { termKey } from '../vocab/vocabulary.ts';
import { epochDay } from '../pipeline/dates.ts';
import type { AreaCounts } from './area-counts.ts';
import { mergeHistogram } from './median.ts';
import { totalsOf, type Totals } from './totals.ts';

/** One accepted case row, as the tally reads it: the cases.csv fields it counts by (the ingest passes its row as it is). */
export interface CaseTally {
  readonly election: string;
  readonly kecamatan: string;
  readonly status: string;
  readonly category: string;
  readonly position_group: string;
  /** ISO date of the report or finding. */
  readonly reported_date: string;
  readonly decision_date?: string | undefined;
  readonly demo?: boolean | undefined;
}

/** Days from report to decision, for decided cases only (an open case with a date is not finished). */
export function handlingDays(c: Pick<CaseTally, 'status' | 'reported_date' | 'decision_date'>): number | null {
  const decided = c.decision_date;
  return decided !== undefined && statusFlags(c.status).decided ? epochDay(decided) - epochDay(c.reported_date) : null;
}

interface CaseCounts {
  reported: number;
  proven: number;
  undecided: number;
  recommended: number;
  sanctioned: number;
  demo: number;
  byCategory: Map<string, number>;
  byStatus: Map<string, number>;
  handling: Map<number, number>;
  /** Position groups: summed to city level only when published. */
  groups: Map<string, number>;
  /** yyyy-mm of the report -> [reported, proven]. */
  months: Map<string, [number, number]>;
}

interface SigningCounts {
  events: number;
  demo: number;
}

interface UnitBest {
  signatories: number;
  staff: number;
}

const newCaseCounts = (): CaseCounts => ({ reported: 0, proven: 0, undecided: 0, recommended: 0, sanctioned: 0, demo: 0, byCategory: new Map(), byStatus: new Map(), handling: new Map(), groups: new Map(), months: new Map() });
const bump = (map: Map<string, number>, key: string, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};

interface StatusFlags {
  readonly proven: boolean;
  readonly decided: boolean;
  readonly recommended: boolean;
  readonly sanctioned: boolean;
}

const flagsByStatus = new Map<string, StatusFlags>();

/** What a status means for the counts, looked up once per row instead of once per set. */
function statusFlags(status: string): StatusFlags {
  let flags = flagsByStatus.get(status);
  if (flags === undefined) {
    flags = { proven: provenStatuses.has(status), decided: decidedStatuses.has(status), recommended: recommendedStatuses.has(status), sanctioned: status === 'sanctioned' };
    flagsByStatus.set(status, flags);
  }
  return flags;
}

/** Everything counted per election and area while the rows stream past. */
export class Tally {
  private readonly signings = new Map<string, SigningCounts>();
  /** election|area|unit -> the unit's best pact/pledge signing in that election. */
  private readonly units = new Map<string, UnitBest & { election: string; area: string }>();
  private readonly casesByElection = new Map<string, Map<string, CaseCounts>>();
  /** election|area -> its units' summed best signings: built once when totals are asked for, so each area's totals read their own units instead of scanning every unit. */
  private unitSums: Map<string, { units: number; signatories: number; staff: number }> | null = null;
  /** yyyy-mm of each report date seen (dates repeat: one string per date). */
  private readonly monthOf = new Map<string, string>();

  /** Elections with at least one case or signing row counted. */
  electionsWithRows(): Set<string> {
    const ids = new Set(this.casesByElection.keys());
    for (const key of this.signings.keys()) ids.add(key.slice(0, key.indexOf('|')));
    return ids;
  }

  /** Counts one accepted case row. It is read now and not kept, so the ingest may reuse it. */
  addCase(row: CaseTally): void {
    const { election, kecamatan, status, category } = row;
    let reportedMonth = this.monthOf.get(row.reported_date);
    if (reportedMonth === undefined) this.monthOf.set(row.reported_date, (reportedMonth = row.reported_date.slice(0, 7)));
    const flags = statusFlags(status);
    const handling = handlingDays(row);
    let perElection = this.casesByElection.get(election);
    if (perElection === undefined) this.casesByElection.set(election, (perElection = new Map<string, CaseCounts>()));
    let c = perElection.get(kecamatan);
    if (c === undefined) perElection.set(kecamatan, (c = newCaseCounts()));
    const { proven } = flags;
    c.reported++;
    if (proven) c.proven++;
    if (!flags.decided) c.undecided++;
    if (flags.recommended) c.recommended++;
    if (flags.sanctioned) c.sanctioned++;
    if (row.demo === true) c.demo++;
    bump(c.byCategory, category);
    bump(c.byStatus, status);
    bump(c.groups, row.position_group);
    if (handling !== null) c.handling.set(handling, (c.handling.get(handling) ?? 0) + 1);
    const m = c.months.get(reportedMonth);
    if (m === undefined) c.months.set(reportedMonth, [1, proven ? 1 : 0]);
    else {
      m[0]++;
      if (proven) m[1]++;
    }
  }

  /** Counts one accepted signing; `area` is a kecamatan code or, for city-wide events, the city code. */
  addSigning(election: string, area: string, activity: string, unitType: string, unitName: string, signatories: number, staff: number, demo: boolean): void {
    const key = `${election}|${area}`;
    let s = this.signings.get(key);
    if (s === undefined) this.signings.set(key, (s = { events: 0, demo: 0 }));
    s.events++;
    if (demo) s.demo++;
    if (!signingActivities.has(activity)) return;
    this.unitSums = null;
    const unitKey = `${election}|${area}|${unitType}|${termKey(unitName)}`;
    const best = this.units.get(unitKey);
    if (best === undefined || signatories > best.signatories) this.units.set(unitKey, { signatories, staff, election, area });
  }

  /** Totals for every election (and ALL) and every city and kecamatan. */
  totals(
    elections: readonly string[],
    cities: ReadonlyMap<string, readonly string[]>,
    headcountFor: (election: string, area: string) => number | null,
  ): Record<string, Record<string, Totals>> {
    const out: Record<string, Record<string, Totals>> = {};
    for (const election of [...elections, ALL]) {
      const scope = election === ALL ? elections : [election];
      const table: Record<string, Totals> = {};
      for (const [cityCode, kecamatanCodes] of cities) {
        for (const kec of kecamatanCodes) table[kec] = this.areaTotals(scope, [kec], headcountFor(election, kec), null);
        const cityHeadcounts = kecamatanCodes.map((k) => headcountFor(election, k));
        const cityHeadcount = cityHeadcounts.every((h) => h !== null) && cityHeadcounts.length > 0 ? cityHeadcounts.reduce<number>((a, b) => a + (b ?? 0), 0) : null;
        table[cityCode] = this.areaTotals(scope, [cityCode, ...kecamatanCodes], cityHeadcount, cityCode);
      }
      out[election] = table;
    }
    return out;
  }

  /** `citywide` is the city code whose own (kecamatan-less) signings are counted apart, or null for a kecamatan. */
  private areaTotals(elections: readonly string[], areas: readonly string[], headcount: number | null, citywide: string | null): Totals {
    return totalsOf(this.areaCounts(elections, areas, headcount, citywide));
  }

  /** The tallies of some areas over some elections, summed. */
  private areaCounts(elections: readonly string[], areas: readonly string[], headcount: number | null, citywide: string | null): AreaCounts {
    const c = newCaseCounts();
    let events = 0;
    let signingDemo = 0;
    let signatories = 0;
    let citywideSignatories = 0;
    let unitStaff = 0;
    let units = 0;
    const unitSums = this.unitsByArea();
    for (const election of elections) {
      for (const area of areas) {
        const cc = this.casesByElection.get(election)?.get(area);
        if (cc !== undefined) addCaseCounts(c, cc);
        const sc = this.signings.get(`${election}|${area}`);
        if (sc !== undefined) {
          events += sc.events;
          signingDemo += sc.demo;
        }
        const us = unitSums.get(`${election}|${area}`);
        if (us !== undefined) {
          units += us.units;
          signatories += us.signatories;
          unitStaff += us.staff;
          if (area === citywide) citywideSignatories += us.signatories;
        }
      }
    }
    return {
      signingEvents: events,
      signatories,
      units,
      unitStaff,
      citywideSignatories,
      reported: c.reported,
      proven: c.proven,
      undecided: c.undecided,
      recommended: c.recommended,
      sanctioned: c.sanctioned,
      notFollowedUp: c.byStatus.get('not_followed_up') ?? 0,
      headcount,
      handling: c.handling,
      byCategory: sortedRecord(c.byCategory),
      byStatus: sortedRecord(c.byStatus),
      demoRows: c.demo + signingDemo,
      rows: c.reported + events,
    };
  }

  private unitsByArea(): Map<string, { units: number; signatories: number; staff: number }> {
    if (this.unitSums !== null) return this.unitSums;
    const sums = new Map<string, { units: number; signatories: number; staff: number }>();
    for (const unit of this.units.values()) {
      const key = `${unit.election}|${unit.area}`;
      const sum = sums.get(key);
      if (sum === undefined) sums.set(key, { units: 1, signatories: unit.signatories, staff: unit.staff });
      else {
        sum.units++;
        sum.signatories += unit.signatories;
        sum.staff += unit.staff;
      }
    }
    this.unitSums = sums;
    return sums;
  }

  /** Cases per election and month, for each kecamatan and (summed) each city. */
  monthly(cities: ReadonlyMap<string, readonly string[]>): Record<string, MonthCount[]> {
    const out: Record<string, MonthCount[]> = {};
    const rows = (sums: Map<string, [number, number]>): MonthCount[] =>
      [...sums]
        .map(([key, [reported, proven]]) => {
          const [election = '', month = ''] = key.split('|');
          return { election, month, reported, proven };
        })
        .sort((a, b) => a.month.localeCompare(b.month) || a.election.localeCompare(b.election));
    for (const [cityCode, kecamatanCodes] of cities) {
      const citySum = new Map<string, [number, number]>();
      for (const kec of kecamatanCodes) {
        const kecSum = new Map<string, [number, number]>();
        for (const [election, perKecamatan] of this.casesByElection) {
          for (const [month, [r, p]] of perKecamatan.get(kec)?.months ?? []) {
            const key = `${election}|${month}`;
            kecSum.set(key, [r, p]);
            const c = citySum.get(key) ?? [0, 0];
            citySum.set(key, [c[0] + r, c[1] + p]);
          }
        }
        out[kec] = rows(kecSum);
      }
      out[cityCode] = rows(citySum);
    }
    return out;
  }

  /** Position groups per election (and ALL) per city. */
  positionGroups(elections: readonly string[], cityCodes: readonly string[]): Record<string, Record<string, Record<string, number>>> {
    const out: Record<string, Record<string, Record<string, number>>> = {};
    for (const election of [...elections, ALL]) {
      const scope = election === ALL ? elections : [election];
      out[election] = {};
      const sums = new Map<string, Map<string, number>>(cityCodes.map((city) => [city, new Map()]));
      for (const e of scope) {
        for (const [kec, counts] of this.casesByElection.get(e) ?? []) {
          const sum = sums.get(kec.slice(0, 5));
          if (sum !== undefined) for (const [k, v] of counts.groups) bump(sum, k, v);
        }
      }
      for (const city of cityCodes) out[election][city] = sortedRecord(sums.get(city) ?? new Map());
    }
    return out;
  }
}

/** Adds one area-and-election's case counts into a running sum. */
function addCaseCounts(sum: CaseCounts, add: CaseCounts): void {
  sum.reported += add.reported;
  sum.proven += add.proven;
  sum.undecided += add.undecided;
  sum.recommended += add.recommended;
  sum.sanctioned += add.sanctioned;
  sum.demo += add.demo;
  for (const [k, v] of add.byCategory) bump(sum.byCategory, k, v);
  for (const [k, v] of add.byStatus) bump(sum.byStatus, k, v);
  mergeHistogram(sum.handling, add.handling);
}

function sortedRecord(map: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)));
}
