// The search index as one list: every kecamatan and kelurahan name of the covered cities, and the kecamatan
// of the same provinces that the site does not cover. The search box reads it in shards (search-shards.ts,
// expand-shard.ts, same entries); this whole list is the reference the tests hold the shards' answers to.
import { pathOf, type Lang } from '../../i18n/index.ts';
import type { SiteData } from '../model.ts';
import { searchKey } from './normalise.ts';

/** One searchable name. Short keys keep the file small: k key, n name, u page, p parent kecamatan, c city, o outside. */
export interface IndexEntry {
  readonly k: string;
  readonly n: string;
  readonly u?: string;
  readonly p?: string;
  readonly c: string;
  readonly o?: 1;
}

export function buildSearchIndex(site: SiteData, lang: Lang): IndexEntry[] {
  const entries: IndexEntry[] = [];
  const cityName = new Map(site.cities.map((c) => [c.code, c.name]));
  for (const k of site.kecamatan) {
    const u = pathOf({ page: 'kecamatan', code: k.code }, lang);
    const c = cityName.get(k.cityCode) ?? '';
    entries.push({ k: searchKey(k.name), n: k.name, u, c });
    for (const v of k.villages) entries.push({ k: searchKey(v.name), n: v.name, u: `${u}?kel=${v.code}`, p: k.name, c });
  }
  for (const o of site.nearby) entries.push({ k: searchKey(o.name), n: o.name, c: o.regency, o: 1 });
  return entries;
}
