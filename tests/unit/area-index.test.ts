// Kecamatan and cities resolve from every common spelling to the official code; the rest is refused clearly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolveCity, resolveKecamatan } from '../../src/lib/geo/area-index.ts';
import { fixtureAreas } from '../support/pipeline.ts';

const covered = new Set(['32.71', '32.73']);
const resolves: [string, string, string][] = [
  ['32.73.22', '32.73.22', 'code'],
  ['327322', '32.73.22', 'code'],
  ['3273090', '32.73.22', 'bps'],
  ['3273250', '32.73.01', 'bps'],
  ['KEC. BUAH BATU', '32.73.22', 'name'],
  ['Kecamatan Buahbatu', '32.73.22', 'name'],
  ['buah batu', '32.73.22', 'name'],
  ['  Buah   Batu ', '32.73.22', 'name'],
  ['Astana Anyar', '32.73.10', 'name'],
  ['Ujung Berung', '32.73.26', 'name'],
  ['Kiara Condong', '32.73.16', 'name'],
  ['kec.bogor tengah', '32.71.03', 'name'],
  ['Tanah Sereal', '32.71.06', 'alias'],
  ['Bojong Loa Kaler', '32.73.04', 'name'],
];

for (const [input, code, via] of resolves) {
  test(`kecamatan ${JSON.stringify(input)} resolves to ${code} by ${via}`, async () => {
    assert.deepEqual(resolveKecamatan(await fixtureAreas(), covered, input), { ok: true, code, via });
  });
}

test('an unknown name is refused with the closest official names', async () => {
  const r = resolveKecamatan(await fixtureAreas(), covered, 'Buah Batuu');
  assert.equal(r.ok, false);
  assert.ok(!r.ok && r.reason === 'unknown' && r.suggestions[0] === '32.73.22');
});

test('a kecamatan of another city is "not covered", never a wrong match', async () => {
  const r = resolveKecamatan(await fixtureAreas(), covered, 'Beji');
  assert.ok(!r.ok && r.reason === 'not-covered' && r.matches.includes('32.76.06'));
  const byCode = resolveKecamatan(await fixtureAreas(), covered, '32.76.06');
  assert.ok(!byCode.ok && byCode.reason === 'not-covered');
});

const cities: [string, string | null][] = [
  ['Kota Bogor', '32.71'],
  ['bogor', '32.71'],
  ['3273', '32.73'],
  ['KOTA BANDUNG', '32.73'],
  ['Kabupaten Bogor', null],
  ['Kota Depok', null],
];
for (const [input, code] of cities) {
  test(`city ${JSON.stringify(input)} -> ${code ?? 'refused'}`, async () => {
    const r = resolveCity(await fixtureAreas(), new Map([['32.71', 'bogor'], ['32.73', 'bandung']]), input);
    assert.deepEqual(r.ok ? r.code : null, code);
  });
}
