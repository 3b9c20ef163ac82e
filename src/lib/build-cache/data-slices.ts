// What a page can show, cut into digests: one per covered city (every record of the city, its kecamatan and
// kelurahan, their totals and trends, its published cases and its boundaries) and one global digest for the
// rest (footer counts, data-up-to date, demo flag, city and election lists, events, map scales, the official
// record, the boundaries' index...). Coarse on purpose: whatever is not explicitly a city's lands in the global
// digest, so a new field of the site data invalidates every page until someone files it under a city.
import { createHash } from 'node:crypto';
import type { GeoIndex, SiteData } from '../model.ts';
import { siteLookup } from '../site-lookup.ts';

/** The data the pages read, besides site-data.json's tables: passed in so the digests stay pure. */
export interface SliceInputs {
  readonly site: SiteData;
  readonly geo: GeoIndex;
  /** Anything else every page may show (map scales, the official record...). */
  readonly shared: unknown;
  /** The published case rows of a kecamatan (generated/publish/cases.csv). */
  readonly casesOf: (kecamatanCode: string) => readonly unknown[];
  /** A boundaries file's text, null when absent. */
  readonly geoFile: (name: string) => string | null;
}

export interface Digests {
  readonly global: string;
  /** City code -> digest of the city's slice. */
  readonly cities: ReadonlyMap<string, string>;
}

const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value) ?? 'undefined').digest('hex');

export function dataDigests(inputs: SliceInputs): Digests {
  const { site } = inputs;
  const cityOfArea = new Map<string, string>();
  for (const c of site.cities) for (const area of [c.code, ...c.kecamatan]) cityOfArea.set(area, c.code);
  const covered = new Set(site.cities.map((c) => c.code));
  for (const k of site.kecamatan) if (covered.has(k.cityCode)) cityOfArea.set(k.code, k.cityCode);
  const cities = new Map(site.cities.map((c) => [c.code, digest(citySlice(inputs, c.code))]));
  return { global: digest(globalSlice(inputs, cityOfArea)), cities };
}

/** Everything but the city-keyed tables, plus the rows of those tables that belong to no covered city. */
function globalSlice({ site, geo, shared }: SliceInputs, cityOfArea: ReadonlyMap<string, string>): unknown {
  const { kecamatan, signings, totals, monthly, positionGroups, ...rest } = site;
  const stray = (area: string): boolean => !cityOfArea.has(area);
  return {
    rest,
    shared,
    geo,
    kecamatan: kecamatan.filter((k) => stray(k.code)),
    signings: signings.filter((s) => stray(s.cityCode)),
    totals: Object.entries(totals).map(([election, table]) => [election, Object.entries(table).filter(([area]) => stray(area))]),
    monthly: Object.entries(monthly).filter(([area]) => stray(area)),
    positionGroups: Object.entries(positionGroups).map(([election, table]) => [election, Object.entries(table).filter(([area]) => stray(area))]),
  };
}

/** One city's slice: its kecamatan (with kelurahan), signings, totals, trends, position groups, cases and boundaries. */
function citySlice({ site, geo, casesOf, geoFile }: SliceInputs, cityCode: string): unknown {
  const lookup = siteLookup(site);
  const city = lookup.city.get(cityCode)!;
  const kecamatan = lookup.kecamatanOfCity.get(cityCode) ?? [];
  const areas = [cityCode, ...new Set([...city.kecamatan, ...kecamatan.map((k) => k.code)])];
  const entry = geo.cities[cityCode];
  return {
    city,
    kecamatan,
    signings: lookup.signingsOfCity.get(cityCode) ?? [],
    totals: Object.entries(site.totals).map(([election, table]) => [election, areas.map((area) => table[area] ?? null)]),
    monthly: areas.map((area) => site.monthly[area] ?? null),
    positionGroups: Object.entries(site.positionGroups).map(([election, table]) => [election, table[cityCode] ?? null]),
    cases: areas.map((area) => casesOf(area)),
    geo: entry ? [entry, geoFile(entry.kecamatan), entry.kelurahan === null ? null : geoFile(entry.kelurahan)] : null,
  };
}
