// The three download formats of an exportable: standalone SVG, PNG at twice its width, CSV of its table.
import type { Lang } from '../../i18n/index.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { csvText } from '../pipeline/csv-write.ts';
import { siteData } from '../site-data.ts';
import type { Exportable } from './exportables.ts';
import { exportSvg } from './svg-document.ts';

export function renderSvg(e: Exportable, lang: Lang, site: URL): string {
  const dict = t(lang);
  const data = siteData();
  const date = data.dataUpTo ? formatDate(lang, data.dataUpTo) : '–';
  const address = new URL(e.page, site).href.replace(/^https?:\/\//, '');
  return exportSvg(e.scene, { title: e.title, subtitle: e.subtitle, source: e.source, footer: `${dict.footer.dataUpTo} ${date} · ${address}`, demo: e.demo ? dict.demo.badge : null });
}

/** Exactly the numbers of the chart's table, with its headings. */
export function renderCsv(e: Exportable): string {
  return csvText(e.table.head, e.table.rows);
}
