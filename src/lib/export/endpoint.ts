// The routes of the downloads: one path per exportable and format, rendered on request at build time.
import type { Lang } from '../../i18n/index.ts';
import { exportables } from './exportables.ts';
import { renderPng } from './png-cache.ts';
import { renderCsv, renderSvg } from './render.ts';

export function exportFiles(lang: Lang): { params: { file: string } }[] {
  return exportables(lang).flatMap((e) => ['svg', 'png', 'csv'].map((ext) => ({ params: { file: `${e.id}.${ext}` } })));
}

export async function exportFile(lang: Lang, file: string, site: URL | undefined): Promise<Response> {
  const match = /^(.*)\.(svg|png|csv)$/.exec(file);
  const e = exportables(lang).find((x) => x.id === match?.[1]);
  if (!match || !e) return new Response('not found', { status: 404 });
  const base = site ?? new URL('https://example.org');
  if (match[2] === 'csv') return new Response(`\uFEFF${renderCsv(e)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const svg = renderSvg(e, lang, base);
  if (match[2] === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 768);
  return new Response(new Uint8Array(await renderPng(svg, width * 2)), { headers: { 'Content-Type': 'image/png' } });
}
