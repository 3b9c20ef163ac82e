// The three download formats of an exportable: standalone SVG, PNG at twice its width, CSV of its table.
import type { Lang } from '../../i18n/index.ts';
import { formatDate, t } from '../../i18n/index.ts';
import { csvText } from '../pipeline/csv-write.ts';
import { siteData } from '../site-data.ts';
import type { Exportable } from './exportables.ts';
import { exportSvg } from './svg-document.ts';
import { writeXlsx } from '../xlsx/write-xlsx.ts';

export function renderSvg(e: Exportable, lang: Lang, site: URL): string {
  const dict = t(lang);
  const data = siteData();
  const date = data.dataUpTo ? formatDate(lang, data.dataUpTo) : '–';
  const address = new URL(e.page, site).href.replace(/^https?:\/\//, '');
  return exportSvg(e.scene, { title: e.title, subtitle: e.subtitle, source: e.source, footer: `${dict.footer.dataUpTo} ${date} · ${address}`, demo: e.demo ? dict.demo.badge : null });
}

/** The chart's numbers for machines (codes, ISO dates, plain numbers, units in the header) with source and data date on every row; the page's table where no machine table exists. */
export function renderCsv(e: Exportable): string {
  const { head, rows } = machineRows(e);
  return csvText(head, rows);
}

/** The same numbers as the CSV in an .xlsx workbook (number cells, so any Excel locale reads them), with a sheet saying what they are. */
export function renderXlsx(e: Exportable, site: URL): Promise<Uint8Array> {
  const { head, rows } = machineRows(e);
  const data = siteData();
  const about = [['title', e.title], ['subtitle', e.subtitle], ['source', e.source], ['data_up_to', data.dataUpTo ?? ''], ['page', new URL(e.page, site).href], ['demo', e.demo ? 'yes' : 'no']];
  return writeXlsx([{ name: e.id, head, rows }, { name: 'about', head: ['field', 'value'], rows: about }]);
}

function machineRows(e: Exportable): { head: readonly string[]; rows: readonly (readonly (string | number | null)[])[] } {
  if (e.table.data === undefined) return { head: e.table.head, rows: e.table.rows };
  const dataUpTo = siteData().dataUpTo ?? '';
  return { head: [...e.table.data.head, 'source', 'data_up_to'], rows: e.table.data.rows.map((r) => [...r, e.source, dataUpTo]) };
}
