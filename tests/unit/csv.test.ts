// Reading and writing CSV: delimiters, BOM, CRLF, quotes, blank lines, codes kept as text, line numbers.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { sniffDelimiter, streamCsv } from '../../src/lib/pipeline/csv-stream.ts';
import { csvField, csvLine } from '../../src/lib/pipeline/csv-write.ts';

const sniff: [string, string][] = [
  ['id,election,kecamatan\n1,a,b', ','],
  ['id;election;kecamatan\r\n1;a;b', ';'],
  ['id\telection\tkecamatan\n', '\t'],
  ['\uFEFFid;nama_unit\n', ';'],
  ['id;"a,b";c\n', ';'],
  ['id', ','],
];
for (const [head, expected] of sniff) {
  test(`sniffDelimiter finds ${JSON.stringify(expected)} in ${JSON.stringify(head.slice(0, 20))}`, () => assert.equal(sniffDelimiter(head), expected));
}

async function rows(text: string, delimiter = ','): Promise<[string[], number][]> {
  const out: [string[], number][] = [];
  await streamCsv(Readable.from([text]), delimiter, (fields, line) => out.push([[...fields], line]));
  return out;
}

test('BOM is removed from the first header and CRLF rows keep their line numbers', async () => {
  assert.deepEqual(await rows('\uFEFFid;kode\r\n1;007\r\n\r\n2;32.73.01\r\n', ';'), [
    [['id', 'kode'], 1],
    [['1', '007'], 2],
    [['2', '32.73.01'], 4],
  ]);
});

test('a quoted field spanning lines advances the line count', async () => {
  assert.deepEqual(await rows('a,b\n"x\ny",1\nz,2\n'), [
    [['a', 'b'], 1],
    [['x\ny', '1'], 2],
    [['z', '2'], 4],
  ]);
});

test('a one-row file (header only) gives its header', async () => {
  assert.deepEqual(await rows('id,election'), [[['id', 'election'], 1]]);
});

test('csvField quotes only when needed and escapes quotes', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a,b'), '"a,b"');
  assert.equal(csvField('say "hi"'), '"say ""hi"""');
  assert.equal(csvField(' edge'), '" edge"');
  assert.equal(csvField(true), 'yes');
  assert.equal(csvField(undefined), '');
  assert.equal(csvLine(['32.73.01', 7, '']), '32.73.01,7,\n');
});
