// Print and embed say what the reader chose: after switching metric and election, the printed map has the
// chosen metric's colours and title, the embed code names and sizes the chosen map; and every embed code's
// fixed height holds its page at 360 and 760 px when the host strips the snippet's script.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../support/browser.ts';

const ctx = useSiteAndBrowser();
const PUBLIC = 'https://pantau-netralitas.example.org';

// The host page is another origin on this machine (localhost beside 127.0.0.1): Chromium lets a local page
// frame a local one, and the embed's frame-ancestors lets any origin frame it.
let hostHtml = '';
const hostServer = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostHtml));
before(() => new Promise<void>((resolve) => hostServer.listen(0, '127.0.0.1', resolve)));
after(() => new Promise<void>((resolve) => hostServer.close(() => resolve())));

interface Config {
  values: Record<string, Record<string, Record<string, [number | null, string]>>>;
  scales: Record<string, { breaks: number[]; colors: string[] }>;
  names: Record<string, string>;
  noData: { color: string };
}

/** The colour the chosen metric's scale gives a value (the class rule of src/lib/map/class-index.ts). */
function colourOf(config: Config, metric: string, value: number | null): string | null {
  const scale = config.scales[metric];
  if (!scale || value === null) return null;
  const k = scale.breaks.filter((b) => value >= b).length;
  return scale.colors[k] ?? null;
}

async function printedFills(page: Page): Promise<Record<string, string>> {
  return page.locator('.map-static svg a[data-code]').evaluateAll((links) => Object.fromEntries(links.map((a) => [a.getAttribute('data-code') ?? '', a.querySelector('path')?.getAttribute('fill') ?? ''])));
}

for (const [path, metric, election, metricName] of [
  ['/kota/bandung/', 'coverage', 'pemilu-2024', /cakupan pakta integritas/i],
  ['/en/city/bogor/', 'reported', 'pilkada-2018', /[Rr]eported/],
] as const) {
  for (const width of [360, 1280]) {
    test(`${path} at ${width} px: printing after a switch to ${metric}, ${election} prints that map's colours and title`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(ctx.url + path, { waitUntil: 'networkidle' });
      await page.locator('.map-live path[role="link"]').first().waitFor();
      const config = JSON.parse((await page.locator('script.map-config').textContent()) ?? '{}') as Config;
      const before = await printedFills(page);
      await page.selectOption('select[name="metrik"]', metric);
      await page.selectOption('select[name="pemilihan"]', election);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.map-static svg').isVisible(), 'the drawn map is what prints');
      assert.ok(await page.locator('.map-live').isHidden(), 'the live map does not print');
      const fills = await printedFills(page);
      assert.notDeepEqual(fills, before, 'the printed colours changed with the switch');
      for (const [code, fill] of Object.entries(fills)) {
        const expected = colourOf(config, metric, config.values[election]?.[code]?.[metric]?.[0] ?? null);
        if (expected === null) assert.match(fill, /^url\(#/, `${config.names[code]}: no data, hatched`);
        else assert.equal(fill, expected, `${config.names[code]} prints in the chosen metric's colour`);
      }
      const legend = await page.locator('.legend-metric').textContent();
      assert.match(legend ?? '', metricName);
      assert.match((await page.locator('.map-static svg > title').textContent()) ?? '', metricName, 'the printed map is titled with the chosen metric');
      await page.close();
    });
  }
}

test('the embed code follows the chosen map: address, title and height', async () => {
  for (const path of ['/kota/bogor/', '/en/city/bandung/']) {
    const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(ctx.url + path, { waitUntil: 'networkidle' });
    await page.locator('.map-live path[role="link"]').first().waitFor();
    await page.selectOption('select[name="metrik"]', 'followThrough');
    await page.selectOption('select[name="pemilihan"]', 'pilkada-2018');
    const code = await page.locator('kecamatan-map .share-tools textarea').inputValue();
    const label = await page.locator('select[name="metrik"] option:checked').textContent();
    const iframe = code.split('\n')[0] ?? '';
    assert.match(iframe, /\/embed\/map-[a-z]+-followThrough-pilkada-2018\//);
    const title = /title="([^"]+)"/.exec(iframe)?.[1] ?? '';
    assert.ok(title.toLowerCase().includes((label ?? '').toLowerCase()), `the title "${title}" names ${label}`);
    assert.match(title, /Pilkada 2018|2018 regional elections/);
    const height = Number(/height="(\d+)"/.exec(iframe)?.[1]);
    await checkHolds(iframe.replaceAll(PUBLIC, ctx.url), height);
    await page.close();
  }
});

