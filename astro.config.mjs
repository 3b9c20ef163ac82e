// Astro configuration: static output, Bahasa Indonesia at /, English at /en/ (the languages: src/i18n/langs.ts).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { deployHeaders } from './src/integrations/deploy-headers.ts';
import { generationOrderLayer } from './src/integrations/generation-order.ts';
import { prerendererLayers } from './src/integrations/prerenderer-layers.ts';
import { defaultLang, langs, pageOf, pathOf } from './src/i18n/index.ts';
import { pngCacheIntegration } from './src/lib/export/png-cache-integration.ts';
import { pageCacheIntegration } from './src/lib/build-cache/page-cache-integration.ts';
import { pageCacheSetup } from './src/lib/build-cache/page-cache-setup.ts';
import { leanPrerenderer } from './src/lib/build-cache/lean-prerenderer.ts';

// The public address of the site; deployments set SITE_URL (npm run build refuses to run without it: scripts/build.ts),
// local builds and tests keep the placeholder.
const site = process.env.SITE_URL || 'https://pantau-netralitas.example.org';

// Rebuilds generate only the pages whose data or code changed and restore the others (src/lib/build-cache/).
const pageCache = pageCacheSetup(process.env, process.argv);
let restoredPages = 0;
const [pageCacheStart, pageCacheEnd] = pageCacheIntegration(pageCache, (counts) => (restoredPages = counts.restored));

/**
 * Each sitemap entry names its twin in the other language (the slugs differ, so the plugin's i18n option cannot).
 * @param {import('@astrojs/sitemap').SitemapItem} item
 * @returns {import('@astrojs/sitemap').SitemapItem}
 */
function withAlternates(item) {
  const found = pageOf(new URL(item.url).pathname);
  if (!found) return item;
  const links = langs.map((lang) => ({ lang, url: new URL(pathOf(found.ref, lang), site).href }));
  links.push({ lang: 'x-default', url: new URL(pathOf(found.ref, defaultLang), site).href });
  return { ...item, links };
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  // Pages are generated several at a time, so that a page waiting on a file or an image does not hold the others.
  build: { format: 'directory', concurrency: Number(process.env.BUILD_CONCURRENCY ?? availableParallelism() * 2) },
  i18n: {
    locales: [...langs],
    defaultLocale: defaultLang,
    routing: { prefixDefaultLocale: false },
  },
  // The social cards are generated last (generation-order.ts); with the page cache, paths are rendered without a second
  // pass over their bytes (lean-prerenderer.ts).
  // The page cache's two halves enclose the integrations that write into the output when the build is done.
  // Embed pages are for frames, not search results.
  integrations: [prerendererLayers([generationOrderLayer((component) => component === 'src/pages/og/[key].png.ts'), ...(pageCache.dir === null ? [] : [leanPrerenderer])]), pageCacheStart, sitemap({ filter: (page) => !page.includes('/embed/'), serialize: withAlternates }), deployHeaders(), pageCacheEnd, pngCacheIntegration(process.env, () => restoredPages === 0)],
  // Every script ships as a file of its own, never inlined, so the Content-Security-Policy can be
  // `script-src 'self'` with no hashes to keep in step (src/lib/security/content-security-policy.ts).
  // With the page cache, Astro does not empty the output folder: the cache leaves unchanged files in place or moves
  // the folder aside (src/lib/build-cache/prepare-out-dir.ts).
  vite: { build: { assetsInlineLimit: 0, ...(pageCache.dir === null ? {} : { emptyOutDir: false }) } },
  ...(pageCache.dir === null ? {} : { cacheDir: pageCache.dir, experimental: { incrementalBuild: true } }),
  devToolbar: { enabled: false },
  telemetry: false,
});
