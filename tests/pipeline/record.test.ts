// The public record (reported-figures.csv) through the real pipeline: what it refuses, word for word, and
// what it publishes: every figure with its source, none demo, elections without kecamatan rows kept apart.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import Papa from 'papaparse';
import { fixtureWith, readClean, runOn } from '../support/pipeline.ts';

const record = await readFile('tests/fixtures/record/reported-figures.csv', 'utf8');

/** Replaces one field of one line (1-based; the header is line 1); the fixture quotes no field. */
function setField(text: string, line: number, column: string, value: string): string {
  const lines = text.split('\n');
  const index = (lines[0] ?? '').split(',').indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  const fields = (lines[line - 1] ?? '').split(',');
  fields[index] = value;
  lines[line - 1] = fields.join(',');
  return lines.join('\n');
}

const refusals: { name: string; change: (t: string) => string; expected: string }[] = [
  { name: 'a figure without a source URL', change: (t) => setField(t, 2, 'source_url', ''), expected: 'reported-figures.csv:2: source_url: a value is required but the field is empty [required]' },
  { name: 'a figure without the date it was stated', change: (t) => setField(t, 3, 'stated_date', ''), expected: 'reported-figures.csv:3: stated_date: a value is required but the field is empty [required]' },
  { name: 'a figure without its stating body', change: (t) => setField(t, 4, 'stated_by', ''), expected: 'reported-figures.csv:4: stated_by: a value is required but the field is empty [required]' },
  { name: 'a stating body outside the list', change: (t) => setField(t, 4, 'stated_by', 'DPR'), expected: 'reported-figures.csv:4: stated_by: value "DPR" is not known for this column; accepted values: bawaslu_ri (Bawaslu RI), bawaslu_provinsi (Bawaslu provinsi), bawaslu_kota (Bawaslu kota/kabupaten), kasn (KASN), bkn (BKN), kemendagri (Kemendagri) [unknown-value]' },
  { name: 'an area code idn-area-data does not know', change: (t) => setField(t, 5, 'region', '32.99'), expected: 'reported-figures.csv:5: region: region "32.99" is not an official province (32) or regency (32.71) code [unknown-region]' },
  { name: 'a demo flag', change: (t) => setField(t, 2, 'demo', 'ya'), expected: 'reported-figures.csv:2: demo: the public record never holds demo data: remove this row, or clear the demo column if the figure is real and sourced [figure-demo]' },
  { name: 'a national figure that names a region', change: (t) => setField(t, 2, 'region', '32'), expected: 'reported-figures.csv:2: region: scope national must not name a region [region-scope]' },
  { name: 'a figure stated before the date it is as of', change: (t) => setField(t, 5, 'stated_date', '2024-11-01'), expected: 'reported-figures.csv:5: stated_date: date "2024-11-01" must be on or after as_of (2024-11-21) [figure-dates-order]' },
  { name: 'a note without its English text', change: (t) => setField(t, 3, 'note', 'catatan'), expected: 'reported-figures.csv:3: note_en: this note needs its English text in note_en: the English pages show it [figure-note-en]' },
  { name: 'a contradiction naming no figure', change: (t) => setField(t, 6, 'contradicts', 'rf-zz'), expected: 'reported-figures.csv:6: contradicts: figure code "rf-zz" is not in this file [unknown-figure]' },
];

for (const { name, change, expected } of refusals) {
  test(`the record refuses ${name}`, async () => {
    const result = await runOn(await fixtureWith({ 'reported-figures.csv': change(record) }));
    assert.equal(result.site, undefined, 'nothing is published');
    assert.deepEqual(result.lines, [expected]);
  });
}

test('a clean record is published with a source URL on every row and no demo row', async () => {
  const result = await runOn(await fixtureWith({ 'reported-figures.csv': record }));
  assert.deepEqual(result.lines, []);
  const rows = Papa.parse<Record<string, string>>(await readFile(join(result.out, 'publish', 'reported-figures.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  assert.deepEqual(rows.map((r) => r['id']), ['rf-a', 'rf-b', 'rf-c', 'rf-d', 'rf-e']);
  for (const row of rows) {
    assert.match(row['source_url'] ?? '', /^https:\/\//);
    assert.equal(row['demo'], 'no');
  }
  assert.deepEqual(rows.map((r) => r['region_name']), ['', '', '', 'Kota Bogor', 'Jawa Barat']);
});

test('an election named only by the record stays out of the per-kecamatan layer and in the record', async () => {
  const elections = `${(await readClean('elections.csv')).trimEnd()}\npilkada-2020,Pilkada 2020,2020 regional elections,pilkada,2020-09-26,2020-12-05,2020-12-09,2019-10-01,2021-06-30,KPU: PKPU 5/2020,,tidak\n`;
  const result = await runOn(await fixtureWith({ 'elections.csv': elections, 'reported-figures.csv': setField(record, 2, 'election', 'pilkada-2020') }));
  assert.deepEqual(result.lines, []);
  assert.deepEqual(result.site?.elections.map((e) => e.id), ['pilkada-2018', 'pemilu-2024', 'pilkada-2024']);
  const written = JSON.parse(await readFile(join(result.out, 'record.json'), 'utf8')) as { elections: { id: string }[] };
  assert.deepEqual(written.elections.map((e) => e.id), ['pilkada-2018', 'pilkada-2020', 'pemilu-2024', 'pilkada-2024']);
});

test('without a record file the run writes no record at all', async () => {
  const result = await runOn(await fixtureWith({}));
  assert.deepEqual(result.lines, []);
  await assert.rejects(readFile(join(result.out, 'publish', 'reported-figures.csv'), 'utf8'));
});
