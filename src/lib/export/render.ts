// The three download formats of an exportable: standalone SVG, PNG at twice its width, CSV of its table.
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import type { Lang } from '../../i18n/index.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { csvText } from '../pipeline/csv-write.ts';
import { siteData } from '../site-data.ts';
import type { Exportable } from './exportables.ts';
import { exportSvg } from './svg-document.ts';

const require = createRequire(import.meta.url);
/** The bundled font files: the same glyphs on every machine that builds the site. */
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

export function renderSvg(e: Exportable, lang: Lang, site: URL): string {
  const dict = t(lang);
  const data = siteData();
  const date = data.dataUpTo ? formatDate(lang, data.dataUpTo) : '–';
  const address = new URL(e.page, site).href.replace(/^https?:\/\//, '');
  return exportSvg(e.scene, { title: e.title, subtitle: e.subtitle, source: e.source, footer: `${dict.footer.dataUpTo} ${date} · ${address}`, demo: e.demo ? dict.demo.badge : null });
}

export function renderPng(svg: string, width: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans' } }).render().asPng();
}

/** Exactly the numbers of the chart's table, with its headings. */
export function renderCsv(e: Exportable): string {
  return csvText(e.table.head, e.table.rows);
}
