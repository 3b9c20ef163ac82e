// The shipped Content-Security-Policy and framing rules: no page runs a script that is not one of our
// files, embeds can be framed anywhere and nothing else can, and the deploy files say the same thing.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test } from 'node:test';
import { load } from 'cheerio';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { contentSecurityPolicy, tileOrigin } from '../../src/lib/security/content-security-policy.ts';
import { nginxSnippet } from '../../src/lib/security/deploy-headers.ts';
import { useSiteAndBrowser } from '../support/browser.ts';

const dist = process.env['DIST_DIR'] ?? 'dist';
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();
const rules = parseHeadersFile(readFileSync(`${dist}/_headers`, 'utf8'));
const urlOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;
const ctx = useSiteAndBrowser();

test('no built page carries an inline script, an event-handler attribute or a javascript: URL', () => {
  const found: string[] = [];
  for (const file of pages) {
    const $ = load(readFileSync(`${dist}/${file}`, 'utf8'));
    $('script').each((_, el) => {
      const type = $(el).attr('type') ?? '';
      const data = type === 'application/json' || type === 'application/ld+json';
      if (!data && $(el).attr('src') === undefined) found.push(`${file}: inline <script type="${type}">`);
      if (data && /<\/script/i.test($(el).text())) found.push(`${file}: a data script that closes early`);
    });
    $('*').each((_, el) => {
      for (const [name, value] of Object.entries((el as unknown as { attribs: Record<string, string> }).attribs)) {
        if (/^on/i.test(name)) found.push(`${file}: ${name}= on <${(el as unknown as { name: string }).name}>`);
        if (/^\s*(javascript|vbscript|data):/i.test(value) && /^(href|src|action|formaction|xlink:href)$/i.test(name)) found.push(`${file}: ${name}="${value.slice(0, 40)}"`);
      }
    });
  }
  assert.deepEqual(found, []);
});

test('every page states the policy in its head before anything loads', () => {
  const policy = contentSecurityPolicy('unset');
  for (const file of pages) {
    const $ = load(readFileSync(`${dist}/${file}`, 'utf8'));
    const meta = $('head meta[http-equiv="Content-Security-Policy"]');
    assert.equal(meta.attr('content'), policy, file);
    assert.equal($('head script, head link[rel="stylesheet"]').filter((_, el) => $(el).index() < meta.index()).length, 0, `${file}: nothing loads before the policy`);
  }
});

test('_headers: embed pages may be framed by anyone, every other page by no one, and all get the policy', () => {
  for (const file of pages) {
    const url = urlOf(file);
    const headers = headersFor(rules, url);
    const csp = headers['Content-Security-Policy'] ?? '';
    assert.ok(csp.startsWith(contentSecurityPolicy('unset')), `${url}: the base policy`);
    assert.equal(headers['X-Content-Type-Options'], 'nosniff', url);
    if (/^\/(en\/)?embed\//.test(url)) {
      assert.match(csp, /frame-ancestors \*/, url);
      assert.equal(headers['X-Frame-Options'], undefined, url);
    } else {
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.equal(headers['X-Frame-Options'], 'DENY', url);
    }
  }
});

test('deploy/nginx-headers.conf is current with the policy (node scripts/write-deploy-config.ts)', () => {
  assert.equal(readFileSync('deploy/nginx-headers.conf', 'utf8'), nginxSnippet());
});

test('a tile layer, when configured, is the only other origin images may come from', () => {
  assert.equal(tileOrigin('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png'), 'https://*.tile.openstreetmap.org');
  assert.equal(tileOrigin('javascript:alert(1)'), null);
  assert.match(contentSecurityPolicy('none', 'https://tiles.example.org/{z}/{x}/{y}.png'), /img-src 'self' data: https:\/\/tiles\.example\.org;/);
  assert.doesNotMatch(contentSecurityPolicy('none'), /https:/);
});

test('in Chromium, a script injected into a page is refused and reported; the page\'s own scripts run', async () => {
  const page = await ctx.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${ctx.url}/kota/bogor/`, { waitUntil: 'load' });
  await page.locator('.map-live path[role="link"]').first().waitFor();
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; violation: string }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve({ ran: 'pwned' in window, violation: e.violatedDirective }), { once: true });
        const s = document.createElement('script');
        s.textContent = 'window.pwned = true';
        document.body.append(s);
        setTimeout(() => resolve({ ran: 'pwned' in window, violation: '' }), 2000);
      }),
  );
  assert.deepEqual(outcome, { ran: false, violation: 'script-src-elem' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('in Chromium, another site can frame an embed but not a city page', async () => {
  const embed = readdirSync(`${dist}/embed`).sort()[0] ?? '';
  const host = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Berita</title><iframe id="e" src="${ctx.url}/embed/${embed}/" title="embed"></iframe><iframe id="c" src="${ctx.url}/kota/bogor/" title="city"></iframe>`);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  const origin = `http://localhost:${(host.address() as AddressInfo).port}`;
  const page = await ctx.browser.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForTimeout(1000);
  const frames = page.frames().map((f) => f.url());
  const embedFrame = page.frames().find((f) => f.url().includes('/embed/'));
  assert.ok(embedFrame, `embed frame loaded: ${frames.join(' ')}`);
  assert.ok(((await embedFrame.locator('svg[role="img"]').count()) ?? 0) > 0, 'the embedded chart is drawn');
  const cityFrame = page.frames().find((f) => f.url().includes('/kota/bogor/'));
  assert.equal(cityFrame === undefined ? 0 : await cityFrame.locator('h1').count(), 0, 'the city page is refused in a frame');
  await page.close();
  await new Promise<void>((r) => host.close(() => r()));
});
