// Keyboard and touch, as a reader without a mouse meets the pages: Tab passes each chart and map in at most
// two stops, the arrow keys move inside, and on a touch screen a first tap on a kecamatan shows its figure
// and a link, a second opens its page. Both languages, 360 and 1,280 px.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { useSiteAndBrowser } from '../support/browser.ts';

const ctx = useSiteAndBrowser();

async function open(path: string, width: number, touch = false): Promise<Page> {
  const context = await ctx.browser.newContext({ viewport: { width, height: 800 }, hasTouch: touch, isMobile: touch });
  const page = await context.newPage();
  await page.goto(ctx.url + path, { waitUntil: 'networkidle' });
  if ((await page.locator('kecamatan-map .map-live').count()) > 0) await page.locator('.map-live path[role="link"]').first().waitFor();
  return page;
}

/** Presses Tab through the whole page and counts, for each chart and map, how often focus stopped inside it. */
async function tabStops(page: Page): Promise<{ total: number; perGroup: Record<string, number> }> {
  await page.locator('body').focus();
  const perGroup: Record<string, number> = {};
  const seen = new Set<string>();
  let total = 0;
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const key = `${el.tagName}|${el.id}|${el.getAttribute('aria-label') ?? ''}|${el.getAttribute('href') ?? ''}|${Math.round(el.getBoundingClientRect().top + scrollY)}|${Math.round(el.getBoundingClientRect().left)}`;
      const chart = el.closest('svg.chart')?.closest('figure')?.id;
      const map = el.closest('kecamatan-map') !== null && (el.closest('svg') !== null || el.closest('.map-live') !== null) ? `map ${[...document.querySelectorAll('kecamatan-map')].indexOf(el.closest('kecamatan-map') as Element)}` : undefined;
      return { key, group: chart ? `chart ${chart}` : map };
    });
    if (where === null || seen.has(where.key)) break;
    seen.add(where.key);
    total += 1;
    if (where.group) perGroup[where.group] = (perGroup[where.group] ?? 0) + 1;
  }
  return { total, perGroup };
}

for (const path of ['/kota/bandung/', '/en/city/bogor/', '/', '/en/kecamatan/32.73.22/']) {
  for (const width of [360, 1280]) {
    test(`${path} at ${width} px: each chart and map takes at most two tab stops`, async () => {
      const page = await open(path, width);
      const { total, perGroup } = await tabStops(page);
      const groups = Object.entries(perGroup);
      assert.ok(groups.some(([g]) => g.startsWith('chart')), 'Tab reached the charts');
      if (path !== '/en/kecamatan/32.73.22/') assert.ok(groups.some(([g]) => g.startsWith('map')), 'Tab reached the map');
      assert.deepEqual(groups.filter(([, n]) => n > 2), [], `groups with more than two stops (of ${total} stops on the page)`);
      await page.context().close();
    });
  }
}

test('inside a chart the arrow keys move from mark to mark and the label follows', async () => {
  const page = await open('/kota/bogor/', 1280);
  const marks = page.locator('#coverage-bogor svg.chart-wide [data-tip]');
  await marks.first().focus();
  const tip = page.locator('.chart-tip');
  assert.equal(await tip.textContent(), await marks.first().getAttribute('data-tip'));
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement?.getAttribute('data-tip'));
  assert.equal(second, await marks.nth(1).getAttribute('data-tip'), 'ArrowRight focuses the next mark');
  assert.equal(await tip.textContent(), second, 'and its label shows');
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-tip')), await marks.last().getAttribute('data-tip'));
  // Leaving and coming back lands on the mark last visited: still one stop.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-tip')), await marks.last().getAttribute('data-tip'));
  await page.context().close();
});

test('on the map the arrow keys walk the kecamatan in alphabetical order, and a letter jumps to a name', async () => {
  const page = await open('/kota/bandung/', 1280);
  const names = (await page.locator('.map-live path[role="link"]').evaluateAll((paths) => paths.map((p) => (p.getAttribute('aria-label') ?? '').split(':')[0] ?? ''))).sort((a, b) => a.localeCompare(b, 'id'));
  await page.locator('.map-live path[tabindex="0"]').focus();
  const focused = async (): Promise<string> => page.evaluate(() => (document.activeElement?.getAttribute('aria-label') ?? '').split(':')[0] ?? '');
  assert.equal(await focused(), names[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), names[1]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), names[2]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), names[1]);
  await page.keyboard.press('k');
  assert.equal(await focused(), names.find((n) => n.startsWith('K')));
  // Closed tooltips fade out; the one showing names the focused kecamatan.
  const shown = await page.locator('.leaflet-tooltip').evaluateAll((tips) => tips.filter((t) => getComputedStyle(t).opacity !== '0').map((t) => t.textContent ?? ''));
  assert.equal(shown.length, 1);
  assert.ok(shown[0]?.startsWith(await focused()), 'the focused kecamatan shows its figure');
  await page.context().close();
});

for (const [path, linkText] of [['/kota/bogor/', /^Buka halaman Kecamatan /], ['/en/city/bogor/', /^Open the page of Kecamatan /]] as const) {
  test(`${path} on a touch screen: the first tap shows the figure and a link, the second opens the page`, async () => {
    const page = await open(path, 360, true);
    const target = page.locator('.map-live path[role="link"]').first();
    await page.locator('.map-live').scrollIntoViewIfNeeded();
    const name = ((await target.getAttribute('aria-label')) ?? '').split(':')[0] ?? '';
    const before = page.url();
    await tapInside(page, name);
    const card = page.locator('.leaflet-popup.map-tap');
    await card.waitFor();
    assert.ok(((await card.textContent()) ?? '').startsWith(name), 'the card names the kecamatan');
    assert.match((await card.locator('a[href*="/kecamatan/"]').textContent()) ?? '', linkText);
    assert.equal(page.url(), before, 'the first tap does not leave the page');
    await tapInside(page, name);
    await page.waitForURL('**/kecamatan/**');
    assert.match((await page.locator('h1').textContent()) ?? '', new RegExp(name));
    await page.context().close();
  });
}

/** Taps a point inside the named kecamatan's polygon (the point-in-fill test is the browser's own). */
async function tapInside(page: Page, name: string): Promise<void> {
  const point = await page.evaluate((n) => {
    const path = [...document.querySelectorAll<SVGPathElement>('.map-live path[role="link"]')].find((p) => (p.getAttribute('aria-label') ?? '').startsWith(`${n}:`));
    if (!path) return null;
    const box = path.getBoundingClientRect();
    for (let fy = 0.5; fy < 0.95; fy += 0.05) {
      for (let fx = 0.5; fx < 0.95; fx += 0.05) {
        for (const [x, y] of [[box.left + box.width * fx, box.top + box.height * fy], [box.left + box.width * (1 - fx), box.top + box.height * (1 - fy)]] as const) {
          if (document.elementFromPoint(x, y) === path) return { x, y };
        }
      }
    }
    return null;
  }, name);
  assert.ok(point, `a point inside ${name}`);
  await page.touchscreen.tap(point.x, point.y);
}
