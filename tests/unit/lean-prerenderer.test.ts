// The page cache's prerenderer (src/lib/build-cache/lean-prerenderer.ts): a route whose first path used no content
// entry and no image renders its other paths without the default's second pass over their bytes, and says they used
// nothing; a route that used something keeps the default's collection; and the site's code uses neither, which is
// what makes the shortcut true.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { AstroPrerenderer, PrerenderRenderMetadata, RouteData } from 'astro';
import { leanPrerenderer, usedSomething } from '../../src/lib/build-cache/lean-prerenderer.ts';
import { generationOrderLayer } from '../../src/integrations/generation-order.ts';
import { prerendererLayers } from '../../src/integrations/prerenderer-layers.ts';

const EMPTY: PrerenderRenderMetadata = { contentEntryKeys: [], staticImages: [], referencedImages: [] };
const route = (component: string): RouteData => ({ component }) as RouteData;

/** A default prerenderer that records how it was asked, and reports `used` for the routes it names. */
function fakeBase(used: Record<string, PrerenderRenderMetadata> = {}) {
  const calls: { component: string; collect: boolean }[] = [];
  const base: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: () => Promise.resolve([]),
    render: (request, { routeData, collectMetadata }) => {
      calls.push({ component: routeData.component, collect: collectMetadata === true });
      const response = new Response(`page ${new URL(request.url).pathname}`);
      return Promise.resolve(collectMetadata ? { response, metadata: used[routeData.component] ?? EMPTY } : { response });
    },
  };
  return { base, calls };
}

const render = async (p: AstroPrerenderer, component: string, path: string, collectMetadata: boolean) => {
  const result = await p.render(new Request(`https://x.test${path}`), { routeData: route(component), collectMetadata });
  const { response, metadata } = result instanceof Response ? { response: result, metadata: undefined } : result;
  return { body: await response.text(), metadata };
};

test('a route whose first path used nothing renders its other paths without collecting, and reports them empty', async () => {
  const { base, calls } = fakeBase();
  const lean = leanPrerenderer(base);
  const first = await render(lean, 'src/pages/a.astro', '/a/1/', true);
  const second = await render(lean, 'src/pages/a.astro', '/a/2/', true);
  const third = await render(lean, 'src/pages/a.astro', '/a/3/', true);
  assert.equal(second.body, 'page /a/2/', 'the page itself is rendered as the default renders it');
  assert.deepEqual([first.metadata, second.metadata, third.metadata], [EMPTY, EMPTY, EMPTY], 'every path is recorded, as using nothing');
  assert.deepEqual(calls.map((c) => c.collect), [true, false, false], 'only the first path is collected');
});

test('a route that used a content entry or an image keeps the default collection on every path', async () => {
  const used = { ...EMPTY, staticImages: [{ hash: 'h' }] } as unknown as PrerenderRenderMetadata;
  const { base, calls } = fakeBase({ 'src/pages/b.astro': used });
  const lean = leanPrerenderer(base);
  await render(lean, 'src/pages/a.astro', '/a/1/', true);
  const b1 = await render(lean, 'src/pages/b.astro', '/b/1/', true);
  const b2 = await render(lean, 'src/pages/b.astro', '/b/2/', true);
  await render(lean, 'src/pages/a.astro', '/a/2/', true);
  assert.deepEqual([b1.metadata, b2.metadata], [used, used]);
  assert.deepEqual(calls.map((c) => `${c.component} ${c.collect}`), ['src/pages/a.astro true', 'src/pages/b.astro true', 'src/pages/b.astro true', 'src/pages/a.astro false']);
});

test('without the cache, paths render exactly as the default renders them', async () => {
  const { base, calls } = fakeBase();
  const lean = leanPrerenderer(base);
  const page = await render(lean, 'src/pages/a.astro', '/a/1/', false);
  assert.equal(page.metadata, undefined);
  assert.deepEqual(calls, [{ component: 'src/pages/a.astro', collect: false }]);
});

test('what a path used is something only when it names an entry or an image', () => {
  assert.equal(usedSomething(undefined), false);
  assert.equal(usedSomething(EMPTY), false);
  assert.equal(usedSomething({ ...EMPTY, contentEntryKeys: ['src/content/x.md'] }), true);
  assert.equal(usedSomething({ ...EMPTY, referencedImages: ['/src/a.png'] }), true);
});

test('the site renders no content collection and no astro:assets image, so each route is known from its first path', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts|mjs|js|md|mdx)$/.test(f));
  const users = files.filter((f) => /(from|import\s*\(?)\s*['"]astro:(content|assets)['"]/.test(readFileSync(join('src', f), 'utf8')));
  assert.deepEqual(users, []);
  assert.deepEqual(files.filter((f) => /^content(\.config\.|\/)/.test(f)), [], 'no content collections');
});

test('the generation order and the lean rendering both hold when the build sets them together', async () => {
  const { base, calls } = fakeBase();
  const paths = ['/og/a.png', '/kecamatan/32.71.01/', '/og/b.png', '/kecamatan/32.71.02/'].map((pathname) => ({ pathname, route: route(pathname.startsWith('/og/') ? 'og' : 'kecamatan') }));
  base.getStaticPaths = () => Promise.resolve(paths as Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>);
  let set: AstroPrerenderer | null = null;
  const hook = prerendererLayers([generationOrderLayer((component) => component === 'og'), leanPrerenderer]).hooks['astro:build:start'];
  await hook?.({ setPrerenderer: (p: AstroPrerenderer | ((d: AstroPrerenderer) => AstroPrerenderer)) => (set = typeof p === 'function' ? p(base) : p) } as never);
  const built = set as AstroPrerenderer | null;
  assert.ok(built !== null, 'the integration sets a prerenderer');
  assert.deepEqual((await built.getStaticPaths()).map((p) => p.pathname), ['/kecamatan/32.71.01/', '/kecamatan/32.71.02/', '/og/a.png', '/og/b.png']);
  await render(built, 'kecamatan', '/kecamatan/32.71.01/', true);
  await render(built, 'kecamatan', '/kecamatan/32.71.02/', true);
  assert.deepEqual(calls.map((c) => c.collect), [true, false]);
});
