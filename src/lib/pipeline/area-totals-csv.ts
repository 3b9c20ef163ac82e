// The totals of every kecamatan and city per election as CSV, with the denominators beside each ratio,
// so a reader can recompute every figure (and the city = its kecamatan + its city-wide signings).
import { ALL, type SiteData, type Totals } from '../model.ts';
import { csvText } from './csv-write.ts';

export const areaTotalsColumns = [
  'election', 'area_level', 'area_code', 'area', 'city_code',
  'reported', 'undecided', 'proven', 'share_proven',
  'sanctioned', 'not_followed_up', 'awaiting_sanction', 'follow_through',
  'headcount_asn', 'violations_per_1000_asn', 'median_handling_days',
  'signatories', 'citywide_signatories', 'pact_coverage', 'unit_staff', 'unit_uptake', 'signing_events',
  'few_cases', 'demo_rows', 'data_up_to',
] as const;

/** `few_cases` is "yes" when the rate per 1,000 ASN rests on fewer than `few` proven cases. */
export function areaTotalsCsv(site: SiteData, few: number): string {
  const rows: (string | number | null)[][] = [];
  const row = (election: string, level: string, code: string, name: string, cityCode: string, t: Totals): (string | number | null)[] => [
    election, level, code, name, cityCode,
    t.reported, t.undecided, t.proven, round(t.shareProven),
    t.sanctioned, t.notFollowedUp, t.awaitingSanction, round(t.followThrough),
    t.headcount, round(t.violationsPer1000), t.medianHandlingDays,
    t.signatories, t.citywideSignatories, round(t.coverage), t.unitStaff, round(t.unitUptake), t.signingEvents,
    t.proven < few ? 'yes' : 'no', t.demoRows, site.dataUpTo,
  ];
  for (const election of [...site.elections.map((e) => e.id), ALL]) {
    const table = site.totals[election] ?? {};
    for (const city of site.cities) {
      const cityTotals = table[city.code];
      if (cityTotals) rows.push(row(election, 'kota', city.code, city.name, city.code, cityTotals));
      for (const code of city.kecamatan) {
        const t = table[code];
        const name = site.kecamatan.find((k) => k.code === code)?.name ?? code;
        if (t) rows.push(row(election, 'kecamatan', code, name, city.code, t));
      }
    }
  }
  return csvText(areaTotalsColumns, rows);
}

/** Six decimals: exact enough to recompute, short enough to read; "." as decimal mark, never a thousands mark. */
function round(v: number | null): number | null {
  return v === null ? null : Math.round(v * 1e6) / 1e6;
}
