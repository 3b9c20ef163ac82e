// /og/<page>.png: the 1200x630 social card of every page, drawn at build time with its headline figure.
// The cards are drawn on worker threads from the moment the paths are listed, while the build writes the other
// pages (the build generates this route last: src/integrations/generation-order.ts); each request then
// reads its card from the image cache.
import type { APIRoute, GetStaticPaths } from 'astro';
import { ogPages, ogPageSvg, type OgPage } from '../../lib/export/og-pages.ts';
import { prefetchPngs, renderPng } from '../../lib/export/png-cache.ts';
import { keyed, pathKey } from '../../lib/build-cache/page-keys.ts';

const WIDTH = 1200;

export const getStaticPaths: GetStaticPaths = async () => {
  const pages = await ogPages();
  // A failed card fails again, with its error, when its path is generated.
  if (import.meta.env.PROD) void prefetchPngs(svgsOf(pages), WIDTH).catch(() => undefined);
  return pages.map((page) => keyed({ params: { key: page.key }, props: { page } }, pathKey(page.path)));
};

/** The cards' drawings, made one by one as the workers take them. */
function* svgsOf(pages: readonly OgPage[]): Generator<string> {
  for (const page of pages) yield ogPageSvg(page, import.meta.env.SITE);
}

export const GET: APIRoute = async ({ props, site }) => {
  const page = (props as { page: OgPage }).page;
  return new Response(new Uint8Array(await renderPng(ogPageSvg(page, site), WIDTH)), { headers: { 'Content-Type': 'image/png' } });
};
