// The PNG of every chart and map is drawn by the reader's browser (src/scripts/png-maker.ts): on the built site,
// served with its real headers (Content-Security-Policy included), the PNG button of a kecamatan chart is
// reachable by keyboard and saves a print-sized PNG (1,536 px), not blank, with no console error; a city chart's
// does too, and the city map's follows the metric and election the reader picks. Without JavaScript the button
// stays hidden and the other downloads remain links.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { PNG } from 'pngjs';
import { useSiteAndBrowser } from '../support/browser.ts';

const site = useSiteAndBrowser();
const id = 'cases-monthly-32-73-22';

/** The PNG a download holds, checked as a PNG file: signature, header, width and not blank. */
async function savedPng(download: import('playwright-core').Download, width: number): Promise<void> {
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'the PNG signature');
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR');
  assert.equal(bytes.readUInt32BE(16), width, 'IHDR width: twice the SVG');
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length && colours.size < 20; i += 4 * 97) colours.add(png.data.readUInt32BE(i));
  assert.ok(colours.size >= 8, `drawn, not blank: ${colours.size} colours`);
}

/** Console errors, page errors (a refused CSP load reports as one) and failed requests of a page. */
function problemsOf(page: import('playwright-core').Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  return problems;
}

for (const [path, name] of [['/kecamatan/32.73.22/', /^PNG \(cetak\) \(digambar di perangkat Anda/], ['/en/kecamatan/32.73.22/', /^PNG \(print\) \(drawn on your device/]] as const) {
  test(`${path}: the PNG button, reached with the keyboard, saves ${id}.png at 1,536 px, drawn and not blank`, async () => {
    const page = await site.browser.newPage({ acceptDownloads: true });
    const problems = problemsOf(page);
    const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
    assert.match(response?.headers()['content-security-policy'] ?? '', /script-src 'self'/, 'served under the real policy');
    const button = page.getByRole('button', { name });
    await button.waitFor({ state: 'visible' });
    // In the tab order: one Shift+Tab back from the SVG link beside it.
    await page.locator(`#${id} .share-tools a[href$=".svg"]`).focus();
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'png-maker');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), `${id}.png`);
    await savedPng(download, 1536);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("/kota/bogor/: a city chart's PNG button saves its PNG at 1,536 px, and the map's follows the chosen metric and election", async () => {
  const page = await site.browser.newPage({ acceptDownloads: true });
  const problems = problemsOf(page);
  await page.goto(`${site.url}/kota/bogor/`, { waitUntil: 'networkidle' });
  const chart = page.locator('#coverage-bogor .share-tools button.png-maker');
  await chart.waitFor({ state: 'visible' });
  const [first] = await Promise.all([page.waitForEvent('download'), chart.click()]);
  assert.equal(first.suggestedFilename(), 'coverage-bogor.png');
  await savedPng(first, 1536);

  await page.locator('select[name="metrik"]').selectOption('proven');
  await page.locator('select[name="pemilihan"]').selectOption('pilkada-2024');
  const map = page.locator('.share-tools[data-share-prefix="map-bogor"] button.png-maker');
  assert.equal(await map.getAttribute('data-svg'), '/export/map-bogor-proven-pilkada-2024.svg');
  const [second] = await Promise.all([page.waitForEvent('download'), map.click()]);
  assert.equal(second.suggestedFilename(), 'map-bogor-proven-pilkada-2024.png');
  const svg = await (await page.request.get(`${site.url}/export/map-bogor-proven-pilkada-2024.svg`)).text();
  await savedPng(second, 2 * Number(/width="(\d+)"/.exec(svg)?.[1]));
  assert.deepEqual(problems, []);
  await page.close();
});

test('without JavaScript the PNG button is hidden and the SVG, CSV and .xlsx downloads stay links', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/kecamatan/32.73.22/`);
  assert.equal(await page.locator(`#${id} button.png-maker`).isVisible(), false);
  const links = await page.locator(`#${id} .share-tools a[download]`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['svg', 'csv', 'xlsx'].map((f) => `/export/${id}.${f}`));
  await context.close();
});
