// The search index split into small shards by the first letters of each word of a name, so a reader
// downloads only the shard their query starts with (about 1 MB gzip for all of Indonesia in one file;
// a shard stays under ~10 kB). Shards are language-neutral: place names are the same in both languages
// and the page builds each kecamatan's address from its code. Matching itself is unchanged (match.ts).
import { createHash } from 'node:crypto';
import type { SiteData } from '../model.ts';
import { searchKey } from './normalise.ts';

/** A shard: c city names, k kecamatan [code, name, city], e names [name, kecamatan (or city for outside), kind]. */
export interface Shard {
  readonly c: string[];
  readonly k: [string, string, number][];
  readonly e: ([string, number] | [string, number, 1 | 2])[];
}
/** The manifest: shard prefix -> content hash (the shard's file is `<prefix>-<hash>.json`, cacheable for ever). */
export type ShardManifest = Record<string, string>;

/** Kind of a shard row: a kecamatan (0, omitted), a kelurahan (1) or a kecamatan outside the covered cities (2). */
const KELURAHAN = 1;
const OUTSIDE = 2;
/** Rows per shard before it is split on one more letter: about 9 kB gzip for Indonesian place names. */
export const SHARD_ROWS = 1400;
const FIRST = 2;

interface Row {
  readonly name: string;
  readonly kecamatan: string | null;
  readonly city: string;
  readonly kind: 0 | 1 | 2;
}

/** Word keys of a name: "Bogor Tengah" -> ["bogor", "tengah"]; each word starts a way to find it. */
export function wordKeys(name: string): string[] {
  const whole = searchKey(name);
  const words = name.split(/[\s\-/().,']+/).map(searchKey).filter((w) => w.length > 0);
  return [...new Set([whole, ...words])];
}

const built = new WeakMap<SiteData, { manifest: ShardManifest; shards: Map<string, Shard> }>();

/** The shards and their manifest, built once per build (the manifest and every shard route ask). */
export function buildSearchShards(site: SiteData): { manifest: ShardManifest; shards: Map<string, Shard> } {
  const hit = built.get(site);
  if (hit) return hit;
  const cityName = new Map(site.cities.map((c) => [c.code, c.name]));
  const kecName = new Map(site.kecamatan.map((k) => [k.code, k.name]));
  const rows: Row[] = [];
  for (const k of site.kecamatan) {
    const city = cityName.get(k.cityCode) ?? '';
    rows.push({ name: k.name, kecamatan: k.code, city, kind: 0 });
    for (const v of k.villages) rows.push({ name: v.name, kecamatan: k.code, city, kind: KELURAHAN });
  }
  for (const o of site.nearby) rows.push({ name: o.name, kecamatan: null, city: o.regency, kind: OUTSIDE });

  // Each row under every word it can be found by, then groups split until they are small.
  const placed: { key: string; row: Row }[] = rows.flatMap((row) => wordKeys(row.name).map((key) => ({ key, row })));
  const groups = new Map<string, { key: string; row: Row }[]>();
  const split = (items: { key: string; row: Row }[], length: number): void => {
    const byPrefix = new Map<string, { key: string; row: Row }[]>();
    for (const item of items) {
      const p = item.key.slice(0, length);
      const list = byPrefix.get(p);
      if (list === undefined) byPrefix.set(p, [item]);
      else list.push(item);
    }
    for (const [p, list] of byPrefix) {
      const distinct = new Set(list.map((x) => x.row));
      if (distinct.size > SHARD_ROWS && list.some((x) => x.key.length > length)) split(list, length + 1);
      else groups.set(p, [...(groups.get(p) ?? []), ...list]);
    }
  };
  split(placed, FIRST);

  const manifest: ShardManifest = {};
  const shards = new Map<string, Shard>();
  for (const prefix of [...groups.keys()].sort()) {
    const distinct = [...new Set(groups.get(prefix)!.map((x) => x.row))];
    const shard = toShard(distinct, kecName);
    shards.set(prefix, shard);
    manifest[prefix] = createHash('sha256').update(JSON.stringify(shard)).digest('hex').slice(0, 8);
  }
  built.set(site, { manifest, shards });
  return { manifest, shards };
}

function toShard(rows: readonly Row[], kecName: ReadonlyMap<string, string>): Shard {
  const cities: string[] = [];
  const cityIndex = new Map<string, number>();
  const cityOf = (name: string): number => {
    let i = cityIndex.get(name);
    if (i === undefined) cityIndex.set(name, (i = cities.push(name) - 1));
    return i;
  };
  const kecamatan: [string, string, number][] = [];
  const kecIndex = new Map<string, number>();
  const kecOf = (code: string, city: string): number => {
    let i = kecIndex.get(code);
    if (i === undefined) kecIndex.set(code, (i = kecamatan.push([code, kecName.get(code) ?? code, cityOf(city)]) - 1));
    return i;
  };
  const sorted = [...rows].sort((a, b) => a.name.localeCompare(b.name) || a.city.localeCompare(b.city) || (a.kecamatan ?? '').localeCompare(b.kecamatan ?? '') || a.kind - b.kind);
  const e: Shard['e'] = sorted.map((r) => (r.kind === OUTSIDE ? [r.name, cityOf(r.city), OUTSIDE] : r.kind === KELURAHAN ? [r.name, kecOf(r.kecamatan!, r.city), KELURAHAN] : [r.name, kecOf(r.kecamatan!, r.city)]));
  return { c: cities, k: kecamatan, e };
}
