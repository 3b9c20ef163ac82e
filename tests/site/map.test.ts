// The city maps in Chromium: every kecamatan drawn and reachable, switches change fills and legend and
// live in the URL, hover and focus show the right figures, Enter opens the right kecamatan page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../support/browser.ts';

const ctx = useSiteAndBrowser();

interface Config {
  values: Record<string, Record<string, Record<string, [number | null, string]>>>;
  names: Record<string, string>;
  defaultElection: string;
}

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[]; config: Config }> {
  const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(ctx.url + path, { waitUntil: 'networkidle' });
  await page.waitForSelector('.map-live path[role="link"]');
  const config = JSON.parse((await page.locator('script.map-config').textContent()) ?? '{}') as Config;
  return { page, errors, config };
}

const fills = (page: Page) => page.locator('.map-live path[role="link"]').evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));

for (const [path, count] of [['/kota/bogor/', 6], ['/kota/bandung/', 30], ['/en/city/bandung/', 30]] as const) {
  test(`${path} draws ${count} kecamatan polygons, each a link, the map one tab stop, without console errors`, async () => {
    const { page, errors } = await open(path);
    assert.equal(await page.locator('.map-live path[role="link"]').count(), count);
    assert.equal(await page.locator('.map-live path[tabindex="0"]').count(), 1, 'the map is one tab stop');
    assert.equal(await page.locator('.map-static').isHidden(), true, 'the static map gives way to the live one');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('switching metric and election changes fills and legend, and the URL reopens the same map', async () => {
  const { page, errors } = await open('/kota/bandung/');
  const before = await fills(page);
  await page.selectOption('select[name="metrik"]', 'coverage');
  assert.notDeepEqual(await fills(page), before, 'fills change with the metric');
  assert.match((await page.locator('.legend-metric').textContent()) ?? '', /^Cakupan pakta integritas, /);
  await page.selectOption('select[name="pemilihan"]', 'pilkada-2018');
  assert.equal(await page.locator('.legend-metric').textContent(), 'Cakupan pakta integritas, Pilkada 2018');
  const url = page.url();
  assert.match(url, /metrik=coverage/);
  assert.match(url, /pemilihan=pilkada-2018/);
  const chosen = await fills(page);
  const again = await open(new URL(url).pathname + new URL(url).search);
  assert.equal(await again.page.locator('select[name="metrik"]').inputValue(), 'coverage');
  assert.equal(await again.page.locator('select[name="pemilihan"]').inputValue(), 'pilkada-2018');
  assert.deepEqual(await fills(again.page), chosen, 'the link restores the same fills');
  await page.click('a.lang-switch');
  await page.waitForURL('**/en/city/bandung/?metrik=coverage&pemilihan=pilkada-2018');
  assert.equal(await page.locator('.legend-metric').textContent(), 'Integrity-pact coverage, 2018 regional elections', 'the language switch keeps the map');
  assert.deepEqual([...errors, ...again.errors], []);
  await page.close();
  await again.page.close();
});

test('the kecamatan table follows the chosen election', async () => {
  const { page } = await open('/kota/bogor/?pemilihan=pemilu-2024');
  assert.equal(await page.locator('[data-election-table="pemilu-2024"]').isVisible(), true);
  assert.equal(await page.locator('[data-election-table="pilkada-2018"]').isVisible(), false);
  await page.close();
});

test('hover shows the name and figure of the kecamatan under the pointer', async () => {
  const { page, config } = await open('/kota/bogor/');
  const target = page.locator('.map-live path[role="link"]').nth(2);
  const label = (await target.getAttribute('aria-label')) ?? '';
  const code = Object.keys(config.names).find((c) => label.startsWith(`${config.names[c]}:`));
  assert.ok(code, `aria-label names a kecamatan: ${label}`);
  const box = await target.boundingBox();
  assert.ok(box);
  // The label point is inside the polygon; hovering there shows that kecamatan.
  await page.hover('.map-live path[role="link"] >> nth=2', { force: true, position: { x: box.width / 2, y: box.height / 2 } });
  const tooltip = page.locator('.leaflet-tooltip');
  await tooltip.waitFor();
  const text = (await tooltip.textContent()) ?? '';
  const figure = config.values[config.defaultElection]?.[code]?.['violationsPer1000']?.[1] ?? '';
  assert.ok(text.includes(figure), `tooltip "${text}" shows ${figure}`);
  await page.close();
});

test('keyboard: Tab reaches a kecamatan, focus shows its figures, Escape closes, Enter opens its page', async () => {
  const { page, config } = await open('/kota/bogor/');
  await page.locator('select[name="pemilihan"]').focus();
  let active = '';
  for (let i = 0; i < 12 && !active.startsWith('path'); i++) {
    await page.keyboard.press('Tab');
    active = await page.evaluate(() => `${document.activeElement?.tagName.toLowerCase()}|${document.activeElement?.getAttribute('aria-label') ?? ''}`);
  }
  assert.ok(active.startsWith('path|'), `a polygon got focus (${active})`);
  const name = active.slice('path|'.length).split(':')[0] ?? '';
  const code = Object.keys(config.names).find((c) => config.names[c] === name);
  assert.ok(code);
  const tooltip = page.locator('.leaflet-tooltip');
  await tooltip.waitFor();
  assert.ok(((await tooltip.textContent()) ?? '').startsWith(name));
  await page.keyboard.press('Escape');
  await tooltip.waitFor({ state: 'detached' });
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/kecamatan/${code}/`);
  assert.equal(await page.locator('h1').textContent(), `Kecamatan ${name}`);
  await page.close();
});

test('the map works at 360 px: drawn, switchable, no horizontal scrolling', async () => {
  const { page, errors } = await open('/kota/bandung/', 360);
  assert.equal(await page.locator('.map-live path[role="link"]').count(), 30);
  await page.selectOption('select[name="metrik"]', 'reported');
  assert.match((await page.locator('.legend-metric').textContent()) ?? '', /^Kasus dilaporkan/);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a city page downloads under 70 kB of JavaScript (gzip), Leaflet included; the home page no Leaflet', async () => {
  const { gzipSync } = await import('node:zlib');
  const measure = async (path: string): Promise<number> => {
    const page = await ctx.browser.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') bodies.push(r.body());
    });
    await page.goto(ctx.url + path, { waitUntil: 'load' });
    // Leaflet is imported once the page's module runs; on a busy machine that can come after a quiet
    // half-second, so wait for the live map itself (where there is one) before the network settles.
    if ((await page.locator('kecamatan-map .map-live').count()) > 0) await page.locator('.map-live path[role="link"]').first().waitFor();
    await page.waitForLoadState('networkidle');
    const total = (await Promise.all(bodies)).reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    await page.close();
    return total;
  };
  const city = await measure('/kota/bandung/');
  console.log(`JavaScript on /kota/bandung/: ${(city / 1024).toFixed(1)} kB gzip`);
  assert.ok(city > 30_000 && city < 70 * 1024, `${city} bytes`);
  const home = await measure('/');
  console.log(`JavaScript on /: ${(home / 1024).toFixed(1)} kB gzip`);
  assert.ok(home < 5 * 1024, `home page: ${home} bytes`);
});

test('the kelurahan outline layer can be switched on and off', async () => {
  const { page, errors } = await open('/kota/bogor/');
  const before = await page.locator('.map-live path').count();
  await page.check('input[name="kelurahan"]');
  await page.waitForFunction((n) => document.querySelectorAll('.map-live path').length > n, before);
  assert.equal((await page.locator('.map-live path').count()) - before, 68, 'all 68 kelurahan of Kota Bogor outlined');
  await page.uncheck('input[name="kelurahan"]');
  assert.equal(await page.locator('.map-live path').count(), before);
  assert.deepEqual(errors, []);
  await page.close();
});
