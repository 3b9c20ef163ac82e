// The zip writer under the .xlsx downloads: the same bytes as fflate's zipSync (level 6, fixed time), which
// wrote them before, and the parts every workbook repeats deflated once and reused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { zipEntries } from '../../src/lib/xlsx/zip-entries.ts';

const entries = [
  { name: 'a.xml', text: '<?xml version="1.0"?><a>ééé</a>', shared: true },
  { name: 'dir/b.xml', text: `<b>${'Kecamatan Bogor Tengah, 32.71.03; '.repeat(200)}</b>`, shared: false },
  { name: 'empty.txt', text: '', shared: false },
];

test("zipEntries writes the bytes fflate's zipSync wrote for the same files (level 6, 2000-01-01 00:00)", () => {
  const ours = zipEntries(entries.map((e) => ({ name: e.name, text: e.text, shared: e.shared })));
  const theirs = zipSync(Object.fromEntries(entries.map((e) => [e.name, strToU8(e.text)])), { level: 6, mtime: new Date(2000, 0, 1) });
  assert.deepEqual(ours, theirs);
});

test('a zip of zipEntries reads back entry for entry, a shared entry the same every time', () => {
  const make = (): Uint8Array => zipEntries(entries.map((e) => ({ name: e.name, text: e.text, shared: e.shared })));
  const first = make();
  assert.deepEqual(make(), first);
  const files = unzipSync(first);
  assert.deepEqual(Object.keys(files), entries.map((e) => e.name));
  for (const e of entries) assert.equal(strFromU8(files[e.name]!), e.text);
});

test('shared entries of the same name but other content are kept apart', () => {
  const one = unzipSync(zipEntries([{ name: 'x.xml', text: '<one/>', shared: true }]));
  const two = unzipSync(zipEntries([{ name: 'x.xml', text: '<two/>', shared: true }]));
  assert.deepEqual([strFromU8(one['x.xml']!), strFromU8(two['x.xml']!)], ['<one/>', '<two/>']);
});
