// The built pages in Debian's Chromium: they load without errors, fit a 360 px phone, and switch language.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, pagePool, serveDist } from '../support/browser.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const paths = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('index.html') || f === '404.html')
  .map((f) => `/${f.replace(/index\.html$/, '')}`)
  .sort();

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDist>>;
const pages = pagePool(() => browser);
before(async () => {
  server = await serveDist(dist);
  browser = await launchBrowser();
});
after(async () => {
  await pages.close();
  await browser?.close();
  await server?.close();
});

// axe is handed to the page through DevTools, not a <script>: the site's CSP (rightly) refuses inline scripts.
const axeSource = readFileSync(fileURLToPath(import.meta.resolve('axe-core')), 'utf8');

/** axe-core on the open page, WCAG 2.1 A and AA rules: violations as "rule: target" lines. */
async function axeViolations(page: import('playwright-core').Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The page template a path is drawn by: its codes and ids folded ("/kecamatan/32.71.01/" -> "/kecamatan/#/"). */
const templateOf = (path: string): string => path.replace(/\/(embed|export)\/([a-z]+)[^/]*\//, '/$1/$2/').replace(/[0-9][0-9.]*/g, '#');
// Every page at 360 px; the first page of each template also at 1280 px (a template's wide layout does not
// change with its data): the same coverage of layouts in half the time.
const wideChecked = new Set<string>();
const checkWide = new Set(paths.filter((p) => !wideChecked.has(templateOf(p)) && wideChecked.add(templateOf(p))));

// Pages are checked three at a time (PAGES_AT_ONCE sets it; more does not help on 2 cores), each on a page of a
// pool: opening a new page costs more than most checks.
describe('every page in Chromium', { concurrency: Number(process.env.PAGES_AT_ONCE ?? 3) }, () => {
  for (const path of paths) {
    const wide = checkWide.has(path);
    test(`${path} loads cleanly, fits a 360 px screen, and passes axe (WCAG 2.1 AA)${wide ? ' at 360 and 1280 px' : ''}`, () =>
      pages.use({ width: 360, height: 740 }, async (page) => {
        const problems: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
        });
        page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
        page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
        page.on('response', (r) => {
          if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
        assert.equal(response?.status(), 200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `no horizontal scrolling (page is ${overflow}px wider than the screen)`);
        assert.deepEqual(problems, []);
        assert.deepEqual(await axeViolations(page), [], 'axe at 360 px');
        if (wide) {
          await page.setViewportSize({ width: 1280, height: 900 });
          assert.deepEqual(await axeViolations(page), [], 'axe at 1280 px');
        }
      }),
    );
  }
});

test('the language switch leads to the same page in the other language, and back', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/tentang/`);
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/en/about/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  assert.equal(await page.locator('h1').textContent(), 'About this site');
  await page.getByRole('link', { name: 'Bahasa Indonesia' }).click();
  await page.waitForURL('**/tentang/');
  assert.equal(await page.locator('h1').textContent(), 'Tentang situs ini');
  await page.close();
});

test('keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Langsung ke isi');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  await page.close();
});
