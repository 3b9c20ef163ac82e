// The official list of areas (idn-area-data) indexed for resolving what stewards type.
import { cityKey, editDistance, kecamatanKey } from './area-key.ts';

export interface RegencyRow { readonly code: string; readonly name: string; readonly province_code: string }
export interface DistrictRow { readonly code: string; readonly name: string; readonly regency_code: string }
export interface VillageRow { readonly code: string; readonly name: string; readonly district_code: string }
export interface BpsRow { readonly bps_code: string; readonly code: string }
export interface AliasRow { readonly alias: string; readonly code: string }

export interface District { readonly code: string; readonly name: string; readonly regencyCode: string }
export interface Village { readonly code: string; readonly name: string; readonly districtCode: string }

export interface AreaIndex {
  readonly regencies: ReadonlyMap<string, RegencyRow>;
  readonly districts: ReadonlyMap<string, District>;
  readonly provinces: ReadonlySet<string>;
  readonly districtNames: ReadonlyMap<string, readonly string[]>;
  readonly bps: ReadonlyMap<string, string>;
  readonly aliases: ReadonlyMap<string, string>;
  /** Villages of the given regencies only (the index stays small). */
  readonly villagesByDistrict: ReadonlyMap<string, readonly Village[]>;
}

export type KecamatanResolution =
  | { readonly ok: true; readonly code: string; readonly via: 'code' | 'bps' | 'name' | 'alias' }
  | { readonly ok: false; readonly reason: 'unknown'; readonly suggestions: readonly string[] }
  | { readonly ok: false; readonly reason: 'unknown-bps' }
  | { readonly ok: false; readonly reason: 'not-covered'; readonly matches: readonly string[] }
  | { readonly ok: false; readonly reason: 'ambiguous'; readonly matches: readonly string[] };

export type CityResolution =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly reason: 'unknown' | 'not-covered'; readonly matches: readonly string[] };

/** Builds the index from the rows of idn-area-data plus the project's BPS bridge and alias tables. */
export function buildAreaIndex(input: {
  regencies: readonly RegencyRow[];
  districts: readonly DistrictRow[];
  villages: readonly VillageRow[];
  bps: readonly BpsRow[];
  aliases: readonly AliasRow[];
  villageRegencies: ReadonlySet<string>;
}): AreaIndex {
  const regencies = new Map(input.regencies.map((r) => [r.code, r]));
  const provinces = new Set(input.regencies.map((r) => r.province_code));
  const districts = new Map<string, District>();
  const districtNames = new Map<string, string[]>();
  for (const d of input.districts) {
    districts.set(d.code, { code: d.code, name: d.name, regencyCode: d.regency_code });
    const key = kecamatanKey(d.name);
    const list = districtNames.get(key) ?? [];
    list.push(d.code);
    districtNames.set(key, list);
  }
  const villagesByDistrict = new Map<string, Village[]>();
  for (const v of input.villages) {
    const districtCode = v.district_code;
    if (!input.villageRegencies.has(districtCode.slice(0, 5))) continue;
    const list = villagesByDistrict.get(districtCode) ?? [];
    list.push({ code: v.code, name: v.name, districtCode });
    villagesByDistrict.set(districtCode, list);
  }
  return {
    regencies,
    provinces,
    districts,
    districtNames,
    bps: new Map(input.bps.map((b) => [b.bps_code, b.code])),
    aliases: new Map(input.aliases.map((a) => [kecamatanKey(a.alias), a.code])),
    villagesByDistrict,
  };
}

const dottedCode = /^(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{2})$/;
const bpsCode = /^\d{7}$/;

/** Resolves a kecamatan given by Kemendagri code, BPS code, official name or known alias. */
export function resolveKecamatan(index: AreaIndex, covered: ReadonlySet<string>, raw: string): KecamatanResolution {
  const text = raw.trim();
  const inCoverage = (code: string) => covered.has(code.slice(0, 5));
  const found = (code: string, via: 'code' | 'bps' | 'name' | 'alias'): KecamatanResolution =>
    inCoverage(code) ? { ok: true, code, via } : { ok: false, reason: 'not-covered', matches: [code] };

  const compact = text.replace(/\s+/g, '');
  if (bpsCode.test(compact)) {
    const code = index.bps.get(compact);
    if (code !== undefined) return found(code, 'bps');
    // BPS codes cannot be derived from Kemendagri ones: a code missing from the bridge table needs a row there.
    return { ok: false, reason: 'unknown-bps' };
  }
  const parts = dottedCode.exec(text);
  if (parts) {
    const code = `${parts[1]}.${parts[2]}.${parts[3]}`;
    if (index.districts.has(code)) return found(code, 'code');
    return { ok: false, reason: 'unknown', suggestions: [] };
  }
  const key = kecamatanKey(text);
  const matches = index.districtNames.get(key) ?? [];
  const coveredMatches = matches.filter(inCoverage);
  if (coveredMatches.length === 1 && coveredMatches[0] !== undefined) return { ok: true, code: coveredMatches[0], via: 'name' };
  if (coveredMatches.length > 1) return { ok: false, reason: 'ambiguous', matches: coveredMatches };
  const alias = index.aliases.get(key);
  if (alias !== undefined) return found(alias, 'alias');
  if (matches.length > 0) return { ok: false, reason: 'not-covered', matches };
  return { ok: false, reason: 'unknown', suggestions: suggestKecamatan(index, covered, key) };
}

/** The closest official kecamatan names within the covered cities, nearest first. */
export function suggestKecamatan(index: AreaIndex, covered: ReadonlySet<string>, key: string): string[] {
  const scored: { code: string; distance: number }[] = [];
  const limit = Math.max(2, Math.floor(key.length * 0.4));
  for (const d of index.districts.values()) {
    if (!covered.has(d.regencyCode)) continue;
    const distance = editDistance(key, kecamatanKey(d.name));
    if (distance <= limit) scored.push({ code: d.code, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code));
  return scored.slice(0, 3).map((s) => s.code);
}

/** Resolves a city by code ("32.71", "3271"), slug or name ("Kota Bogor", "bogor"). */
export function resolveCity(index: AreaIndex, covered: ReadonlyMap<string, string>, raw: string): CityResolution {
  const text = raw.trim();
  const code = /^(\d{2})[.\s-]?(\d{2})$/.exec(text);
  if (code) {
    const dotted = `${code[1]}.${code[2]}`;
    if (covered.has(dotted)) return { ok: true, code: dotted };
    return { ok: false, reason: index.regencies.has(dotted) ? 'not-covered' : 'unknown', matches: [dotted] };
  }
  const { key, kind } = cityKey(text);
  for (const [cityCode, slug] of covered) {
    const regency = index.regencies.get(cityCode);
    if (regency === undefined) continue;
    const official = cityKey(regency.name);
    const kindAgrees = kind === undefined || kind === official.kind;
    if (kindAgrees && (official.key === key || slug === key)) return { ok: true, code: cityCode };
  }
  const elsewhere = [...index.regencies.values()].filter((r) => {
    const official = cityKey(r.name);
    return official.key === key && (kind === undefined || kind === official.kind);
  });
  return { ok: false, reason: elsewhere.length > 0 ? 'not-covered' : 'unknown', matches: elsewhere.map((r) => r.code) };
}
