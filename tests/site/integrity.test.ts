// The built site as a whole: valid HTML on every page, no broken internal link or anchor, and a
// sitemap that parses, lists every public page once with its twin in the other language, and nothing else.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { useSiteAndBrowser } from '../support/browser.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const site = 'https://pantau-netralitas.example.org';
const htmlFiles = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();
const urlOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;
const ctx = useSiteAndBrowser();

// The recommended rules, less three we break on purpose: swatch colours are inline styles (one scale
// drives them; no data text), the search box is the WAI-ARIA combobox with a listbox (a <select>
// cannot take typed text), and page titles name kecamatan, city and site for a citizen's browser tab.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'prefer-native-element': ['error', { exclude: ['listbox', 'option'] }], 'long-title': 'off' },
});

test(`every built page is valid HTML (html-validate, recommended rules): ${htmlFiles.length} pages`, async () => {
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`);
  }
  assert.deepEqual(problems.slice(0, 20), [], `${problems.length} problems`);
});

/** The file a site path is served from, or null. */
function fileFor(path: string): string | null {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return null;
}

const idsCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const $ = load(readFileSync(file, 'utf8'));
    ids = new Set([...$('[id]').map((_, el) => $(el).attr('id') ?? ''), ...$('a[name]').map((_, el) => $(el).attr('name') ?? '')]);
    idsCache.set(file, ids);
  }
  return ids;
}

test('no internal link, script, stylesheet, image or frame points at a missing file or anchor', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const file of htmlFiles) {
    const $ = load(readFileSync(join(dist, file), 'utf8'));
    const base = new URL(urlOf(file), site);
    $('a[href], link[href], script[src], img[src], iframe[src], source[src]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src') ?? '';
      const rel = $(el).attr('rel') ?? '';
      // Canonical and alternate links name the public address; they are checked as paths below.
      const target = new URL(raw, base);
      if (target.origin !== base.origin || /^(mailto|tel):/.test(raw)) return;
      checked += 1;
      const targetFile = fileFor(target.pathname);
      if (targetFile === null) {
        broken.push(`${file}: ${raw}${rel ? ` (rel=${rel})` : ''}`);
        return;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && targetFile.endsWith('.html') && !idsIn(targetFile).has(anchor)) broken.push(`${file}: ${raw} (no element with id "${anchor}")`);
    });
  }
  assert.deepEqual(broken.slice(0, 20), [], `${broken.length} broken`);
  assert.ok(checked > 5_000, `${checked} links checked`);
});

test('the sitemap is well-formed XML, lists every public page once with its twin, and nothing else', async () => {
  const page = await ctx.browser.newPage();
  await page.goto(`${ctx.url}/`);
  const read = async (path: string): Promise<{ error: string; locs: string[]; links: [string, string][][]; ns: string; root: string }> =>
    page.evaluate(async (p) => {
      const text = await (await fetch(p)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const error = doc.querySelector('parsererror')?.textContent ?? '';
      const root = doc.documentElement;
      const entries = [...root.children];
      return {
        error,
        root: root.localName,
        ns: root.namespaceURI ?? '',
        locs: entries.map((e) => e.getElementsByTagNameNS(root.namespaceURI, 'loc')[0]?.textContent ?? ''),
        links: entries.map((e) => [...e.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [l.getAttribute('hreflang') ?? '', l.getAttribute('href') ?? ''] as [string, string])),
      };
    }, path);
  const index = await read('/sitemap-index.xml');
  assert.equal(index.error, '');
  assert.equal(index.root, 'sitemapindex');
  assert.equal(index.ns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
  const listed: string[] = [];
  for (const loc of index.locs) {
    assert.ok(loc.startsWith(`${site}/`), loc);
    const map = await read(new URL(loc).pathname);
    assert.equal(map.error, '', loc);
    assert.equal(map.root, 'urlset');
    assert.equal(map.ns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
    map.locs.forEach((url, i) => {
      listed.push(url);
      const twins = new Map(map.links[i]);
      assert.deepEqual([...twins.keys()].sort(), ['en', 'id', 'x-default'], `${url}: alternates in both languages`);
      for (const twin of twins.values()) assert.ok(fileFor(new URL(twin).pathname), `${url}: its twin ${twin} exists`);
    });
  }
  await page.close();
  const publicPages = htmlFiles.filter((f) => f.endsWith('index.html') && !/(^|\/)embed\//.test(f)).map((f) => `${site}${urlOf(f)}`)
    .sort();
  assert.deepEqual([...listed].sort(), publicPages, 'every public page, once; no embed page');
  assert.equal(new Set(listed).size, listed.length, 'no duplicates');
  for (const url of listed) {
    const $ = load(readFileSync(fileFor(new URL(url).pathname) ?? '', 'utf8'));
    assert.equal($('meta[name="robots"][content*="noindex"]').length, 0, `${url} is listed but says noindex`);
    assert.equal($('link[rel="canonical"]').attr('href'), url, `${url}: its canonical is itself`);
  }
});
