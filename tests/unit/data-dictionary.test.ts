// data/README.md is the dictionary the schemas describe: regenerate it when they change.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { dictionaryMarkdown } from '../../src/lib/schema/dictionary-markdown.ts';

test('data/README.md matches the schemas (run node scripts/write-data-dictionary.ts)', () => {
  assert.equal(readFileSync('data/README.md', 'utf8'), dictionaryMarkdown());
});
