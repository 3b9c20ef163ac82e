// The cache key of every page and file a route returns from getStaticPaths (Astro's incremental build skips a
// path whose key and code are unchanged and restores its previous output: src/lib/build-cache/page-cache-setup.ts).
// A key is the build fingerprint + the global digest + the digest of the data the path can show: its city's slice
// (kecamatan pages, city pages, their embeds, downloads and social cards; city and province pages also the map
// scales, whose quantile breaks span every kecamatan of the site: only the city maps, their downloads and the
// city's kecamatan-rate grid use them, so a changed break does not regenerate every kecamatan page),
// its province's cities (province pages), or the bytes of the file it serves (data and boundaries files). Site-wide pages (home, search, data,
// updates, feeds, the search index...) get no key: they are few and always generated.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pageOf, type PageRef } from '../../i18n/routes.ts';
import { geoIndex } from '../geo-data.ts';
import { buildScales } from '../map/scales.ts';
import { provinceOf } from '../provinces.ts';
import { recordData } from '../record/record-data.ts';
import { casesOf, siteData } from '../site-data.ts';
import { siteLookup } from '../site-lookup.ts';
import { dataDigests } from './data-slices.ts';
import { buildFingerprint } from './fingerprint.ts';

interface Keys {
  /** City code -> key of its kecamatan pages and their embeds, downloads and cards. */
  readonly kecamatan: ReadonlyMap<string, string>;
  /** City code -> key of the city page and its embeds, downloads and card: the kecamatan's plus the map scales, which span every city. */
  readonly city: ReadonlyMap<string, string>;
  /** Province code -> key of its page. */
  readonly province: ReadonlyMap<string, string>;
  /** Fingerprint and global digest, the base of file keys. */
  readonly base: string;
}

const hash = (...parts: readonly string[]): string => createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 32);
const outDir = (...path: string[]): string => resolve(process.env['OUT_DIR'] ?? 'generated', ...path);

let keys: Keys | null | undefined;

/** Null when the page cache is off: no path then carries a key. */
function pageKeys(): Keys | null {
  if (keys !== undefined) return keys;
  if (process.env['PAGE_CACHE'] === 'off') return (keys = null);
  const site = siteData();
  const digests = dataDigests({
    site,
    geo: geoIndex(),
    shared: { record: recordData() },
    casesOf,
    geoFile: (name) => (existsSync(outDir('geo', name)) ? readFileSync(outDir('geo', name), 'utf8') : null),
  });
  const base = hash(buildFingerprint(process.cwd(), process.env), digests.global);
  const scales = hash(JSON.stringify(buildScales(site)));
  const kecamatan = new Map([...digests.cities].map(([code, d]) => [code, hash(base, 'kecamatan', d)]));
  const city = new Map([...digests.cities].map(([code, d]) => [code, hash(base, 'city', scales, d)]));
  const ofProvince = new Map<string, string[]>();
  for (const [code, d] of digests.cities) ofProvince.set(provinceOf(code), [...(ofProvince.get(provinceOf(code)) ?? []), d]);
  const province = new Map([...ofProvince].map(([code, list]) => [code, hash(base, 'province', scales, ...list)]));
  return (keys = { kecamatan, city, province, base });
}

/** The key of a page, undefined for the site-wide pages that are always generated. */
export function refKey(ref: PageRef): string | undefined {
  const k = pageKeys();
  if (k === null) return undefined;
  const lookup = siteLookup(siteData());
  if (ref.page === 'city') return k.city.get(lookup.cityBySlug.get(ref.slug)?.code ?? '');
  if (ref.page === 'kecamatan') return k.kecamatan.get(lookup.kecamatan.get(ref.code)?.cityCode ?? '');
  if (ref.page === 'province') return k.province.get(ref.code);
  return undefined;
}

/** The key of what belongs to the page at an address ("/kota/bogor/?metrik=…#chart"): embeds, downloads, cards. */
export function pathKey(path: string): string | undefined {
  const found = pageOf(path.replace(/[?#].*$/, ''));
  return found ? refKey(found.ref) : undefined;
}

const fileKeys = new Map<string, string | undefined>();

/** The key of a file served as it is or converted (generated/<folder>/<name>): its bytes, read and hashed once
 *  per build however many paths serve it (a CSV and its .xlsx twin). */
export function fileKey(folder: string, name: string): string | undefined {
  const k = pageKeys();
  if (k === null) return undefined;
  const id = `${folder}/${name}`;
  if (!fileKeys.has(id)) {
    const path = outDir(folder, name);
    fileKeys.set(id, existsSync(path) ? hash(k.base, 'file', folder, name, createHash('sha256').update(readFileSync(path)).digest('hex')) : undefined);
  }
  return fileKeys.get(id);
}

/** A static path with its cache key (a path without one is always generated). */
export function keyed<T extends object>(path: T, cacheKey: string | undefined): T & { cacheKey?: string } {
  return cacheKey === undefined ? path : { ...path, cacheKey };
}
