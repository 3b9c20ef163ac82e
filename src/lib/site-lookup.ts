// Lookups by code into the site data, built once per build: a page finds its own kecamatan, city, signings
// and elections by key instead of scanning every row of the country (7,285 kecamatan, 163,000 signings).
import type { CityInfo, ElectionInfo, EventInfo, KecamatanInfo, SigningInfo, SiteData } from './model.ts';

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
  /** The events a city's timeline shows: its own and every event that is not a city's, in the data's order. */
  readonly eventsOfCity: (cityCode: string) => readonly EventInfo[];
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
    eventsOfCity: eventsOfCity(site.events),
  };
  built.set(site, lookup);
  return lookup;
}

/** Each city's events, picked once per city (a timeline is drawn on each of its kecamatan pages, in each language). */
function eventsOfCity(events: readonly EventInfo[]): (cityCode: string) => readonly EventInfo[] {
  const picked = new Map<string, readonly EventInfo[]>();
  return (cityCode) => {
    let hit = picked.get(cityCode);
    if (hit === undefined) {
      hit = events.filter((e) => e.scope !== 'city' || e.region === cityCode);
      picked.set(cityCode, hit);
    }
    return hit;
  };
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
