// data/README.md is the dictionary the schemas describe: regenerate it when they change.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dictionaryMarkdown } from '../../src/lib/schema/dictionary-markdown.ts';

test('data/README.md matches the schemas (run node scripts/write-data-dictionary.ts)', () => {
  const committed = readFileSync('data/README.md', 'utf8').split('\n');
  const fresh = dictionaryMarkdown().split('\n');
  const first = fresh.findIndex((line, i) => line !== committed[i]);
  assert.ok(first === -1 && committed.length === fresh.length, `data/README.md is stale from line ${first + 1}: run node scripts/write-data-dictionary.ts`);
});
