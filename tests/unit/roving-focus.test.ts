// Where a key leads inside a chart or map that is one tab stop: arrows step, Home and End jump, a letter
// finds the next name starting with it (wrapping), anything else is left to the browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { letterStep, listStep } from '../../src/scripts/roving-focus.ts';

const items = [{}, {}, {}, {}] as unknown as Element[];

const steps: [number, string, number | undefined][] = [
  [0, 'ArrowRight', 1],
  [0, 'ArrowDown', 1],
  [3, 'ArrowDown', 3],
  [2, 'ArrowLeft', 1],
  [0, 'ArrowUp', 0],
  [2, 'Home', 0],
  [1, 'End', 3],
  [1, 'Tab', undefined],
  [1, 'Enter', undefined],
];
for (const [from, key, to] of steps) {
  test(`${key} from item ${from} leads to ${to ?? 'nothing (the browser handles it)'}`, () => {
    assert.equal(listStep(items, from, key), to);
  });
}

test('a letter jumps to the next name starting with it, wrapping around; other keys do nothing', () => {
  const names = ['Andir', 'Antapani', 'Bojongloa Kaler', 'Kiaracondong', 'Astanaanyar'];
  assert.equal(letterStep(names, 0, 'a'), 1);
  assert.equal(letterStep(names, 1, 'A'), 4);
  assert.equal(letterStep(names, 4, 'a'), 0);
  assert.equal(letterStep(names, 0, 'k'), 3);
  assert.equal(letterStep(names, 0, 'z'), undefined);
  assert.equal(letterStep(names, 0, 'ArrowDown'), undefined);
  assert.equal(letterStep(names, 0, ' '), undefined);
});
