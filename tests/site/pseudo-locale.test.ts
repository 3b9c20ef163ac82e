// A third language is data, not code: the site builds with the pseudo-locale xx (src/i18n/languages.ts: English
// with every text bracketed, ⟦Home⟧), and no xx page shows a text that skipped the language tables, so nothing
// falls back to English or Indonesian. What counts as data (names, numbers, dates, codes) is defined in
// tests/support/untranslated.ts. Data: the clean fixture, plus the record fixture's official figures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { load } from 'cheerio';
import { langs, locale } from '../../src/i18n/langs.ts';
import { balanced, dataStrings, monthNames, pageTexts, untranslatedRest } from '../support/untranslated.ts';

const work = mkdtempSync(join(tmpdir(), 'pantau-xx-'));
const dataDir = join(work, 'data');
const out = join(work, 'generated');
const dist = join(work, 'dist');

const htmlFiles = (dir: string): string[] => (readdirSync(join(dist, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
const json = (file: string): unknown => (existsSync(join(out, file)) ? JSON.parse(readFileSync(join(out, file), 'utf8')) : {});

/** The texts of a built page that are neither bracketed nor data, with the page they are on. */
function untranslated(dir: string): string[] {
  const data = dataStrings(json('site-data.json'), json('record.json'), json('geo/index.json'));
  const months = monthNames(locale.xx);
  return htmlFiles(dir).flatMap((file) =>
    pageTexts(load(readFileSync(join(dist, dir, file), 'utf8')), 'xx').flatMap((text) => {
      const rest = untranslatedRest(text, data, months) || (balanced(text) ? '' : `a cut-off text: ${text.trim()}`);
      return rest === '' ? [] : [`${dir}/${file}: ${rest}`];
    }),
  );
}

before(() => {
  mkdirSync(dataDir);
  for (const f of readdirSync('tests/fixtures/clean').filter((f) => f.endsWith('.csv'))) copyFileSync(join('tests/fixtures/clean', f), join(dataDir, f));
  copyFileSync('tests/fixtures/record/reported-figures.csv', join(dataDir, 'reported-figures.csv'));
  const env = { ...process.env, DATA_DIR: dataDir, OUT_DIR: out, PANTAU_TODAY: '2026-11-22', PANTAU_PSEUDO_LOCALE: '1' };
  const data = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  assert.equal(data.status, 0, data.stderr + data.stdout);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], { env, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the regular build publishes two languages; the pseudo-locale only on request', () => {
  assert.deepEqual(langs, ['id', 'en']);
});

test('the pseudo-locale has every page the English site has, at the same paths under /xx/', () => {
  const english = htmlFiles('en');
  assert.ok(english.length > 50, `${english.length} English pages`);
  assert.deepEqual(htmlFiles('xx'), english);
  for (const path of ['xx/updates/feed.xml', 'xx/export/timeline.csv', 'xx/export/timeline.svg']) assert.ok(existsSync(join(dist, path)), `${path} built`);
});

test('no xx page shows text that is neither bracketed nor data (no English or Indonesian fallback)', () => {
  assert.deepEqual(untranslated('xx'), []);
});

test('the check is not vacuous: the same pages in English fail it', () => {
  const found = untranslated('en');
  assert.ok(found.some((line) => line.startsWith('en/index.html: ')), 'the English home page has unbracketed text');
  assert.ok(found.length > 1000, `${found.length} texts found`);
});

test('an xx page says its language, links its twins in every language, and switches to each', () => {
  const $ = load(readFileSync(join(dist, 'xx/city/bogor/index.html'), 'utf8'));
  assert.equal($('html').attr('lang'), 'xx');
  assert.deepEqual($('link[rel="alternate"]').map((_, l) => `${$(l).attr('hreflang')} ${new URL($(l).attr('href') ?? '').pathname}`).get(), ['id /kota/bogor/', 'en /en/city/bogor/', 'xx /xx/city/bogor/', 'x-default /kota/bogor/']);
  assert.deepEqual($('a.lang-switch').map((_, a) => `${$(a).attr('lang')} ${$(a).attr('href')} ${$(a).text()}`).get(), ['id /kota/bogor/ Bahasa Indonesia', 'en /en/city/bogor/ English']);
  assert.match($('h1').text(), /^⟦.*Kota Bogor.*⟧$/);
});

test('the deploy headers let anyone frame /xx/embed/ and no other xx page', () => {
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  assert.match(headers, /^\/xx\/embed\/\*\n {2}Content-Security-Policy: frame-ancestors \*$/m);
  for (const path of ['/xx/', '/xx/city/*', '/xx/kecamatan/*']) assert.match(headers, new RegExp(`^${path.replace(/[*/]/g, '\\$&')}\n {2}Content-Security-Policy: frame-ancestors 'none'$`, 'm'), path);
});
