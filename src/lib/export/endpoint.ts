// The routes of the downloads: one path per exportable and format, rendered on request at build time. There is
// no PNG file: the reader's browser draws a chart's or map's PNG from its SVG (src/scripts/png-maker.ts).
import type { Lang } from '../../i18n/index.ts';
import { exportables, type ExportableEntry } from './exportables.ts';
import { renderCsv, renderSvg, renderXlsx } from './render.ts';

const FORMATS = ['svg', 'csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];
// A type, not an interface: Astro's route props need its implicit index signature.
export type ExportFileProps = {
  readonly item: ExportableEntry;
  readonly format: Format;
};

/** Every download path, each carrying its exportable, so a file never looks its chart up by scanning. */
export function exportFiles(lang: Lang): { params: { file: string }; props: ExportFileProps }[] {
  return exportables(lang).flatMap((item) => FORMATS.map((format) => ({ params: { file: `${item.id}.${format}` }, props: { item, format } })));
}

export async function exportFile(lang: Lang, { item, format }: ExportFileProps, site: URL | undefined): Promise<Response> {
  const e = item.draw();
  const base = site ?? new URL('https://example.org');
  if (format === 'xlsx') return new Response(new Uint8Array(await renderXlsx(e, base)), { headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  if (format === 'csv') return new Response(`\uFEFF${renderCsv(e)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(renderSvg(e, lang, base), { headers: { 'Content-Type': 'image/svg+xml' } });
}
