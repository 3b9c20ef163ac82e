// At scale, in a minute: two small provinces (DKI Jakarta and Bangka Belitung: 13 cities, 91 kecamatan,
// seeded synthetic rows as npm run bench:scale writes them, no boundaries) go through the real pipeline
// and build. The national path (home -> province -> city -> kecamatan) holds, the home page stays light,
// the search box needs one small shard per query and still finds every kecamatan, and /cari/ without
// JavaScript lists every place, one province per page. Timing is the benchmark's job, not this test's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { load, type CheerioAPI } from 'cheerio';
import { writeSyntheticProvince } from '../../scripts/lib/synthetic-province.ts';
import { expandShard } from '../../src/lib/search/expand-shard.ts';
import { search } from '../../src/lib/search/match.ts';
import type { Shard, ShardManifest } from '../../src/lib/search/search-shards.ts';
import { shardFor } from '../../src/lib/search/shard-for.ts';

const work = mkdtempSync(join(tmpdir(), 'pantau-two-provinces-'));
const dist = join(work, 'dist');
const out = join(work, 'generated');
const page = (path: string): CheerioAPI => load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
let site: { cities: { code: string; slug: string; name: string; kecamatan: string[] }[]; kecamatan: { code: string; name: string; cityCode: string }[] };

before(async () => {
  const data = join(work, 'data');
  mkdirSync(data);
  await writeSyntheticProvince(data, '31,19', 20250101);
  const env = { ...process.env, DATA_DIR: data, OUT_DIR: out, PANTAU_TODAY: '2026-11-22', PANTAU_LANG: 'en', BOUNDARIES_DIR: join(work, 'no-boundaries') };
  const pipeline = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  assert.equal(pipeline.status, 0, pipeline.stderr + pipeline.stdout);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], { env, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  site = JSON.parse(readFileSync(join(out, 'site-data.json'), 'utf8')) as typeof site;
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the home page lists the two provinces, stays under 40 kB gzip, and the header leads to that list', () => {
  assert.equal(site.cities.length, 13);
  assert.equal(site.kecamatan.length, 91);
  for (const [path, province] of [['', '/provinsi/'], ['en', '/en/province/']] as const) {
    const html = readFileSync(join(dist, path, 'index.html'));
    assert.ok(gzipSync(html).length <= 40 * 1024, `${path || '/'}: ${gzipSync(html).length} bytes gzip`);
    const $ = load(html.toString('utf8'));
    assert.deepEqual($(`#kota table a`).map((_, a) => $(a).attr('href')).get(), [`${province}19/`, `${province}31/`]);
    assert.equal($('header nav a[href$="#kota"]').length, 1);
  }
});

test('province -> city -> kecamatan: each province page links its cities, and the breadcrumbs lead back', () => {
  for (const city of site.cities) {
    const province = city.code.slice(0, 2);
    assert.ok(page(`provinsi/${province}`)(`main table a[href="/kota/${city.slug}/"]`).length === 1, `${city.name} on its province page`);
    assert.ok(page(`kota/${city.slug}`)(`.breadcrumbs a[href="/provinsi/${province}/"]`).length === 1, `${city.name} leads back to its province`);
  }
  const first = site.kecamatan[0]!;
  const crumbs = page(`en/kecamatan/${first.code}`)('.breadcrumbs a').map((_, a) => a.attribs['href']).get();
  assert.deepEqual(crumbs, ['/en/', `/en/province/${first.code.slice(0, 2)}/`, `/en/city/${site.cities.find((c) => c.code === first.cityCode)!.slug}/`]);
});

test('every kecamatan is found by its name from the one small shard its name falls in', () => {
  const dir = join(dist, 'cari', 'indeks');
  const manifest = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ShardManifest;
  for (const file of readdirSync(dir)) assert.ok(gzipSync(readFileSync(join(dir, file))).length <= 15 * 1024, `${file} is at most 15 kB gzip`);
  for (const k of site.kecamatan) {
    const i = shardFor(manifest.map(([start]) => start), k.name);
    assert.ok(i !== null, `${k.name} has a shard`);
    const shard = JSON.parse(readFileSync(join(dir, `${manifest[i]![1]}.json`), 'utf8')) as Shard;
    const answers = search(expandShard(shard, (code) => `/kecamatan/${code}/`), k.name);
    assert.ok(answers.some((m) => m.entry.u === `/kecamatan/${k.code}/` && m.entry.p === undefined), `${k.name}: ${answers.map((m) => m.entry.n).join(', ')}`);
  }
});

test('without JavaScript, /cari/ lists the provinces and each province page lists its places, every kecamatan once', () => {
  const $ = page('cari');
  const provincePages = $('main ul.columns a').map((_, a) => a.attribs['href']).get();
  assert.deepEqual(provincePages, ['/cari/19/', '/cari/31/']);
  const listed = provincePages.flatMap((href) => page(href.slice(1))('ul.search-all > li > a').map((_, a) => a.attribs['href']).get());
  assert.deepEqual(listed.sort(), site.kecamatan.map((k) => `/kecamatan/${k.code}/`).sort());
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  for (const path of ['/provinsi/31/', '/en/province/19/', '/cari/31/', '/en/search/19/']) assert.ok(sitemap.includes(`${path}</loc>`), `${path} in the sitemap`);
});
