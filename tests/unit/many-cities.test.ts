// Titles name a few cities and count many; the switch happens past CITY_DETAIL_LIMIT.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CITY_DETAIL_LIMIT, citiesPhrase, manyCities } from '../../src/lib/many-cities.ts';
import type { SiteData } from '../../src/lib/model.ts';

const withCities = (names: readonly string[]): SiteData => ({ cities: names.map((name, i) => ({ code: `32.${70 + i}`, slug: `c${i}`, name, kecamatan: [] })) }) as unknown as SiteData;

test('two cities are named in the reader\'s language', () => {
  const data = withCities(['Kota Bogor', 'Kota Depok']);
  assert.equal(manyCities(data), false);
  assert.equal(citiesPhrase('id', data), 'Kota Bogor dan Kota Depok');
  assert.equal(citiesPhrase('en', data), 'Kota Bogor and Kota Depok');
});

test('a province of 27 cities is counted, not listed', () => {
  const data = withCities(Array.from({ length: 27 }, (_, i) => `Kota ${i}`));
  assert.equal(manyCities(data), true);
  assert.equal(citiesPhrase('id', data), '27 kota dan kabupaten');
  assert.equal(citiesPhrase('en', data), '27 cities and regencies');
});

test('the limit itself still names every city', () => {
  const data = withCities(Array.from({ length: CITY_DETAIL_LIMIT }, (_, i) => `Kota ${i}`));
  assert.equal(manyCities(data), false);
  assert.match(citiesPhrase('en', data), /^Kota 0, Kota 1, Kota 2,? and Kota 3$/);
});
