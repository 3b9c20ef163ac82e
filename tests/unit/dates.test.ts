// Dates in the forms stewards type, and the ones that cannot exist.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daysBetween, epochDay, parseDate } from '../../src/lib/pipeline/dates.ts';

const cases: [string, `${number}-${number}-${number}` | 'format' | 'impossible'][] = [
  ['2018-02-15', '2018-02-15'],
  ['15/02/2018', '2018-02-15'],
  ['15-02-2018', '2018-02-15'],
  ['5/2/2018', '2018-02-05'],
  ['15 Februari 2018', '2018-02-15'],
  ['15 Feb 2018', '2018-02-15'],
  ['15 february 2018', '2018-02-15'],
  ['1 Agustus 2024', '2024-08-01'],
  ['3 Okt 2024', '2024-10-03'],
  ['27 Mei 2018', '2018-05-27'],
  ['  27 Juni 2018 ', '2018-06-27'],
  ['29/02/2024', '2024-02-29'],
  ['29/02/2023', 'impossible'],
  ['31 April 2024', 'impossible'],
  ['2024-13-01', 'impossible'],
  ['02/15/2018', 'impossible'],
  ['15 Fibruari 2018', 'format'],
  ['2018/02/15', 'format'],
  ['kemarin', 'format'],
  ['', 'format'],
];

for (const [input, expected] of cases) {
  test(`parseDate(${JSON.stringify(input)}) is ${expected}`, () => {
    const result = parseDate(input);
    if (expected === 'format' || expected === 'impossible') assert.deepEqual(result, { ok: false, reason: expected });
    else assert.deepEqual(result, { ok: true, iso: expected });
  });
}

test('daysBetween counts whole days across months and leap years', () => {
  assert.equal(daysBetween('2024-02-28', '2024-03-01'), 2);
  assert.equal(daysBetween('2018-03-01', '2018-03-11'), 10);
});

test('epochDay counts the days since 1970-01-01 of every date from 1900 to 2100, leap days included', () => {
  let wrong = 0;
  for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
    const iso = new Date(t).toISOString().slice(0, 10);
    if (epochDay(iso) !== Math.round(t / 86_400_000)) wrong++;
  }
  assert.equal(wrong, 0);
  assert.equal(epochDay('2024-03-01') - epochDay('2024-02-28'), 2);
  assert.equal(epochDay('2023-03-01') - epochDay('2023-02-28'), 1);
  assert.equal(epochDay('1970-01-01'), 0);
});
