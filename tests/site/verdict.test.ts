// A reader gets the answer in the first screen: every kecamatan page opens with its verdict (counts, rank,
// rate beside the city's) at phone and desktop widths in both languages; a kelurahan search says where it
// lies; the city table carries proven counts; cumulative coverage never falls. Reads the built dist/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { load } from 'cheerio';
import { useSiteAndBrowser } from '../support/browser.ts';

const ctx = useSiteAndBrowser();
const site = JSON.parse(readFileSync('generated/site-data.json', 'utf8')) as { kecamatan: { code: string; name: string }[]; cities: { slug: string; kecamatan: string[] }[] };

for (const width of [360, 1280]) {
  for (const [lang, prefix, rank] of [['id', '', /peringkat \d+ dari \d+/], ['en', '/en', /\d+(st|nd|rd|th) of \d+/]] as const) {
    test(`at ${width} px (${lang}) every kecamatan page shows its verdict with rank and counts in the first 1,100 px`, async () => {
      const page = await ctx.browser.newPage({ viewport: { width, height: 1100 } });
      try {
        for (const k of site.kecamatan) {
          await page.goto(`${ctx.url}${prefix}/kecamatan/${k.code}/`);
          const figures = page.locator('.verdict-figures');
          const box = await figures.boundingBox();
          assert.ok(box, `${k.code}: verdict figures shown`);
          assert.ok(box.y + box.height <= 1100, `${k.code}: verdict ends at ${Math.round(box.y + box.height)} px`);
          const text = (await figures.textContent()) ?? '';
          assert.match(text, rank, `${k.code}: rank`);
          assert.match(text, lang === 'id' ? /Dilaporkan\s*\d+/ : /Reported\s*\d+/, `${k.code}: reported count`);
          assert.match(text, lang === 'id' ? /Terbukti melanggar\s*\d+/ : /Found in violation\s*\d+/, `${k.code}: proven count`);
          assert.ok((await page.locator('.verdict-sentence').textContent())?.includes(k.name), `${k.code}: a sentence naming it`);
          assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `${k.code}: no horizontal overflow`);
        }
      } finally {
        await page.close();
      }
    });
  }
}

test('arriving from a kelurahan search, the page says which kecamatan the kelurahan lies in', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 360, height: 740 } });
  await page.goto(`${ctx.url}/`);
  await page.fill('#site-search-input', 'Sukasari');
  const option = page.locator('#site-search-list [role="option"]', { hasText: 'Bogor Timur' }).first();
  await option.waitFor();
  await option.dispatchEvent('mousedown');
  await page.waitForURL('**/kecamatan/32.71.02/?kel=32.71.02.1001');
  const note = page.locator('.verdict-kelurahan:visible');
  assert.equal(await note.textContent(), 'Kelurahan Sukasari ada di Kecamatan Bogor Timur.');
  assert.ok(((await note.boundingBox())?.y ?? 9999) < 740, 'in the first screen');
  await page.goto(`${ctx.url}/en/kecamatan/32.71.02/`);
  assert.equal(await page.locator('.verdict-kelurahan:visible').count(), 0, 'no kelurahan note without ?kel=');
  await page.close();
});

test('the city table has a proven-count column, sortable, with the counts of the data', async () => {
  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${ctx.url}/kota/bandung/`);
  const table = page.locator('.election-table:visible table.kecamatan-table');
  const heads = await table.locator('thead th').allTextContents();
  const column = heads.findIndex((h) => h.includes('Pelanggaran terbukti') && !h.includes('1.000'));
  assert.ok(column > 0, `a proven column among ${heads.join(' | ')}`);
  await table.locator('thead th').nth(column).locator('button').click();
  await table.locator('thead th').nth(column).locator('button').click();
  const counts = (await table.locator(`tbody tr td:nth-child(${column + 1})`).allTextContents()).map((t) => Number(t.trim()));
  assert.equal(counts.length, 30);
  assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'sorted highest first after two clicks');
  await page.close();
});

test('cumulative pact coverage starts at zero and never falls, in every city chart table', () => {
  for (const [lang, path] of [['id', 'kota'], ['en', 'en/city']] as const) {
    for (const city of site.cities) {
      const $ = load(readFileSync(`dist/${path}/${city.slug}/index.html`, 'utf8'));
      const rows = $(`figure#coverage-${city.slug} table tbody tr`).toArray().map((tr) => $(tr).find('th, td').toArray().map((c) => $(c).text().trim()));
      assert.ok(rows.length > 3, `${lang} ${city.slug}: coverage table rows`);
      const byElection = new Map<string, number[]>();
      for (const [election = '', , , share = ''] of rows) {
        const value = Number(share.replace('%', '').replace(lang === 'id' ? /\./g : /,/g, '').replace(',', '.'));
        byElection.set(election, [...(byElection.get(election) ?? []), value]);
      }
      for (const [election, values] of byElection) {
        assert.equal(values[0], 0, `${city.slug} ${election} starts at zero`);
        assert.ok(values.every((v, i) => i === 0 || v >= values[i - 1]!), `${city.slug} ${election} never falls: ${values.join(' ')}`);
      }
    }
  }
});
