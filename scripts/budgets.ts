// Page-weight budgets, part of `npm test`: gzip HTML of every built page, and the JavaScript and CSS a
// reader's browser really downloads (measured in Chromium, Leaflet included where the map loads it),
// per page type. Prints a table and one JSON line; exits 1 when any figure is over its limit.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';

type PageType = 'home' | 'city' | 'kecamatan' | 'embed';
type Kind = 'html' | 'css' | 'js';

// Limits in kB gzip. JavaScript: DESIGN.md's "0 kB to read any chart, under 70 kB on a map page" (the
// small scripts only add tooltips, search and sorting). HTML and CSS: the built size plus headroom,
// so that a page growing by a third is noticed before a cheap phone on a slow line notices it.
const limits: Readonly<Record<PageType, Readonly<Record<Kind, number>>>> = {
  home: { html: 40, css: 8, js: 12 },
  city: { html: 75, css: 10, js: 70 },
  kecamatan: { html: 25, css: 8, js: 12 },
  embed: { html: 16, css: 6, js: 3 },
};

const dist = process.env['DIST_DIR'] ?? 'dist';
const gz = (bytes: Buffer | Uint8Array): number => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

/** The page type of a built page, or null for pages without a budget of their own (about, data...). */
function typeOf(file: string): PageType | null {
  if (/(^|\/)embed\//.test(file)) return 'embed';
  if (/(^|\/)kecamatan\//.test(file)) return 'kecamatan';
  if (/^(en\/city|kota)\//.test(file)) return 'city';
  if (/^(en\/)?index\.html$/.test(file)) return 'home';
  return null;
}

const measured = new Map<PageType, { html: number; htmlPage: string; css: number; js: number; pages: number }>();
for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).sort()) {
  const type = typeOf(file);
  if (type === null) continue;
  const size = gz(readFileSync(join(dist, file)));
  const entry = measured.get(type) ?? { html: 0, htmlPage: file, css: 0, js: 0, pages: 0 };
  entry.pages += 1;
  if (size > entry.html) Object.assign(entry, { html: size, htmlPage: file });
  measured.set(type, entry);
}

// JavaScript and CSS as downloaded, on the heaviest page of each type, once the live map is drawn.
const server = await serveDir(dist);
const origin = server.url;
const browser = await launchBrowser();
for (const entry of measured.values()) {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  const bodies: Promise<[string, number]>[] = [];
  page.on('response', (r) => {
    const kind = r.request().resourceType();
    if (kind === 'script' || kind === 'stylesheet') bodies.push(r.body().then((b) => [kind, gz(b)]));
  });
  await page.goto(`${origin}/${entry.htmlPage.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
  if ((await page.locator('kecamatan-map .map-live').count()) > 0) await page.locator('.map-live path[tabindex="0"]').first().waitFor();
  await page.waitForLoadState('networkidle');
  for (const [kind, size] of await Promise.all(bodies)) entry[kind === 'script' ? 'js' : 'css'] += size;
  // Styles inlined in the page count as CSS too (they are also inside the HTML figure).
  entry.css += gz(Buffer.from(await page.evaluate(() => [...document.querySelectorAll('style')].map((s) => s.textContent).join(''))));
  await page.close();
}
await browser.close();
await server.close();

const over: string[] = [];
const rows: Record<string, Record<string, number | string>> = {};
console.log('page type   pages  HTML kB (limit)   CSS kB (limit)   JS kB (limit)   heaviest page');
for (const type of ['home', 'city', 'kecamatan', 'embed'] as const) {
  const entry = measured.get(type);
  if (!entry) {
    over.push(`${type}: no built page of this type`);
    continue;
  }
  const cell = (kind: Kind): string => {
    const value = kb(entry[kind]);
    if (value > limits[type][kind]) over.push(`${type} ${kind.toUpperCase()}: ${value} kB gzip, limit ${limits[type][kind]} kB (${entry.htmlPage})`);
    return `${value.toFixed(1).padStart(6)} (${String(limits[type][kind]).padStart(2)})`;
  };
  console.log(`${type.padEnd(11)} ${String(entry.pages).padStart(5)}  ${cell('html')}      ${cell('css')}     ${cell('js')}    /${entry.htmlPage}`);
  rows[type] = { pages: entry.pages, html_kb: kb(entry.html), css_kb: kb(entry.css), js_kb: kb(entry.js) };
}
for (const line of over) console.error(`over budget: ${line}`);
console.log(JSON.stringify({ budgets: rows, over: over.length }));
process.exit(over.length === 0 ? 0 : 1);
