// The search index split into small shards, so a reader downloads only the shard their query needs
// (about 1 MB gzip per language for all of Indonesia as one file). Every name is placed under each of its
// words ("Bogor Tengah" under "bogortengah", "bogor" and "tengah"), the placements sorted by key and cut into
// runs of about SHARD_BYTES: a query reads the one run its key falls in, where every name starting with it
// begins. Shards are language-neutral: place names are the same in both languages and the page builds each
// kecamatan's address from its code. Matching itself is unchanged (match.ts).
import { createHash } from 'node:crypto';
import type { SiteData } from '../model.ts';
import { searchKey } from './normalise.ts';

/** A shard: c city names, k kecamatan [code, name, city], e names [name, kecamatan (or city for outside), kind, and for a kelurahan the last part of its code]. */
export interface Shard {
  readonly c: string[];
  readonly k: [string, string, number][];
  readonly e: ([string, number] | [string, number, 2] | [string, number, 1, string])[];
}
/** The manifest: [first key, content hash] of every shard in key order; a shard's file is `<hash>.json`, cacheable for ever. */
export type ShardManifest = [string, string][];

/** Kind of a shard row: a kecamatan (0, omitted), a kelurahan (1) or a kecamatan outside the covered cities (2). */
const KELURAHAN = 1;
const OUTSIDE = 2;
/** JSON bytes per shard, about: some 8 kB gzip of Indonesian place names. */
export const SHARD_BYTES = 30_000;

interface Row {
  readonly name: string;
  readonly kecamatan: string | null;
  readonly city: string;
  readonly kind: 0 | 1 | 2;
  /** A kelurahan's own code (32.71.02.1001), so its search result can name it on the kecamatan page. */
  readonly code?: string;
}

/** Word keys of a name: "Bogor Tengah" -> ["bogor", "tengah"]; each word starts a way to find it. */
export function wordKeys(name: string): string[] {
  const whole = searchKey(name);
  const words = name.split(/[\s\-/().,']+/).map(searchKey).filter((w) => w.length > 0);
  return [...new Set([whole, ...words])];
}

const built = new WeakMap<SiteData, { manifest: ShardManifest; shards: Map<string, Shard> }>();

/** The shards and their manifest, built once per build (the manifest and every shard route ask). */
export function buildSearchShards(site: SiteData, shardBytes = SHARD_BYTES): { manifest: ShardManifest; shards: Map<string, Shard> } {
  const hit = shardBytes === SHARD_BYTES ? built.get(site) : undefined;
  if (hit) return hit;
  const cityName = new Map(site.cities.map((c) => [c.code, c.name]));
  const kecName = new Map(site.kecamatan.map((k) => [k.code, k.name]));
  const rows: Row[] = [];
  for (const k of site.kecamatan) {
    const city = cityName.get(k.cityCode) ?? '';
    rows.push({ name: k.name, kecamatan: k.code, city, kind: 0 });
    for (const v of k.villages) rows.push({ name: v.name, kecamatan: k.code, city, kind: KELURAHAN, code: v.code });
  }
  for (const o of site.nearby) rows.push({ name: o.name, kecamatan: null, city: o.regency, kind: OUTSIDE });

  // Each row under every word it can be found by, in key order, cut into runs of about `shardBytes` of JSON
  // (a name, plus its kecamatan and city the first time the run meets them: names found by a common word
  // such as "tengah" come from all over the country and weigh three times more).
  const placed = rows.flatMap((row) => wordKeys(row.name).map((key) => ({ key, row }))).sort((x, y) => compare(x.key, y.key) || compareRows(x.row, y.row));
  const runs: { start: string; rows: Row[] }[] = [];
  let current: { start: string; rows: Row[]; bytes: number; kecamatan: Set<string>; cities: Set<string> } | undefined;
  placed.forEach(({ key, row }, i) => {
    if (current === undefined || current.bytes >= shardBytes) {
      // A run cut inside one key starts just after it ("!" sorts before every letter and digit), so the key's own query reads the run where it begins.
      const newKey = i === 0 || placed[i - 1]!.key !== key;
      current = { start: newKey ? key : `${key}!`, rows: [], bytes: 0, kecamatan: new Set(), cities: new Set() };
      runs.push(current);
    }
    current.rows.push(row);
    current.bytes += row.name.length + 12;
    if (row.kecamatan !== null && !current.kecamatan.has(row.kecamatan)) {
      current.kecamatan.add(row.kecamatan);
      current.bytes += (kecName.get(row.kecamatan)?.length ?? 0) + 24;
    }
    if (!current.cities.has(row.city)) {
      current.cities.add(row.city);
      current.bytes += row.city.length + 3;
    }
  });

  const manifest: ShardManifest = [];
  const shards = new Map<string, Shard>();
  for (const run of runs) {
    const shard = toShard([...new Set(run.rows)], kecName);
    const hash = createHash('sha256').update(JSON.stringify(shard)).digest('hex').slice(0, 8);
    shards.set(hash, shard);
    manifest.push([run.start, hash]);
  }
  if (shardBytes === SHARD_BYTES) built.set(site, { manifest, shards });
  return { manifest, shards };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const compareRows = (a: Row, b: Row): number => a.name.localeCompare(b.name) || a.city.localeCompare(b.city) || (a.kecamatan ?? '').localeCompare(b.kecamatan ?? '') || a.kind - b.kind;

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
  const sorted = [...rows].sort(compareRows);
  const e: Shard['e'] = sorted.map((r) => (r.kind === OUTSIDE ? [r.name, cityOf(r.city), OUTSIDE] : r.kind === KELURAHAN ? [r.name, kecOf(r.kecamatan!, r.city), KELURAHAN, (r.code ?? '').slice(r.kecamatan!.length + 1)] : [r.name, kecOf(r.kecamatan!, r.city)]));
  return { c: cities, k: kecamatan, e };
}
