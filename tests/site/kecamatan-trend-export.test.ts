// The kecamatan trend is exported as every city chart is: an embed page and SVG, CSV and .xlsx downloads in
// both languages, linked from the kecamatan page with an embed code; its PNG is no file but a button the
// reader's browser draws it with (tests/site/png-in-browser.test.ts); the city timeline repeated on the
// kecamatan page is not exported again.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'cheerio';
import Papa from 'papaparse';

const site = JSON.parse(readFileSync('generated/site-data.json', 'utf8')) as { kecamatan: { code: string; name: string }[]; dataUpTo: string };
const idOf = (code: string): string => `cases-monthly-${code.replaceAll('.', '-')}`;
const csvOf = (file: string): string[][] => Papa.parse<string[]>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

test('every kecamatan trend has an embed page and SVG, CSV and .xlsx downloads, in both languages, and no PNG file', () => {
  assert.ok(site.kecamatan.length > 30);
  for (const { code } of site.kecamatan) {
    for (const prefix of ['', 'en/']) {
      for (const file of [`embed/${idOf(code)}/index.html`, ...['svg', 'csv', 'xlsx'].map((f) => `export/${idOf(code)}.${f}`)]) assert.ok(existsSync(`dist/${prefix}${file}`), `${prefix}${file}`);
      assert.equal(existsSync(`dist/${prefix}export/${idOf(code)}.png`), false, `${prefix}${idOf(code)}.png is drawn by the browser`);
    }
  }
});

test("the kecamatan page links its trend's downloads and embed code; its city timeline offers none", () => {
  for (const [file, prefix] of [['dist/kecamatan/32.71.03/index.html', ''], ['dist/en/kecamatan/32.73.22/index.html', '/en']] as const) {
    const $ = load(readFileSync(file, 'utf8'));
    const id = idOf(file.match(/(\d{2}\.\d{2}\.\d{2})/)![1]!);
    const links = $(`figure#${id} .share-tools a[download]`).map((_, a) => $(a).attr('href')).get();
    assert.deepEqual(links, ['svg', 'csv', 'xlsx'].map((f) => `${prefix}/export/${id}.${f}`));
    const button = $(`figure#${id} .share-tools button.png-maker`);
    assert.deepEqual([button.attr('data-svg'), button.attr('data-file'), button.is('[hidden]')], [`${prefix}/export/${id}.svg`, `${id}.png`, true], 'a PNG button, hidden until the script shows it, drawing the SVG');
    assert.equal($(`figure#${id} .share-tools`).children().first().next().is(button), true, 'where the PNG link was, first of the downloads');
    assert.match($(`#embed-${id}`).text(), new RegExp(`<iframe src="https://pantau-netralitas\\.example\\.org${prefix}/embed/${id}/"`));
    assert.equal($('figure[id^="timeline-"] .share-tools').length, 0, 'the city timeline is downloadable from the city page, not again here');
    assert.equal($('.share-tools').length, 1);
  }
});

test("a kecamatan trend's CSV holds the page table's months, keyed by the kecamatan's code, with source and data date", () => {
  const $ = load(readFileSync('dist/kecamatan/32.73.22/index.html', 'utf8'));
  const id = idOf('32.73.22');
  const [head = [], ...rows] = csvOf(`dist/export/${id}.csv`);
  assert.deepEqual(head, ['kecamatan_code', 'election_id', 'month', 'reported_asn', 'proven_asn', 'source', 'data_up_to']);
  assert.ok(rows.length > 0);
  assert.ok(rows.every((r) => r[0] === '32.73.22' && /^\d{4}-\d{2}$/.test(r[2] ?? '') && r.at(-1) === site.dataUpTo));
  const pageReported = $(`figure#${id} details table tbody tr`).map((_, tr) => Number($(tr).find('td').eq(1).text().replace(/\./g, ''))).get();
  assert.deepEqual(rows.map((r) => Number(r[3])), pageReported);
});

test("a kecamatan trend's image names the kecamatan and its page, and is print-sized (the PNG drawn from it twice as wide)", () => {
  const id = idOf('32.71.03');
  const svg = readFileSync(`dist/export/${id}.svg`, 'utf8');
  assert.match(svg, /<title>Kasus netralitas ASN per bulan di Kecamatan Bogor Tengah<\/title>/);
  assert.match(svg, /pantau-netralitas\.example\.org\/kecamatan\/32\.71\.03\/#cases-monthly-32-71-03/);
  assert.match(readFileSync(`dist/en/export/${id}.svg`, 'utf8'), /<title>[^<]*Bogor Tengah<\/title>/);
  assert.equal(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1], '768', 'drawn at 1,536 px by the PNG button');
});

test('the kecamatan trend embed page shows the chart, wide and narrow, and leads back to the kecamatan page', () => {
  const $ = load(readFileSync(`dist/en/embed/${idOf('32.73.22')}/index.html`, 'utf8'));
  assert.equal($('svg.chart-wide').length, 1);
  assert.equal($('svg.chart-narrow').length, 1);
  assert.ok($('a[href*="/en/kecamatan/32.73.22/"]').length > 0, 'a link to the full page');
});
