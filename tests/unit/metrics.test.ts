// Medians from histograms and ratios that refuse to divide by zero.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ratio } from '../../src/lib/metrics/definitions.ts';
import { histogramMedian } from '../../src/lib/metrics/median.ts';

const medians: [[number, number][], number | null][] = [
  [[], null],
  [[[5, 1]], 5],
  [[[4, 1], [10, 1], [20, 1]], 10],
  [[[4, 1], [10, 1]], 7],
  [[[1, 3], [100, 1]], 1],
  [[[2, 2], [8, 2]], 5],
];
for (const [pairs, expected] of medians) {
  test(`median of ${JSON.stringify(pairs)} is ${expected}`, () => assert.equal(histogramMedian(new Map(pairs)), expected));
}

test('ratio is null without a denominator', () => {
  assert.equal(ratio(3, 0), null);
  assert.equal(ratio(45, 50), 0.9);
});
