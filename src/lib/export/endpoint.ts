// The routes of the downloads: one path per exportable and format, rendered on request at build time.
import type { Lang } from '../../i18n/index.ts';
import { exportables, type Exportable } from './exportables.ts';
import { renderPng } from './png-cache.ts';
import { renderCsv, renderSvg, renderXlsx } from './render.ts';

type Format = 'svg' | 'png' | 'csv' | 'xlsx';
// A type, not an interface: Astro's route props need its implicit index signature.
export type ExportFileProps = {
  readonly item: Exportable;
  readonly format: Format;
};

/** Every download path, each carrying its exportable, so a file never looks its chart up by scanning; no PNG file where the reader's browser draws it. */
export function exportFiles(lang: Lang): { params: { file: string }; props: ExportFileProps }[] {
  return exportables(lang).flatMap((item) => formatsOf(item).map((format) => ({ params: { file: `${item.id}.${format}` }, props: { item, format } })));
}

const formatsOf = (item: Exportable): readonly Format[] => (item.png === 'build' ? ['svg', 'png', 'csv', 'xlsx'] : ['svg', 'csv', 'xlsx']);

export async function exportFile(lang: Lang, { item: e, format }: ExportFileProps, site: URL | undefined): Promise<Response> {
  const base = site ?? new URL('https://example.org');
  if (format === 'xlsx') return new Response(new Uint8Array(renderXlsx(e, base)), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  if (format === 'csv') return new Response(`\uFEFF${renderCsv(e)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  const svg = renderSvg(e, lang, base);
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
  const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 768);
  return new Response(new Uint8Array(await renderPng(svg, width * 2)), { headers: { 'Content-Type': 'image/png' } });
}
