// The last few values made: kept by key up to the capacity, the oldest let go first, made again when asked anew.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Recent } from '../../src/lib/recent.ts';

test('a value is made once while kept, the oldest is let go first, and is made again when asked anew', () => {
  const made: string[] = [];
  const recent = new Recent<string, string>(2);
  const get = (key: string): string => recent.get(key, () => (made.push(key), `${key}!`));
  assert.deepEqual([get('a'), get('b'), get('a')], ['a!', 'b!', 'a!']);
  assert.deepEqual(made, ['a', 'b']);
  get('c'); // lets 'a' go: the first made
  assert.equal(get('b'), 'b!');
  assert.deepEqual(made, ['a', 'b', 'c']);
  get('a');
  assert.deepEqual(made, ['a', 'b', 'c', 'a']);
});

test('objects are kept by identity: an equal but other object is another key', () => {
  const recent = new Recent<readonly number[], number>(4);
  const one = [1, 2];
  assert.equal(recent.get(one, () => 1), 1);
  assert.equal(recent.get(one, () => 2), 1);
  assert.equal(recent.get([1, 2], () => 3), 3);
});
