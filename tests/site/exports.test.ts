// Embeds and exports: every chart and map state has its embed page and SVG, CSV and .xlsx downloads (its PNG is
// drawn by the browser from the SVG: tests/site/png-in-browser.test.ts); social cards are large and not blank; CSVs (and their .xlsx twins) hold the chart's numbers for machines; every page's social card exists; an embed snippet
// pasted on another origin shows the chart and follows its height, and works without its script too.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { load } from 'cheerio';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist } from '../support/browser.ts';

const ids = readdirSync('dist/export').filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -4)).sort();

test('every chart and every map state has an embed page and SVG, CSV and .xlsx downloads, in both languages', () => {
  const charts = ['cases-monthly', 'coverage', 'kecamatan-rates', 'outcomes', 'categories', 'timeline'].flatMap((c) => ['bogor', 'bandung'].map((s) => `${c}-${s}`));
  const maps = ['bogor', 'bandung'].flatMap((s) => ['violationsPer1000', 'reported', 'proven', 'coverage', 'followThrough'].flatMap((m) => ['all', 'pilkada-2018', 'pemilu-2024', 'pilkada-2024'].map((e) => `map-${s}-${m}-${e}`)));
  for (const id of [...charts, ...maps, 'timeline', 'official-record-national']) {
    for (const prefix of ['', 'en/']) {
      for (const file of [`embed/${id}/index.html`, `export/${id}.svg`, `export/${id}.csv`, `export/${id}.xlsx`]) assert.ok(existsSync(`dist/${prefix}${file}`), `${prefix}${file}`);
    }
  }
  // Plus one monthly trend per kecamatan (tests/site/kecamatan-trend-export.test.ts).
  const kecamatan = (JSON.parse(readFileSync('generated/site-data.json', 'utf8')) as { kecamatan: unknown[] }).kecamatan.length;
  assert.equal(ids.length, charts.length + maps.length + 2 + kecamatan);
});

test('no chart or map has a PNG file (the browser draws it from the SVG); every social card is 1200x630 and not blank', () => {
  for (const prefix of ['', 'en/']) {
    const pngs = readdirSync(`dist/${prefix}export`).filter((f) => f.endsWith('.png'));
    assert.deepEqual(pngs, [], `${prefix}export/ holds no PNG`);
  }
  const cards = readdirSync('dist/og').filter((f) => f.endsWith('.png'));
  assert.ok(cards.length > 40, `${cards.length} social cards`);
  for (const file of cards) {
    const og = PNG.sync.read(readFileSync(`dist/og/${file}`));
    assert.deepEqual([og.width, og.height], [1200, 630], file);
    const colours = new Set<number>();
    for (let i = 0; i < og.data.length && colours.size < 20; i += 4 * 97) colours.add(og.data.readUInt32BE(i));
    assert.ok(colours.size >= 4, `${file} has ${colours.size} colours`);
  }
});

test('every share tool offers the PNG as a button that draws its own SVG, in the place of the old PNG link', () => {
  for (const path of ['dist/kota/bogor/index.html', 'dist/en/city/bandung/index.html', 'dist/kecamatan/32.73.22/index.html']) {
    const $ = load(readFileSync(path, 'utf8'));
    const tools = $('.share-tools[data-share-id]');
    assert.ok(tools.length >= 1, `${path}: ${tools.length} share tools`);
    tools.each((_, el) => {
      const id = $(el).attr('data-share-id') ?? '';
      const button = $(el).find('button.png-maker');
      assert.equal(button.length, 1, `${path} ${id}: one PNG button`);
      assert.match(button.attr('data-svg') ?? '', new RegExp(`/export/${id}\\.svg$`), `${path} ${id}: draws its SVG`);
      assert.equal(button.attr('data-file'), `${id}.png`);
      assert.equal($(el).find('a[href$=".png"]').length, 0, `${path} ${id}: no PNG link`);
    });
  }
});

