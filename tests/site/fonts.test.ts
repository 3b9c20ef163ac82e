// At 360 px nothing scrolls sideways, whichever common font the phone has: Noto (Android, the CI image) and
// DejaVu only (Linux without Noto), in both languages. The DejaVu run proves it really draws with DejaVu.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDist } from '../support/browser.ts';
import { launchWithDejaVuOnly } from '../support/fonts.ts';

const pages = ['/', '/kota/bogor/', '/kota/bandung/', '/kecamatan/32.71.02/', '/kecamatan/32.73.22/', '/cari/', '/data/', '/metodologi/', '/tentang/', '/en/', '/en/city/bandung/', '/en/kecamatan/32.73.22/', '/en/data/', '/en/methodology/', '/embed/map-bandung-violationsPer1000-pilkada-2024/'];

let server: Awaited<ReturnType<typeof serveDist>>;
const browsers: Record<string, Browser> = {};
before(async () => {
  server = await serveDist();
  browsers['Noto'] = await launchBrowser();
  browsers['DejaVu only'] = await launchWithDejaVuOnly();
});
after(async () => {
  for (const b of Object.values(browsers)) await b.close();
  await server.close();
});

/** The family Chromium actually drew the page's main heading with. */
async function headingFont(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return fonts[0]?.familyName ?? '';
}

for (const fonts of ['Noto', 'DejaVu only']) {
  test(`at 360 px no page is wider than the screen, drawn with ${fonts}`, async () => {
    const browser = browsers[fonts] as Browser;
    const wide: string[] = [];
    // One page for every path: a new page costs about a second of CPU here.
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of pages) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      if ((await page.locator('kecamatan-map .map-live').count()) > 0) await page.locator('.map-live path[role="link"]').first().waitFor();
      if (path === '/') assert.match(await headingFont(page), fonts === 'Noto' ? /^Noto Sans/ : /^DejaVu Sans/, 'the font under test is the one drawn');
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 0) wide.push(`${path} (${over} px)`);
    }
    await page.close();
    assert.deepEqual(wide, [], 'pages that scroll sideways');
  });
}

test('the DATA DEMO badge and the map switches are never cut off at 360 px with DejaVu', async () => {
  const page = await (browsers['DejaVu only'] as Browser).newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${server.url}/kota/bandung/`, { waitUntil: 'networkidle' });
  const clipped = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('.badge, .map-controls select, .demo-banner strong')]
      .filter((el) => el.getBoundingClientRect().width > 0)
      .filter((el) => el.getBoundingClientRect().right > width || el.getBoundingClientRect().left < 0 || el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent?.trim().slice(0, 30) ?? el.tagName);
  });
  assert.deepEqual(clipped, []);
  // The stamp drawn on each chart (white bold letters; white cell labels are not it): its letters stay inside their dark box.
  const stamps = await page.evaluate(() =>
    [...document.querySelectorAll('svg.chart')]
      .filter((svg) => svg.getBoundingClientRect().width > 0)
      .map((svg) => {
        const box = [...svg.querySelectorAll('rect')].find((r) => r.getAttribute('fill') === '#5c3b00');
        const text = [...svg.querySelectorAll('text')].find((t) => t.getAttribute('fill') === '#ffffff' && t.getAttribute('font-weight') === '700');
        if (!box || !text) return null;
        const a = box.getBBox();
        const b = text.getBBox();
        return { id: svg.id, inside: b.x >= a.x && b.x + b.width <= a.x + a.width && b.x + b.width <= (svg as SVGSVGElement).viewBox.baseVal.width };
      })
      .filter((s) => s !== null),
  );
  assert.ok(stamps.length >= 5, `charts with a demo stamp: ${stamps.length}`);
  assert.deepEqual(stamps.filter((s) => !s.inside).map((s) => s.id), []);
  await page.close();
});

for (const fonts of ['Noto', 'DejaVu only']) {
  test(`at 1280 px the home page's tables in view fit without scrolling sideways, drawn with ${fonts}`, async () => {
    for (const path of ['/', '/en/']) {
      const page = await (browsers[fonts] as Browser).newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.table-scroll')]
          .filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.getAttribute('aria-label') ?? '?'} (${el.scrollWidth - el.clientWidth} px)`),
      );
      assert.deepEqual(cut, [], `${path}: tables wider than their column`);
      await page.close();
    }
  });
}
