// Reading and writing CSV: delimiters, BOM, CRLF, quotes, blank lines, codes kept as text, line numbers.
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { test } from 'node:test';
import { sniffDelimiter, streamCsv } from '../../src/lib/pipeline/csv-stream.ts';
import { csvField, csvFile, csvLine, type OutputColumn } from '../../src/lib/pipeline/csv-write.ts';
import { openInput, type InputIO } from '../../src/lib/pipeline/input-source.ts';

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

test('cells that depend on one field are written once per value, and each row still gets its own', () => {
  const names: Record<string, string> = { '32.71.01': 'Bogor Selatan', '32.71.02': 'Bogor "Timur", Kota' };
  let looked = 0;
  const name = (code: string): string => {
    looked++;
    return names[code] ?? '';
  };
  type Row = { readonly id: string; readonly kecamatan: string; readonly note: string | undefined };
  const columns = (of: 'kecamatan' | undefined): readonly OutputColumn<Row>[] => [
    { name: 'id', cell: (r) => r.id, plain: true, field: 'id' },
    { name: 'city_code', cell: (r) => r.kecamatan.slice(0, 5), plain: true, ...(of ? { of } : {}) },
    { name: 'kecamatan_code', cell: (r) => r.kecamatan, plain: true, ...(of ? { of } : {}) },
    { name: 'kecamatan', cell: (r) => name(r.kecamatan), ...(of ? { of } : {}) },
    { name: 'note', cell: (r) => r.note },
  ];
  const rows: Row[] = [
    { id: '1', kecamatan: '32.71.01', note: 'a, b' },
    { id: '2', kecamatan: '32.71.02', note: undefined },
    { id: '3', kecamatan: '32.71.01', note: ' x' },
    { id: '4', kecamatan: '32.71.02', note: 'y' },
    { id: '5', kecamatan: '32.71.99', note: 'z' },
  ];
  const expected = [
    'id,city_code,kecamatan_code,kecamatan,note',
    '1,32.71,32.71.01,Bogor Selatan,"a, b"',
    '2,32.71,32.71.02,"Bogor ""Timur"", Kota",',
    '3,32.71,32.71.01,Bogor Selatan," x"',
    '4,32.71,32.71.02,"Bogor ""Timur"", Kota",y',
    '5,32.71,32.71.99,,z',
    '',
  ].join('\n');
  assert.equal(csvFile(columns(undefined), rows), expected);
  looked = 0;
  assert.equal(csvFile(columns('kecamatan'), rows), expected);
  assert.equal(looked, 3, 'one name lookup per distinct kecamatan');
});

test('a read error in the middle of an input fails its ingest instead of leaving it waiting', async () => {
  const bytes = new TextEncoder().encode('id,name\n1,a\n');
  const io: InputIO = {
    dataLabel: 'memory:',
    list: () => Promise.resolve(['cases.csv']),
    head: () => Promise.resolve(bytes),
    readBytes: () => Promise.resolve(bytes),
    open: () =>
      new Readable({
        read() {
          this.push(Buffer.from(bytes));
          this.destroy(new Error('EIO: i/o error, read'));
        },
      }),
  };
  const input = await openInput(io, 'cases.csv');
  assert.ok(input.ok);
  await assert.rejects(input.rows(() => undefined), /EIO/);
});

/** Splits a text into reads of `size` characters, as a file stream gives them. */
const reads = (text: string, size: number): Readable => Readable.from(Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size)));

test('a quote left open near the top of a large file is parsed in a few pieces, not once per read', async () => {
  // papaparse parses an open row again from its start with every new piece: once per 4 kB read, this file's open
  // row would be parsed about 2,000 times (some 8 GB of text); in pieces that double while no row is found, a few times.
  const text = `id,title\n1,"${'x'.repeat(8_000_000)}\n`;
  let pieces = 0;
  const errors = await streamCsv(reads(text, 4096), ',', () => undefined, () => {
    pieces++;
    return undefined;
  });
  assert.ok(pieces <= 20, `${pieces} pieces`);
  assert.equal(errors[0]?.code, 'MissingQuotes');
  assert.equal(errors[0]?.line, 2);
});

test('small reads reach the parser joined, and a large file still streams in pieces with every row in order', async () => {
  const lines = Array.from({ length: 40_000 }, (_, i) => `${i},Kecamatan ${i % 7}`);
  const text = `id,name\n${lines.join('\n')}\n`;
  let pieces = 0;
  const seen: number[] = [];
  await streamCsv(reads(text, 7), ',', (fields, line) => void (line > 1 && seen.push(Number(fields[0]) + 2 === line ? 1 : 0)), () => {
    pieces++;
    return undefined;
  });
  assert.equal(seen.length, 40_000);
  assert.ok(seen.every((ok) => ok === 1), 'each row keeps its line number');
  // About 700 kB of text: in pieces of at least 32 kB, not 100,000 reads of 7 characters, and never all at once.
  assert.ok(pieces >= 10 && pieces <= 25, `${pieces} pieces`);
});
