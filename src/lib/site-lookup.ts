// Lookups by code into the site data, built once per build: a page finds its own kecamatan, city, signings
// and elections by key instead of scanning every row of the country (7,285 kecamatan, 163,000 signings).
import type { CityInfo, ElectionInfo, KecamatanInfo, SigningInfo, SiteData } from './model.ts';

export interface SiteLookup {
  readonly kecamatan: ReadonlyMap<string, KecamatanInfo>;
  readonly city: ReadonlyMap<string, CityInfo>;
  readonly cityBySlug: ReadonlyMap<string, CityInfo>;
  readonly election: ReadonlyMap<string, ElectionInfo>;
  /** A city's kecamatan, in the data's order. */
  readonly kecamatanOfCity: ReadonlyMap<string, readonly KecamatanInfo[]>;
  /** Signings by kecamatan code, and by city code (all of the city's, city-wide ones included). */
  readonly signingsOfKecamatan: ReadonlyMap<string, readonly SigningInfo[]>;
  readonly signingsOfCity: ReadonlyMap<string, readonly SigningInfo[]>;
}

const built = new WeakMap<SiteData, SiteLookup>();

export function siteLookup(site: SiteData): SiteLookup {
  const hit = built.get(site);
  if (hit) return hit;
  const lookup: SiteLookup = {
    kecamatan: new Map(site.kecamatan.map((k) => [k.code, k])),
    city: new Map(site.cities.map((c) => [c.code, c])),
    cityBySlug: new Map(site.cities.map((c) => [c.slug, c])),
    election: new Map(site.elections.map((e) => [e.id, e])),
    kecamatanOfCity: groupBy(site.kecamatan, (k) => k.cityCode),
    signingsOfKecamatan: groupBy(site.signings, (s) => s.kecamatan),
    signingsOfCity: groupBy(site.signings, (s) => s.cityCode),
  };
  built.set(site, lookup);
  return lookup;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list === undefined) out.set(k, [row]);
    else list.push(row);
  }
  return out;
}
