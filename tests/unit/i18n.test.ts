// Numbers and dates in the reader's locale; both dictionaries hold the same keys.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';
import { formatDate, formatNumber, formatPercent, pathOf } from '../../src/i18n/index.ts';

test('Indonesian numbers and dates: 1.234,5 and 15 Februari 2018', () => {
  assert.equal(formatNumber('id', 1234.5, 1), '1.234,5');
  assert.equal(formatDate('id', '2018-02-15'), '15 Februari 2018');
  assert.equal(formatPercent('id', 0.774), '77,4%');
});

test('counts are the same text however often asked, in each language apart; other numbers too', () => {
  for (let round = 0; round < 2; round++) {
    assert.deepEqual([0, 7, 1234, 9999, 10_000, 123_456].map((n) => formatNumber('id', n)), ['0', '7', '1.234', '9.999', '10.000', '123.456']);
    assert.deepEqual([0, 7, 1234, 9999, 10_000, 123_456].map((n) => formatNumber('en', n)), ['0', '7', '1,234', '9,999', '10,000', '123,456']);
    assert.deepEqual([-3, 2.5, -0].map((n) => formatNumber('id', n)), ['-3', '3', '-0']);
    assert.equal(formatNumber('id', 1234, 1), '1.234,0');
  }
});

test('English numbers and dates: 1,234.5 and 15 February 2018', () => {
  assert.equal(formatNumber('en', 1234.5, 1), '1,234.5');
  assert.equal(formatDate('en', '2018-02-15'), '15 February 2018');
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)).sort();
}
test('the English dictionary has exactly the Indonesian keys', () => assert.deepEqual(keys(en), keys(id)));

test('pages have their own words in each language', () => {
  assert.equal(pathOf({ page: 'about' }, 'id'), '/tentang/');
  assert.equal(pathOf({ page: 'about' }, 'en'), '/en/about/');
  assert.equal(pathOf({ page: 'city', slug: 'bogor' }, 'id'), '/kota/bogor/');
  assert.equal(pathOf({ page: 'kecamatan', code: '32.73.22' }, 'en'), '/en/kecamatan/32.73.22/');
});