test('each SVG export carries title, source, date and the site address', () => {
  for (const id of ['cases-monthly-bogor', 'map-bandung-coverage-pemilu-2024']) {
    const svg = readFileSync(`dist/export/${id}.svg`, 'utf8');
    assert.match(svg, /<title>[^<]{10,}<\/title>/);
    assert.match(svg, /Sumber: Pantau Netralitas ASN/);
    assert.match(svg, /Data sampai \d{1,2} \w+ \d{4} · pantau-netralitas\.example\.org\//);
    assert.match(svg, /font-family="Noto Sans/);
  }
});

test("each chart and map CSV is machine-readable: codes and ids, ISO dates, plain '.' numbers, source and data date on every row", () => {
  const dataUpTo = (JSON.parse(readFileSync('generated/site-data.json', 'utf8')) as { dataUpTo: string }).dataUpTo;
  for (const [city, lang, page] of [['bogor', 'id', 'dist/kota/bogor/index.html'], ['bandung', 'en', 'dist/en/city/bandung/index.html']] as const) {
    const $ = load(readFileSync(page, 'utf8'));
    for (const chart of ['cases-monthly', 'coverage', 'kecamatan-rates', 'outcomes', 'categories', 'timeline', 'map']) {
      const id = chart === 'map' ? `map-${city}-violationsPer1000-pilkada-2024` : `${chart}-${city}`;
      const [head = [], ...rows] = Papa.parse<string[]>(readFileSync(`dist/${lang === 'en' ? 'en/' : ''}export/${id}.csv`, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
      assert.deepEqual(head.slice(-2), ['source', 'data_up_to'], id);
      assert.ok(head.every((h) => /^[a-z0-9_-]+$/.test(h)), `${id}: machine column names ${head.join(',')}`);
      assert.ok(rows.length > 0, id);
      for (const row of rows) {
        assert.equal(row.at(-1), dataUpTo, `${id}: data date`);
        for (const [i, cell] of row.entries()) {
          if (head[i]?.match(/(_asn|_share|days_to_voting)$/)) assert.match(cell, /^(-?\d+(\.\d+)?)?$/, `${id}: ${head[i]} = ${cell} is a plain number`);
          if (head[i]?.match(/date$/) && head[i] !== 'data_up_to') assert.match(cell, /^(\d{4}-\d{2}-\d{2})?$/, `${id}: ${head[i]} = ${cell} is an ISO date`);
        }
      }
      // Charts with one table row per item keep the page table's row count; the grid is one row per kecamatan and election.
      if (['cases-monthly', 'coverage', 'outcomes', 'categories', 'timeline'].includes(chart)) assert.equal(rows.length, $(`figure#${id} details table tbody tr`).length, id);
    }
  }
  // The monthly counts are the page table's counts.
  const $ = load(readFileSync('dist/kota/bogor/index.html', 'utf8'));
  const pageReported = $('figure#cases-monthly-bogor details table tbody tr').map((_, tr) => Number($(tr).find('td').eq(1).text().replace(/\./g, ''))).get();
  const [head = [], ...rows] = Papa.parse<string[]>(readFileSync('dist/export/cases-monthly-bogor.csv', 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  assert.deepEqual(rows.map((r) => Number(r[head.indexOf('reported_asn')])), pageReported);
});

test("every page's og:image exists", () => {
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && !f.includes('embed/'));
  for (const file of pages) {
    const image = load(readFileSync(`dist/${file}`, 'utf8'))('meta[property="og:image"]').attr('content') ?? '';
    assert.ok(existsSync(`dist${new URL(image).pathname}`), `${file}: ${image}`);
  }
});

test('a kecamatan page shares one bilingual social card between its two languages; other pages have one per language', () => {
  const imageOf = (file: string): string => load(readFileSync(`dist/${file}`, 'utf8'))('meta[property="og:image"]').attr('content') ?? '';
  assert.equal(imageOf('en/kecamatan/32.73.22/index.html'), imageOf('kecamatan/32.73.22/index.html'));
  assert.match(imageOf('kecamatan/32.73.22/index.html'), /\/og\/kecamatan-32-73-22\.png$/);
  assert.notEqual(imageOf('en/index.html'), imageOf('index.html'));
  assert.notEqual(imageOf('en/city/bogor/index.html'), imageOf('kota/bogor/index.html'));
});

let browser: Browser;
let site: Awaited<ReturnType<typeof serveDist>>;
let host: { url: string; close: () => Promise<void>; setPage: (html: string) => void };
before(async () => {
  site = await serveDist();
  browser = await launchBrowser();
  let html = '';
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  host = { url: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(() => r())), setPage: (h) => (html = h) };
});
after(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

/** The embed code as the city page offers it, pointed at the local server instead of the public address. */
function snippetFor(id: string): string {
  const $ = load(readFileSync('dist/kota/bogor/index.html', 'utf8'));
  return $(`#embed-${id}`).text().replaceAll('https://pantau-netralitas.example.org', site.url);
}

test('an embed pasted on another origin shows the chart, and its height follows the content when narrowed', async () => {
  const snippet = snippetFor('cases-monthly-bogor');
  assert.match(snippet, /<iframe [^>]*title="[^"]+"/);
  host.setPage(`<!doctype html><html lang="id"><body style="margin:0"><div id="box" style="width:900px">${snippet}</div></body></html>`);
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(host.url);
  const frame = page.frameLocator('iframe[data-pantau-embed]');
  await frame.locator('svg.chart-wide').waitFor();
  const fits = async (): Promise<boolean> =>
    page.evaluate(() => {
      const f = document.querySelector('iframe') as HTMLIFrameElement;
      const inner = f.contentDocument;
      return inner === null || Math.abs(f.getBoundingClientRect().height - (inner.documentElement.scrollHeight || 0)) <= 2;
    });
  await page.waitForFunction(() => (document.querySelector('iframe') as HTMLIFrameElement).style.height !== '');
  const wide = await page.evaluate(() => (document.querySelector('iframe') as HTMLIFrameElement).getBoundingClientRect().height);
  await page.evaluate(() => ((document.getElementById('box') as HTMLElement).style.width = '340px'));
  await frame.locator('svg.chart-narrow').waitFor();
  await page.waitForFunction((h) => Math.abs((document.querySelector('iframe') as HTMLIFrameElement).getBoundingClientRect().height - h) > 20, wide);
  const narrow = await page.evaluate(() => (document.querySelector('iframe') as HTMLIFrameElement).getBoundingClientRect().height);
  assert.notEqual(narrow, wide, 'the frame resized');
  // Cross-origin: measure from inside the frame that nothing is cut off.
  const inner = await frame.locator('html').evaluate((el) => el.scrollHeight);
  assert.ok(Math.abs(inner - narrow) <= 2 || (await fits()), `frame ${narrow}px, content ${inner}px`);
  await page.close();
});

test('the fallback frame without the script still shows the chart', async () => {
  const iframe = snippetFor('outcomes-bogor').split('\n')[0] ?? '';
  host.setPage(`<!doctype html><html lang="id"><body>${iframe}</body></html>`);
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(host.url);
  const box = await page.frameLocator('iframe').locator('svg.chart-wide').boundingBox();
  assert.ok(box && box.height > 80, 'chart visible in the fixed-height frame');
  await page.close();
});
