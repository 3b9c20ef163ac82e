// Astro configuration: static output, Bahasa Indonesia at /, English at /en/.
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';

// The public address of the site; deployments set SITE_URL, tests keep the default.
const site = process.env.SITE_URL ?? 'https://pantau-netralitas.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory' },
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  // Embed pages are for frames, not search results.
  integrations: [sitemap({ filter: (page) => !page.includes('/embed/') })],
  devToolbar: { enabled: false },
  telemetry: false,
});
