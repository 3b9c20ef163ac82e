// A reader on a dead link gets a way on: the 404 page has a search box in both languages, and what they type
// (a place with its city) leads to the right kecamatan.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { useSiteAndBrowser } from '../support/browser.ts';

const ctx = useSiteAndBrowser();

for (const [lang, label, answer] of [
  ['id', 'Cari kecamatan atau kelurahan', /Kelurahan di Kecamatan Bogor Timur, Kota Bogor/],
  ['en', 'Search for a kecamatan or kelurahan', /Kelurahan in Kecamatan Bogor Timur, Kota Bogor/],
] as const) {
  test(`the 404 page's ${lang} search box finds "sukasari bogor" in Kecamatan Bogor Timur`, async () => {
    const page = await ctx.browser.newPage({ viewport: { width: 360, height: 800 } });
    const response = await page.goto(`${ctx.url}/tidak-ada/halaman-ini/`);
    assert.equal(response?.status(), 404);
    await page.getByLabel(label, { exact: true }).fill('sukasari bogor');
    await page.getByLabel(label, { exact: true }).press('Enter');
    await page.waitForURL(/\/(en\/search|cari)\/\?q=sukasari\+bogor/);
    const first = page.locator('#site-search-list [role="option"]').first();
    await first.waitFor();
    assert.match((await first.textContent()) ?? '', /^Sukasari/);
    assert.match((await first.textContent()) ?? '', answer);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await page.close();
  });
}
