// A shard as the matcher reads it: the same entries as the one-file index had (key, name, page, parent,
// city, outside), with each kecamatan's page built from its code for the reader's language (a kelurahan's
// with ?kel=<its code>).
import type { IndexEntry } from './search-index.ts';
import type { Shard } from './search-shards.ts';
import { searchKey } from './normalise.ts';

/** `pageOf` turns a kecamatan code into its page in the reader's language. */
export function expandShard(shard: Shard, pageOf: (code: string) => string): IndexEntry[] {
  return shard.e.map(([n, ref, kind, own]) => {
    if (kind === 2) return { k: searchKey(n), n, c: shard.c[ref] ?? '', o: 1 };
    const [code, name, city] = shard.k[ref] ?? ['', '', 0];
    const base = { k: searchKey(n), n, u: pageOf(code), c: shard.c[city] ?? '' };
    // A kelurahan leads to its kecamatan's page, which then says the kelurahan lies there (?kel=).
    return kind === 1 ? { ...base, u: `${base.u}?kel=${code}.${own ?? ''}`, p: name } : base;
  });
}
