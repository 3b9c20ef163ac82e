// A citizen finds their kecamatan: by typing any spelling (mouse or keyboard only), by kelurahan, or by
// location (mocked inside Bogor Tengah). Every kecamatan page exists in both languages and is linked.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'cheerio';
import { useSiteAndBrowser } from '../support/browser.ts';

const ctx = useSiteAndBrowser();

const site = JSON.parse(readFileSync('generated/site-data.json', 'utf8')) as { kecamatan: { code: string; cityCode: string }[]; cities: { code: string; slug: string }[] };

test('all 36 kecamatan have a page in both languages, linked from the city page and listed in the sitemap', () => {
  assert.equal(site.kecamatan.length, 36);
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  for (const city of site.cities) {
    const idPage = load(readFileSync(`dist/kota/${city.slug}/index.html`, 'utf8'));
    const enPage = load(readFileSync(`dist/en/city/${city.slug}/index.html`, 'utf8'));
    for (const k of site.kecamatan.filter((x) => x.cityCode === city.code)) {
      for (const [path, page] of [[`/kecamatan/${k.code}/`, idPage], [`/en/kecamatan/${k.code}/`, enPage]] as const) {
        assert.ok(existsSync(`dist${path}index.html`), `${path} built`);
        assert.ok(page(`table a[href="${path}"]`).length > 0, `${path} linked from the city table`);
        assert.ok(page(`svg.choropleth a[href="${path}"]`).length > 0, `${path} linked from the map`);
        assert.ok(sitemap.includes(`${path}</loc>`), `${path} in the sitemap`);
      }
    }
  }
});

test('typing "buah batu" and choosing the first answer lands on Buahbatu', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.url}/`);
  await page.fill('#site-search-input', 'buah batu');
  const first = page.locator('#site-search-list [role="option"]').first();
  await first.waitFor();
  assert.match((await first.textContent()) ?? '', /^Buahbatu/);
  await first.dispatchEvent('mousedown');
  await page.waitForURL('**/kecamatan/32.73.22/');
  assert.equal(await page.locator('h1').textContent(), 'Kecamatan Buahbatu');
  await page.close();
});

test('searching downloads the list of shards and the one shard the query falls in, nothing else of the index', async () => {
  const page = await ctx.browser.newPage();
  const fetched: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/cari/indeks/')) fetched.push(path.slice('/cari/indeks/'.length));
  });
  await page.goto(`${ctx.url}/en/`);
  await page.fill('#site-search-input', 'kiara');
  await page.locator('#site-search-list [role="option"]').first().waitFor();
  await page.fill('#site-search-input', 'kiaracondong');
  await page.locator('#site-search-list [role="option"]', { hasText: 'Kiaracondong' }).first().waitFor();
  assert.equal(fetched.length, 2, fetched.join(', '));
  assert.equal(fetched[0], 'index.json');
  assert.match(fetched[1] ?? '', /^[0-9a-f]{8}\.json$/);
  await page.close();
});

test('keyboard only: Tab to the box, type, arrow down, Enter', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.url}/en/`);
  let focused = '';
  for (let i = 0; i < 15 && focused !== 'site-search-input'; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.id ?? '');
  }
  assert.equal(focused, 'site-search-input');
  await page.keyboard.type('kiaracondng');
  await page.locator('#site-search-list [role="option"]').first().waitFor();
  assert.equal(await page.locator('#site-search-input').getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.locator('#site-search-input').getAttribute('aria-activedescendant'), 'site-search-option-0');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/kecamatan/32.73.16/');
  await page.close();
});

test('a kelurahan answer names its kecamatan; a place elsewhere is "not covered"', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.url}/`);
  await page.fill('#site-search-input', 'Cibaduyut');
  const first = page.locator('#site-search-list [role="option"]').first();
  await first.waitFor();
  assert.equal(await first.textContent(), 'CibaduyutKelurahan di Kecamatan Bojongloa Kidul, Kota Bandung');
  await page.fill('#site-search-input', 'Beji');
  await page.locator('#site-search-list [role="option"][aria-disabled="true"]').first().waitFor();
  assert.match((await page.locator('#site-search-list [role="option"]').first().textContent()) ?? '', /Kota Depok: belum dicakup/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#site-search-list').isHidden(), true);
  await page.close();
});

test('without JavaScript the search page lists every kecamatan and kelurahan as links', () => {
  const $ = load(readFileSync('dist/cari/index.html', 'utf8'));
  assert.equal($('ul.search-all > li > a').length, 36);
  assert.match($('ul.search-all').text(), /Cibaduyut/);
  assert.equal($('form.site-search').attr('action'), '/cari/');
});

test('"use my location" with a position inside Bogor Tengah lands on Bogor Tengah', async () => {
  // Kebun Raya Bogor's main gate area, inside Kecamatan Bogor Tengah (32.71.03).
  const context = await ctx.browser.newContext({ geolocation: { latitude: -6.5985, longitude: 106.7985 }, permissions: ['geolocation'] });
  const page = await context.newPage();
  await page.goto(`${ctx.url}/cari/`);
  await page.getByRole('button', { name: 'Gunakan lokasi saya' }).click();
  await page.waitForURL('**/kecamatan/32.71.03/');
  assert.equal(await page.locator('h1').textContent(), 'Kecamatan Bogor Tengah');
  await context.close();
});

test('a position outside the covered cities is told so', async () => {
  const context = await ctx.browser.newContext({ geolocation: { latitude: -6.2, longitude: 106.8 }, permissions: ['geolocation'] });
  const page = await context.newPage();
  await page.goto(`${ctx.url}/en/search/`);
  await page.getByRole('button', { name: 'Use my location' }).click();
  await page.locator('.locate-status', { hasText: 'outside the cities' }).waitFor();
  await context.close();
});
