// Every built page: language, title, description, canonical and alternates, and no leaked placeholder or
// string of the other language.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { en } from '../../src/i18n/en.ts';
import { id } from '../../src/i18n/id.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).sort();
const site = 'https://pantau-netralitas.example.org';

/** Dictionary texts that differ between the languages and are long enough to be unmistakable. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function' || value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(texts);
}
// A language's own name ("Bahasa Indonesia") is the same word in any language's text ("Name in Bahasa Indonesia").
const languageNames = [id.language.current, en.language.current];
const idTexts = texts(id).filter((s) => s.length >= 12 && !texts(en).includes(s) && !languageNames.includes(s));
const enTexts = texts(en).filter((s) => s.length >= 12 && !texts(id).includes(s) && !languageNames.includes(s));

test('the site has both languages of the shell pages', () => {
  for (const path of ['index.html', 'en/index.html', 'tentang/index.html', 'en/about/index.html', 'metodologi/index.html', 'en/methodology/index.html', 'data/index.html', 'en/data/index.html']) {
    assert.ok(pages.includes(path), `${path} is built`);
  }
});

for (const file of pages) {
  const url = `/${file.replace(/index\.html$/, '')}`;
  test(`page ${url}`, () => {
    const $ = load(readFileSync(join(dist, file), 'utf8'));
    const lang = url.startsWith('/en/') ? 'en' : 'id';
    assert.equal($('html').attr('lang'), lang);
    assert.ok($('title').text().trim().length > 10, 'has a title');
    assert.ok(($('meta[name="description"]').attr('content') ?? '').length > 40, 'has a meta description');
    assert.equal($('link[rel="canonical"]').attr('href'), site + url);
    const alternates = $('link[rel="alternate"][hreflang]').map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]]).get() as unknown as [string, string][];
    assert.deepEqual(alternates.map(([h]) => h).sort(), ['en', 'id', 'x-default']);
    for (const [, href] of alternates) {
      const path = href.replace(site, '');
      assert.ok(existsSync(join(dist, path, 'index.html')), `alternate ${href} exists`);
    }
    assert.ok(alternates.some(([h, href]) => h === lang && href === site + url), 'lists itself');
    // Code samples (column names, examples of what a steward types) may be in either language, and so may an
    // element marked as another language (the language switch names each language in its own words).
    const body = $('body').clone();
    body.find('code').remove();
    body.find('[lang]').filter((_, el) => $(el).attr('lang') !== lang).remove();
    const text = body.text();
    for (const leak of ['undefined', 'NaN', '[object Object]', '{{', 'null%']) assert.ok(!text.includes(leak), `no "${leak}" in the page`);
    for (const foreign of lang === 'en' ? idTexts : enTexts) assert.ok(!text.includes(foreign), `no untranslated text: "${foreign.slice(0, 50)}"`);
    assert.equal($('h1').length, 1, 'one h1');
  });
}

test('robots.txt names the sitemap and the sitemap lists both languages', () => {
  assert.match(readFileSync(join(dist, 'robots.txt'), 'utf8'), /Sitemap: https:\/\/pantau-netralitas\.example\.org\/sitemap-index\.xml/);
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  assert.ok(sitemap.includes(`${site}/tentang/`) && sitemap.includes(`${site}/en/about/`));
});

test('home shows a headline figures table per city, from the shipped data, marked as demo', () => {
  const $ = load(readFileSync(join(dist, 'index.html'), 'utf8'));
  const captions = $('.city-cards table caption').map((_, el) => $(el).text()).get();
  assert.deepEqual(captions, ['Angka utama Kota Bogor per pemilihan', 'Angka utama Kota Bandung per pemilihan']);
  const data = JSON.parse(readFileSync('generated/site-data.json', 'utf8')) as { totals: Record<string, Record<string, { reported: number }>> };
  const bogorAll = $('.city-cards table').first().find('tr.total td').eq(1).text();
  assert.equal(bogorAll, new Intl.NumberFormat('id-ID').format(data.totals['all']?.['32.71']?.reported ?? -1));
  assert.match($('.demo-banner').text(), /data demo/);
});

test('published data files are linked from /data/ and exist', () => {
  const $ = load(readFileSync(join(dist, 'data/index.html'), 'utf8'));
  const links = $('a[download]').map((_, el) => $(el).attr('href')).get();
  assert.deepEqual(links, [
    '/data/signings.csv', '/data/signings.xlsx', '/data/cases.csv', '/data/cases.xlsx', '/data/events.csv', '/data/events.xlsx', '/data/elections.csv', '/data/elections.xlsx',
    '/data/reported-figures.csv', '/data/reported-figures.xlsx', '/data/reported-figures.json',
    '/data/kecamatan-totals.csv', '/data/kecamatan-totals.xlsx', '/data/kecamatan-totals.json',
  ]);
  for (const link of links) assert.ok(existsSync(join(dist, link)), `${link} exists`);
});
