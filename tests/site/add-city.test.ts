// Adding a city takes data, not code: the Depok fixture (Kota Bogor plus Kota Depok, in cities.csv only)
// goes through the real pipeline and build, and Depok shows up wherever a reader would look for it.
// Depok has no polygons: its pages say the map layer is missing, while Bogor still draws its real map.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { load, type CheerioAPI } from 'cheerio';
import { getDistricts } from 'idn-area-data';
import { findBoundariesDir } from '../../scripts/lib/boundaries-io.ts';
import { expandShard } from '../../src/lib/search/expand-shard.ts';
import type { Shard, ShardManifest } from '../../src/lib/search/search-shards.ts';

const work = mkdtempSync(join(tmpdir(), 'pantau-depok-'));
const out = join(work, 'generated');
const dist = join(work, 'dist');
const depok = (await getDistricts()).filter((d) => d.regency_code === '32.76').sort((a, b) => a.code.localeCompare(b.code));
let dataLog = '';

const page = (path: string): CheerioAPI => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));

before(() => {
  // The usual boundaries lookup: real Bogor (and Bandung) polygons, none for Depok.
  const env = { ...process.env, DATA_DIR: 'tests/fixtures/depok', OUT_DIR: out, PANTAU_TODAY: '2026-11-22', PANTAU_LANG: 'en' };
  const data = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  assert.equal(data.status, 0, data.stderr + data.stdout);
  dataLog = data.stderr;
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], { env, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the fixture covers every kecamatan idn-area-data lists for Kota Depok (32.76)', () => {
  assert.equal(depok.length, 11);
  const site = JSON.parse(readFileSync(join(out, 'site-data.json'), 'utf8')) as { cities: { code: string; slug: string; kecamatan: string[] }[] };
  assert.deepEqual(site.cities.map((c) => [c.code, c.slug]), [['32.71', 'bogor'], ['32.76', 'depok']]);
  assert.deepEqual(site.cities[1]?.kecamatan, depok.map((d) => d.code));
});

for (const [path, lang] of [['kota/depok', 'id'], ['en/city/depok', 'en']] as const) {
  test(`/${path}/ has Depok's title, a row per kecamatan, its charts, and no map`, () => {
    const $ = page(path);
    assert.match($('h1').text(), /Kota Depok/);
    const rows = $('table.kecamatan-table').first().find('tbody tr');
    assert.equal(rows.length, depok.length);
    for (const d of depok) assert.equal($(`table.kecamatan-table a[href="${lang === 'id' ? '' : '/en'}/kecamatan/${d.code}/"]`).first().text().trim(), d.name);
    const charts = $('figure.chart-figure');
    assert.ok(charts.length >= 4, `${charts.length} charts`);
    assert.ok($('figure#cases-monthly-depok svg').length > 0, 'the monthly cases chart is drawn');
    assert.match($('.map-missing').text(), lang === 'id' ? /Lapisan peta tidak tersedia/ : /The map layer is missing/);
    assert.equal($('svg.choropleth').length, 0, 'no map drawn');
  });
}

test('Bogor still draws its map from the real boundaries', () => {
  assert.ok(findBoundariesDir(), 'the boundaries folder ($BOUNDARIES_DIR, data/boundaries/ or ../shared/boundaries/) is there');
  for (const path of ['kota/bogor', 'en/city/bogor']) {
    const $ = page(path);
    assert.equal($('.map-missing').length, 0, `${path}: no missing-layer note`);
    assert.equal($('svg.choropleth path[data-code]').length + $('svg.choropleth a[href*="/kecamatan/32.71."]').length > 0, true, `${path}: kecamatan drawn`);
  }
  assert.ok(existsSync(join(dist, 'geo', 'bogor-kecamatan.json')), 'Bogor geometry published');
  assert.equal(existsSync(join(dist, 'geo', 'depok-kecamatan.json')), false, 'no Depok geometry');
  assert.match(dataLog, /without a map \(not in the boundaries folder\): kecamatan-kota-depok\.geojson/);
});

test('every Depok kecamatan has a page in both languages, with its name and its city', () => {
  for (const d of depok) {
    for (const [path, title] of [[`kecamatan/${d.code}`, `Kecamatan ${d.name}`], [`en/kecamatan/${d.code}`, `Kecamatan ${d.name}`]] as const) {
      assert.ok(existsSync(join(dist, path, 'index.html')), `${path} built`);
      const $ = page(path);
      assert.equal($('h1').text().trim(), title);
      assert.match($('main').text(), /Kota Depok/, `${path} names its city`);
    }
  }
});

test('Depok is in the sitemap, the search indexes and the home page', () => {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  for (const path of ['/kota/depok/', '/en/city/depok/', ...depok.flatMap((d) => [`/kecamatan/${d.code}/`, `/en/kecamatan/${d.code}/`])]) {
    assert.ok(sitemap.includes(`${path}</loc>`), `${path} in the sitemap`);
  }
  // The search shards, as the search box expands them for each language.
  const manifest = JSON.parse(readFileSync(join(dist, 'cari/indeks/index.json'), 'utf8')) as ShardManifest;
  for (const prefix of ['', '/en']) {
    const entries = manifest.flatMap(([, hash]) => expandShard(JSON.parse(readFileSync(join(dist, `cari/indeks/${hash}.json`), 'utf8')) as Shard, (code) => `${prefix}/kecamatan/${code}/`));
    for (const d of depok) {
      const own = entries.find((e) => e.u === `${prefix}/kecamatan/${d.code}/` && e.p === undefined);
      assert.equal(own?.n, d.name, `${prefix} search: ${d.name}`);
      assert.equal(own?.c, 'Kota Depok');
    }
    assert.ok(entries.some((e) => e.p === 'Beji' && e.u?.startsWith(`${prefix}/kecamatan/32.76.06/?kel=32.76.06.`)), `${prefix} search: a kelurahan of Beji leads to Beji, naming itself`);
  }
  for (const [path, cityPath] of [['', '/kota/depok/'], ['en', '/en/city/depok/']] as const) {
    const $ = page(path);
    assert.match($('h1').text(), /Kota Depok/, 'the home title names Depok');
    assert.ok($(`main a[href="${cityPath}"]`).length > 0, `home links to ${cityPath}`);
    assert.ok($(`header nav a[href="${cityPath}"]`).length > 0, `the header links to ${cityPath}`);
  }
});