/** Every embed code the city pages offer, and a kecamatan trend's in each language, as the host would receive it (the iframe line only: the script is stripped). */
function snippets(): { id: string; iframe: string; height: number }[] {
  const out: { id: string; iframe: string; height: number }[] = [];
  const kecamatan = ['dist/kecamatan/32.71.03/index.html', 'dist/en/kecamatan/32.73.22/index.html'];
  for (const file of ['dist/kota/bogor/index.html', 'dist/kota/bandung/index.html', 'dist/en/city/bogor/index.html', 'dist/en/city/bandung/index.html', ...kecamatan]) {
    const $ = load(readFileSync(file, 'utf8'));
    for (const el of $('.share-tools textarea').toArray()) {
      const iframe = ($(el).text().split('\n')[0] ?? '').replaceAll(PUBLIC, '');
      out.push({ id: `${file.slice(5, -11)} ${/data-pantau-embed="([^"]+)"/.exec(iframe)?.[1] ?? ''}`, iframe, height: Number(/height="(\d+)"/.exec(iframe)?.[1]) });
    }
  }
  return out;
}

/** Loads the frame in a host column at 360 and 760 px and checks that nothing is cut off: the source line and
 *  its link are inside the frame and the drawing is there at a readable size. */
async function checkHolds(iframe: string, height: number): Promise<void> {
  const page = await ctx.browser.newPage({ viewport: { width: 400, height: height + 100 } });
  for (const width of [360, 760]) {
    await page.setViewportSize({ width: width + 40, height: height + 100 });
    hostHtml = `<!doctype html><html><body style="margin:0;padding:20px"><div style="width:${width}px">${iframe.replace(/src="\//, `src="${ctx.url}/`)}</div></body></html>`;
    await page.goto(`http://localhost:${(hostServer.address() as AddressInfo).port}/`);
    const frame = page.frameLocator('iframe');
    await frame.locator('figcaption a').waitFor({ state: 'attached' });
    const fit = await frame.locator('html').evaluate(() => {
      const view = document.documentElement.clientHeight;
      const caption = document.querySelector('figcaption')?.getBoundingClientRect();
      const drawing = [...document.querySelectorAll('figure svg')].map((s) => s.getBoundingClientRect()).find((r) => r.height > 0);
      return { view, captionBottom: caption?.bottom ?? Infinity, drawingHeight: drawing?.height ?? 0, drawingWidth: drawing?.width ?? 0 };
    });
    assert.ok(Math.abs(fit.view - height) <= 1, `the frame keeps its fixed height (${fit.view} px)`);
    assert.ok(fit.captionBottom <= fit.view, `at ${width} px the source line ends at ${Math.round(fit.captionBottom)} px, inside the ${height} px frame`);
    assert.ok(fit.drawingHeight >= 150 && fit.drawingWidth >= Math.min(300, width * 0.6), `at ${width} px the drawing is ${Math.round(fit.drawingWidth)}×${Math.round(fit.drawingHeight)} px`);
  }
  await page.close();
}

test("every embed code on the city pages, and the kecamatan trend's, holds its page at 360 and 760 px without the host script", async (t) => {
  const all = snippets();
  assert.ok(all.length >= 20, `${all.length} embed codes`);
  for (const { id, iframe, height } of all) await t.test(id, () => checkHolds(iframe, height));
});
