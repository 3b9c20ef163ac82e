// The record chart as an exportable (embed page, PNG, SVG, CSV), when the data folder has a record.
import { pathOf, type Lang } from '../../i18n/index.ts';
import type { Exportable } from '../export/exportable.ts';
import { recordChart } from './record-chart.ts';
import { recordData } from './record-data.ts';

export function recordExportable(lang: Lang): Exportable[] {
  const record = recordData();
  if (record.figures.length === 0) return [];
  const c = recordChart(record, lang);
  return [{ id: c.id, kind: 'chart', title: c.title, subtitle: c.subtitle, source: c.source, summary: c.summary, scene: c.wide, narrow: c.narrow, table: c.table, page: `${pathOf({ page: 'home' }, lang)}#${c.id}`, demo: false }];
}
