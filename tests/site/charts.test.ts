// Charts in the built pages: accessible SVG with title and description, a table with the chart's own
// numbers, readable without JavaScript, values on hover and focus, a phone layout without side-scrolling.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load, type CheerioAPI } from 'cheerio';
import { useSiteAndBrowser } from '../support/browser.ts';

const page$ = (path: string): CheerioAPI => load(readFileSync(`dist${path}index.html`, 'utf8'));
const ids = ['cases-monthly', 'coverage', 'kecamatan-rates', 'outcomes', 'categories', 'timeline'];

for (const path of ['/kota/bogor/', '/en/city/bandung/']) {
  test(`${path}: every chart is an img SVG with title and description, wide and narrow, a source and a table`, () => {
    const $ = page$(path);
    const slug = path.includes('bogor') ? 'bogor' : 'bandung';
    for (const id of ids) {
      const figure = $(`figure#${id}-${slug}`);
      assert.equal(figure.length, 1, `${id}-${slug} is on the page`);
      const svgs = figure.find('svg.chart');
      assert.equal(svgs.length, 2);
      svgs.each((_, svg) => {
        assert.equal($(svg).attr('role'), 'img');
        const [titleId, descId] = ($(svg).attr('aria-labelledby') ?? '').split(' ');
        assert.ok($(`#${titleId}`).text().length > 10 && $(`#${descId}`).text().length > 10, 'title and description');
      });
      assert.ok(figure.find('.chart-source').text().length > 10);
      assert.ok(figure.find('details table tbody tr').length > 0, 'a table behind the toggle');
    }
  });
}

test('the monthly chart and its table hold the same numbers', () => {
  const $ = page$('/kota/bogor/');
  const figure = $('figure#cases-monthly-bogor');
  const tips = new Set(figure.find('svg.chart-wide [data-tip]').map((_, el) => $(el).attr('data-tip')).get());
  const rows = figure.find('details tbody tr').map((_, tr) => [$(tr).find('th, td').map((__, c) => $(c).text()).get()]).get();
  assert.ok(rows.length > 5);
  for (const [, month, reported, proven] of rows) assert.ok(tips.has(`${month}: ${reported} dilaporkan, ${proven} terbukti`), `bar for ${month}`);
  assert.equal(tips.size, rows.length, 'one bar per table row');
});

test('the kecamatan grid and its table hold the same numbers', () => {
  const $ = page$('/kota/bandung/');
  const figure = $('figure#kecamatan-rates-bandung');
  const cells = figure.find('svg.chart-wide text.cell').map((_, el) => $(el).text()).get();
  const table = figure.find('details tbody tr').map((_, tr) => $(tr).find('td').map((__, c) => $(c).text()).get()).get();
  assert.deepEqual(cells, table);
  assert.equal(figure.find('details tbody tr').length, 30);
});

test('the outcomes chart and its table hold the same numbers', () => {
  const $ = page$('/kota/bogor/');
  const figure = $('figure#outcomes-bogor');
  const tips = figure.find('svg.chart-wide [data-tip]').map((_, el) => $(el).attr('data-tip')).get();
  const head = figure.find('details thead th').map((_, th) => $(th).text()).get();
  for (const tr of figure.find('details tbody tr').toArray()) {
    const cells = $(tr).find('th, td').map((_, c) => $(c).text()).get();
    cells.slice(1).forEach((n, i) => {
      if (n !== '0') assert.ok(tips.includes(`${cells[0]}, ${head[i + 1]}: ${n}`), `${cells[0]} ${head[i + 1]} ${n}`);
    });
  }
});

const ctx = useSiteAndBrowser();

test('charts are drawn without JavaScript', async () => {
  const context = await ctx.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${ctx.url}/kota/bogor/`);
  const box = await page.locator('#cases-monthly-bogor svg.chart-wide').boundingBox();
  assert.ok(box && box.height > 150 && box.width > 600);
  assert.ok((await page.locator('#cases-monthly-bogor svg.chart-wide rect[data-tip]').count()) > 5);
  await context.close();
});

test('hover and keyboard focus on a bar show its value', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${ctx.url}/kota/bogor/`, { waitUntil: 'networkidle' });
  const bar = page.locator('#cases-monthly-bogor svg.chart-wide rect[data-tip]').first();
  const expected = await bar.getAttribute('data-tip');
  await bar.hover({ force: true });
  assert.equal(await page.locator('.chart-tip').textContent(), expected);
  assert.equal(await page.locator('.chart-tip').isVisible(), true);
  // Wherever a mark with a tip shows, the pointer reaches it: nothing drawn over it (the dark proven bar inside a
  // month's bar, the voting-day line, a cell's figure, an event's number) catches the pointer instead.
  const covered = await page.evaluate(() =>
    [...document.querySelectorAll<SVGGraphicsElement>('svg.chart [data-tip]')]
      .filter((mark) => mark.getBoundingClientRect().width > 0)
      .flatMap((mark) => {
        mark.scrollIntoView({ block: 'center' });
        const box = mark.getBoundingClientRect();
        const [x, y] = [box.x + box.width / 2, box.y + box.height * 0.75];
        // Another mark with a tip may lie over it (two close events): then that one answers, as it is the one seen.
        return document.elementFromPoint(x, y)?.closest('[data-tip]') ? [] : [mark.getAttribute('data-tip')];
      }),
  );
  assert.deepEqual(covered, [], 'marks where the pointer reaches no tip');
  const provenBar = page.locator('#cases-monthly-bogor svg.chart-wide rect[data-tip]').first();
  await provenBar.scrollIntoViewIfNeeded();
  const box = await provenBar.boundingBox();
  assert.ok(box);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 3);
  assert.equal(await page.locator('.chart-tip').textContent(), await provenBar.getAttribute('data-tip'), 'over the dark proven part at its foot, the month answers');
  const other = page.locator('#outcomes-bogor svg.chart-wide rect[data-tip]').nth(1);
  await other.focus();
  assert.equal(await page.locator('.chart-tip').textContent(), await other.getAttribute('data-tip'));
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.chart-tip').isHidden(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('at 360 px the narrow layout shows, fits the screen, and the table opens', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${ctx.url}/kota/bandung/`, { waitUntil: 'networkidle' });
  assert.equal(await page.locator('#categories-bandung svg.chart-narrow').isVisible(), true);
  assert.equal(await page.locator('#categories-bandung svg.chart-wide').isVisible(), false);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)) <= 0);
  await page.locator('#categories-bandung details.chart-table summary').click();
  assert.equal(await page.locator('#categories-bandung details.chart-table table').isVisible(), true);
  await page.close();
});
