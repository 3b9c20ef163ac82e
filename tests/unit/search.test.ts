// Search answers a citizen's spelling with the right kecamatan, and an honest "not covered" for places
// outside the covered cities. Table-driven over the spellings real readers type.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { search, type Match } from '../../src/lib/search/match.ts';
import { expandShard } from '../../src/lib/search/expand-shard.ts';
import { buildSearchIndex, type IndexEntry } from '../../src/lib/search/search-index.ts';
import { buildSearchShards } from '../../src/lib/search/search-shards.ts';
import { shardFor } from '../../src/lib/search/shard-for.ts';
import { runOn } from '../support/pipeline.ts';

let index: IndexEntry[] | undefined;
let sharded: ((query: string) => IndexEntry[]) | undefined;
async function idIndex(): Promise<IndexEntry[]> {
  if (index === undefined) {
    const { site } = await runOn('tests/fixtures/clean');
    assert.ok(site);
    index = buildSearchIndex(site, 'id');
    // Shards of some 40 names, so that the fixture's index is cut in many places, as the country's is.
    const { manifest, shards } = buildSearchShards(site, 1500);
    assert.ok(manifest.length >= 20, `the fixture's index is in ${manifest.length} shards`);
    sharded = (query) => {
      const i = shardFor(manifest.map(([start]) => start), query);
      return i === null ? [] : expandShard(shards.get(manifest[i]![1])!, (code) => `/kecamatan/${code}/`);
    };
  }
  return index;
}

/** What the search box answers: the matcher over the one shard the query's key falls in. */
async function shardSearch(query: string): Promise<Match[]> {
  await idIndex();
  return search(sharded!(query), query);
}

// query -> name of the first answer, its kecamatan (for a kelurahan) or '' (for a kecamatan), and the page
// (a kelurahan's with ?kel=<its code>, so the page can say which kecamatan it lies in).
const cases: [string, string, string, string | null][] = [
  ['buah batu', 'Buahbatu', '', '/kecamatan/32.73.22/'],
  ['Buahbatu', 'Buahbatu', '', '/kecamatan/32.73.22/'],
  ['KEC. BUAH BATU', 'Buahbatu', '', '/kecamatan/32.73.22/'],
  ['kiaracondong', 'Kiaracondong', '', '/kecamatan/32.73.16/'],
  ['Kiara Condong', 'Kiaracondong', '', '/kecamatan/32.73.16/'],
  ['kiaracondng', 'Kiaracondong', '', '/kecamatan/32.73.16/'],
  ['buahbatuu', 'Buahbatu', '', '/kecamatan/32.73.22/'],
  ['Bojong Loa', 'Bojongloa Kaler', '', '/kecamatan/32.73.04/'],
  ['Cibaduyut', 'Cibaduyut', 'Bojongloa Kidul', '/kecamatan/32.73.17/?kel=32.73.17.1003'],
  ['Babakan Pasar', 'Babakan Pasar', 'Bogor Tengah', '/kecamatan/32.71.03/?kel=32.71.03.1008'],
  ['tanah sereal', 'Tanah Sareal', '', '/kecamatan/32.71.06/'],
  ['Ujung Berung', 'Ujungberung', '', '/kecamatan/32.73.26/'],
  // A place with where it lies: the kelurahan Sukasari of Kota Bogor, not the kecamatan Sukasari of Bandung.
  ['Sukasari Bogor', 'Sukasari', 'Bogor Timur', '/kecamatan/32.71.02/?kel=32.71.02.1001'],
  ['sukasari bogor timur', 'Sukasari', 'Bogor Timur', '/kecamatan/32.71.02/?kel=32.71.02.1001'],
  ['Sukasari, Kota Bogor', 'Sukasari', 'Bogor Timur', '/kecamatan/32.71.02/?kel=32.71.02.1001'],
  ['sukasari bandung', 'Sukasari', '', '/kecamatan/32.73.01/'],
  ['Cibadak Tanah Sareal', 'Cibadak', 'Tanah Sareal', '/kecamatan/32.71.06/?kel=32.71.06.1011'],
  ['Cibadak Astanaanyar', 'Cibadak', 'Astanaanyar', '/kecamatan/32.73.10/?kel=32.73.10.1005'],
];
for (const [query, name, parent, url] of cases) {
  test(`"${query}" answers ${name}${parent ? ` (in ${parent})` : ''}`, async () => {
    const [first] = search(await idIndex(), query);
    assert.equal(first?.entry.n, name);
    assert.deepEqual((await shardSearch(query))[0], first, 'the sharded index answers the same');
    assert.equal(first?.entry.p ?? '', parent);
    assert.equal(first?.entry.u ?? null, url);
  });
}

const outside: [string, string][] = [
  ['Beji', 'Kota Depok'],
  ['Cimahi Utara', 'Kota Cimahi'],
  ['Jatinangor', 'Kabupaten Sumedang'],
];
for (const [query, regency] of outside) {
  test(`"${query}" is answered as not covered (${regency}), never as a wrong kecamatan`, async () => {
    const [first] = search(await idIndex(), query);
    assert.deepEqual((await shardSearch(query))[0], first, 'the sharded index answers the same');
    assert.equal(first?.entry.o, 1);
    assert.equal(first?.entry.c, regency);
    assert.equal(first?.entry.u, undefined);
  });
}

test('nonsense and one-letter queries answer nothing', async () => {
  assert.deepEqual(search(await idIndex(), 'qqqq'), []);
  assert.deepEqual(search(await idIndex(), 'b'), []);
});

test('a word inside a name finds it from that word\'s shard: "tengah" answers Bogor Tengah among others', async () => {
  const answers = await shardSearch('tengah');
  assert.ok(answers.some((m) => m.entry.n === 'Bogor Tengah' && m.entry.u === '/kecamatan/32.71.03/'), answers.map((m) => m.entry.n).join(', '));
});
