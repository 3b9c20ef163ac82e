// No page singles out a person: case lists carry only category, status, dates and sanction; position
// groups never appear per kecamatan; no personal-data column reaches the published files.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'cheerio';
import { personalDataHeader } from '../../src/lib/pipeline/personal-data.ts';
import { positionGroups } from '../../src/lib/vocab/terms.ts';

const allowedCaseColumns = { id: ['Dilaporkan', 'Pemilihan', 'Asal', 'Kategori', 'Status', 'Diputus', 'Sanksi'], en: ['Reported', 'Election', 'Origin', 'Category', 'Status', 'Decided', 'Sanction'] };

test('every case list shows only the allowed fields, one row per published case', () => {
  const cases = readFileSync('generated/publish/cases.csv', 'utf8').trim().split('\n').slice(1);
  for (const lang of ['id', 'en'] as const) {
    const dir = lang === 'id' ? 'dist/kecamatan' : 'dist/en/kecamatan';
    let rows = 0;
    for (const code of readdirSync(dir)) {
      const $ = load(readFileSync(`${dir}/${code}/index.html`, 'utf8'));
      const table = $('table.case-list');
      if (table.length === 0) continue;
      assert.deepEqual(table.find('thead th').map((_, th) => $(th).text()).get(), allowedCaseColumns[lang]);
      rows += table.find('tbody tr').length;
    }
    assert.equal(rows, cases.length, `${lang}: every published case is listed once`);
  }
});

test('no kecamatan page names a position group', () => {
  const labels = positionGroups.terms.flatMap((t) => [t.id, t.en]).filter((l) => l.length > 8);
  for (const dir of ['dist/kecamatan', 'dist/en/kecamatan']) {
    for (const code of readdirSync(dir)) {
      const text = load(readFileSync(`${dir}/${code}/index.html`, 'utf8'))('main').text();
      for (const label of labels) assert.ok(!text.includes(label), `${dir}/${code} mentions "${label}"`);
    }
  }
});

test('the published files carry no personal-data column', () => {
  for (const file of ['cases.csv', 'signings.csv', 'events.csv']) {
    const header = (readFileSync(`dist/data/${file}`, 'utf8').split('\n')[0] ?? '').split(',');
    for (const column of header) assert.equal(personalDataHeader(column), undefined, `${file}: ${column}`);
    assert.ok(!header.includes('position_group'), `${file} has no position group`);
  }
});
