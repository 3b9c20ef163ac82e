// The public record in the built site (reads dist/): published as CSV with a source per row and no demo
// row, the record chart's numbers equal its table, its CSV export and the published figures, the record
// page lists every row with its source, and both home pages link the sources.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load, type CheerioAPI } from 'cheerio';
import Papa from 'papaparse';
import { useSiteAndBrowser } from '../support/browser.ts';

const page$ = (path: string): CheerioAPI => load(readFileSync(`dist${path}index.html`, 'utf8'));
const published = Papa.parse<Record<string, string>>(readFileSync('dist/data/reported-figures.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
/** "1.597" (id) or "1,597" (en) -> 1597. */
const count = (text: string): number => Number(text.replace(/[.,\s]/g, ''));

test('the record is published under /data/ at national, province and city level: 25+ figures, each with its source, none demo', () => {
  assert.ok(published.length >= 25, `${published.length} figures`);
  for (const row of published) {
    assert.match(row['source_url'] ?? '', /^https?:\/\/[^/]+\.[^/]+/, `${row['id']} has a source`);
    assert.equal(row['demo'], 'no', `${row['id']} is not demo`);
  }
  const scopes = new Set(published.map((r) => r['scope']));
  assert.deepEqual([...scopes].sort(), ['city', 'national', 'province']);
  for (const region of ['32', '32.71', '32.73']) assert.ok(published.some((r) => r['region'] === region), `figures for ${region}`);
  const json = JSON.parse(readFileSync('dist/data/reported-figures.json', 'utf8')) as { id: string }[];
  assert.deepEqual(json.map((f) => f.id), published.map((r) => r['id']));
});

for (const [path, lang] of [['/', 'id'], ['/en/', 'en']] as const) {
  test(`${path}: the record chart's numbers equal its table, its CSV export and the published figures`, () => {
    const $ = page$(path);
    const figure = $('figure#official-record-national');
    assert.equal(figure.length, 1, 'the chart is on the home page');
    const rows = figure.find('details tbody tr').map((_, tr) => [$(tr).find('th, td').map((__, c) => $(c).text()).get()]).get();
    assert.equal(rows.length, 5, 'one row per election with a national statement');
    const barValues = figure.find('svg.chart-wide text.cell').map((_, el) => $(el).text()).get();
    const tableValues = rows.flatMap((r) => r.slice(4, 7)).filter((v) => /\d/.test(v));
    assert.deepEqual(barValues, tableValues, 'every bar is a number of the table, in order');
    const exported = Papa.parse<string[]>(readFileSync(`dist${lang === 'id' ? '' : '/en'}/export/official-record-national.csv`, 'utf8'), { skipEmptyLines: true }).data;
    const csvRows = exported.slice(exported.findIndex((r) => r.length >= 7) + 1).filter((r) => r.length >= 7);
    assert.deepEqual(csvRows.map((r) => r.slice(4, 7)), rows.map((r) => r.slice(4, 7)), 'the CSV download holds the table');
    const values = new Set(published.filter((r) => r['scope'] === 'national').map((r) => Number(r['value'])));
    for (const v of tableValues) assert.ok(values.has(count(v)), `${v} is a published national figure`);
    assert.ok(rows.some((r) => r.slice(4, 7).map(count).join('/') === '2034/1597/1450'), 'KASN\'s Pilkada 2020 statement');
  });

  test(`${path}: links at least three sources of the record and names the city and province figures`, () => {
    const $ = page$(path);
    const block = $('section.official-record');
    const sources = new Set(published.map((r) => r['source_url']));
    const linked = new Set(block.find('a[href^="http"]').map((_, a) => $(a).attr('href')).get().filter((href) => sources.has(href)));
    assert.ok(linked.size >= 3, `${linked.size} sources linked`);
    const text = block.text();
    for (const name of ['Jawa Barat', 'Kota Bogor', 'Kota Bandung']) assert.ok(text.includes(name), name);
  });
}

for (const path of ['/catatan-resmi/', '/en/official-record/']) {
  test(`${path} lists every row of the record with a link to its source`, () => {
    const $ = page$(path);
    const table = $('table.record-table');
    assert.equal(table.find('tbody tr').length, published.length);
    for (const row of published) {
      const tr = table.find(`tr#${row['id']}`);
      assert.equal(tr.length, 1, `${row['id']} is listed`);
      assert.equal(tr.find(`a[href="${row['source_url']}"]`).length, 1, `${row['id']} links its source`);
    }
    assert.ok($('.record-disagreements li').length >= 3, 'the page says where the record disagrees');
  });
}

test('a city page shows its own real figures apart from the demo layer', () => {
  const $ = page$('/kota/bandung/');
  const block = $('section.official-record');
  const own = published.filter((r) => r['region'] === '32.73');
  assert.equal(block.find('tbody tr').length, own.length);
  for (const row of own) assert.equal(block.find(`a[href="${row['source_url']}"]`).length, 1);
  assert.ok(block.find('.record-disagree').length === 1, 'the two Bandung statements disagree, and the page says so');
});

test('a city page sets the national shares of the record beside its demo figures, computed from one statement', () => {
  const text = page$('/kota/bogor/')('section.official-record li').text();
  assert.ok(text.includes('78,5%') && text.includes('90,8%'), 'KASN, Pilkada 2020: 1.597 of 2.034 proven, 1.450 of 1.597 sanctioned');
  assert.ok(text.includes('45,4%') && text.includes('53,0%'), 'KASN, Pemilu 2024: 183 of 403 proven, 97 of 183 sanctioned');
});

const ctx = useSiteAndBrowser();

test('on the record page a reader sorts the figures by value with the column heading, both ways', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${ctx.url}/en/official-record/`);
  const values = async (): Promise<number[]> => (await page.locator('table.record-table tbody tr td:nth-child(3)').evaluateAll((tds) => tds.map((td) => (td as HTMLElement).dataset['value'] ?? ''))).map(Number);
  const heading = page.locator('table.record-table th[data-key="value"] button');
  assert.equal(await heading.textContent(), 'Figure', 'the heading became a button');
  await heading.click();
  await page.locator('table.record-table th[aria-sort="ascending"]').waitFor();
  const up = await values();
  assert.deepEqual(up, [...up].sort((a, b) => a - b));
  assert.equal(up.length, published.length);
  await heading.click();
  await page.locator('table.record-table th[aria-sort="descending"]').waitFor();
  const down = await values();
  assert.deepEqual(down, [...up].sort((a, b) => b - a));
  assert.equal(down[0], Math.max(...published.map((r) => Number(r['value']))));
  await page.close();
});

test('without JavaScript the record page lists every figure, oldest election first, and offers no dead sort control', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ctx.url}/catatan-resmi/`);
  assert.equal(await page.locator('table.record-table tbody tr').count(), published.length);
  assert.equal(await page.locator('table.record-table button').count(), 0);
  assert.equal(await page.locator('table.record-table tbody tr').first().getAttribute('id'), published[0]?.['id']);
  await context.close();
});
