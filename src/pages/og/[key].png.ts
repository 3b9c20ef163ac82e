// /og/<page>.png: the 1200x630 social card of every page, drawn at build time with its headline figure.
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogCardSvg } from '../../lib/export/og-card.ts';
import { ogPages, type OgPage } from '../../lib/export/og-pages.ts';
import { renderPng } from '../../lib/export/png-cache.ts';
import { t } from '../../i18n/index.ts';
import { keyed, pathKey } from '../../lib/build-cache/page-keys.ts';

export const getStaticPaths: GetStaticPaths = async () => (await ogPages()).map((page) => keyed({ params: { key: page.key }, props: { page } }, pathKey(page.path)));

export const GET: APIRoute = async ({ props, site }) => {
  const page = (props as { page: OgPage }).page;
  const address = new URL(page.path, site ?? 'https://example.org').href.replace(/^https?:\/\//, '');
  const svg = ogCardSvg({ site: t(page.lang).siteName, title: page.title, headline: page.headline, detail: page.detail, demo: page.demo, address });
  return new Response(new Uint8Array(await renderPng(svg, 1200)), { headers: { 'Content-Type': 'image/png' } });
};
