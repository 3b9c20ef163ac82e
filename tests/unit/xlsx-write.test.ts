// The .xlsx writer: a workbook Excel opens with numbers as number cells and text as text, read back here
// by unzipping it (fflate) and reading the sheet XML; the same table always gives the same bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { columnName, writeXlsx } from '../../src/lib/xlsx/write-xlsx.ts';
import { csvToXlsx } from '../../src/lib/xlsx/csv-to-xlsx.ts';

const sheet = { name: 'Kasus: Bogor/2024', head: ['kecamatan_code', 'kecamatan', 'violations_per_1000_asn', 'demo'], rows: [['32.71.03', 'Bogor Tengah & "Pasar"', 1.5, true], ['32.71.02', 'Bogor Timur\u0007', null, false]] };

test('columns are lettered as Excel letters them', () => {
  assert.deepEqual([0, 25, 26, 27, 701, 702].map(columnName), ['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
});

test('a sheet holds the header in bold, numbers as number cells with a "." decimal, text escaped, blanks empty', async () => {
  const files = unzipSync(await writeXlsx([sheet]));
  assert.deepEqual(Object.keys(files).sort(), ['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  const xml = strFromU8(files['xl/worksheets/sheet1.xml']!);
  assert.match(xml, /<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">kecamatan_code<\/t><\/is><\/c>/);
  assert.match(xml, /<c r="C2"><v>1.5<\/v><\/c>/);
  assert.match(xml, /Bogor Tengah &amp; &quot;Pasar&quot;/);
  assert.match(xml, /<c r="D2" t="b"><v>1<\/v><\/c>/);
  assert.ok(!xml.includes('r="C3"'), 'a missing value is an empty cell, not 0');
  assert.ok(!xml.includes('\u0007'), 'control characters are dropped');
  assert.match(strFromU8(files['xl/workbook.xml']!), /<sheet name="Kasus  Bogor 2024" sheetId="1"/);
});

test('the same table gives the same bytes', async () => {
  assert.deepEqual(await writeXlsx([sheet]), await writeXlsx([sheet]));
});

test('a sheet of 10,000 rows, written in parts, reads back row for row, in the same bytes every time', async () => {
  const rows = Array.from({ length: 10_000 }, (_, i) => [`32.71.${String(i % 100).padStart(2, '0')}`, `Kelurahan ${i} & "${i % 7}"`, i * 1.5, i % 3 === 0 ? null : i % 2 === 0]);
  const big = { name: 'signings', head: ['kecamatan_code', 'name', 'value', 'flag'], rows };
  const bytes = await writeXlsx([big]);
  assert.deepEqual(await writeXlsx([big]), bytes);
  const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
  assert.equal([...xml.matchAll(/<row r="(\d+)">/g)].length, 10_001);
  assert.deepEqual([...xml.matchAll(/<row r="(\d+)">/g)].map((m) => Number(m[1])), Array.from({ length: 10_001 }, (_, i) => i + 1));
  assert.match(xml, /<c r="B10001" t="inlineStr"><is><t xml:space="preserve">Kelurahan 9999 &amp; &quot;3&quot;<\/t><\/is><\/c><c r="C10001"><v>14998.5<\/v><\/c><\/row><\/sheetData><\/worksheet>$/);
  assert.match(xml, /<c r="C2001"><v>2998.5<\/v><\/c><c r="D2001" t="b"><v>0<\/v><\/c><\/row><row r="2002">/);
});

test('a published CSV becomes a workbook with quantities as numbers and codes, ids and dates as text', async () => {
  const csv = '\uFEFFid,kecamatan_code,bps_code,date,signatories,share\ns1,32.71.03,3271030,2018-02-20,45,0.9\n';
  const xml = strFromU8(unzipSync(await csvToXlsx(csv, 'signings'))['xl/worksheets/sheet1.xml']!);
  assert.match(xml, /<c r="C2" t="inlineStr"><is><t xml:space="preserve">3271030<\/t>/);
  assert.match(xml, /<c r="D2" t="inlineStr"><is><t xml:space="preserve">2018-02-20<\/t>/);
  assert.match(xml, /<c r="E2"><v>45<\/v><\/c><c r="F2"><v>0.9<\/v><\/c>/);
});
