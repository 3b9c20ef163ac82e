// The ingest's hash tables: a duplicate id is found with the line it first appeared on however many ids came
// between (the table grows many times), and a memo gives each distinct value its own result.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IdRegistry, StringMemo } from '../../src/lib/pipeline/string-table.ts';

test('every repeated id among 200,000 is found, with the line it first appeared on', () => {
  const ids = new IdRegistry();
  // Fresh strings, as the CSV parser gives them, including ids that differ in one character only.
  const id = (i: number): string => ['case', String(i)].join('-');
  for (let i = 0; i < 200_000; i++) assert.equal(ids.register(id(i), i + 2), 0);
  let found = 0;
  for (let i = 0; i < 200_000; i += 7) if (ids.register(id(i), 300_000) === i + 2) found++;
  assert.equal(found, Math.ceil(200_000 / 7));
  assert.equal(ids.register('case-200000', 300_001), 0, 'a new id is new');
  assert.equal(ids.register('case-200000', 300_002), 300_001);
});

test('the memo computes each distinct value once and keeps results apart, dates of different years included', () => {
  const memo = new StringMemo<{ value: string }>();
  let computed = 0;
  const parse = (raw: string) => {
    computed++;
    return { value: `parsed ${raw}` };
  };
  const dates = ['2019-03-05', '2024-03-05', '2018-03-05', '2019-03-05', '2024-03-05'];
  assert.deepEqual(
    dates.map((d) => memo.get([d].join(''), parse).value),
    dates.map((d) => `parsed ${d}`),
  );
  assert.equal(computed, 3);
});
