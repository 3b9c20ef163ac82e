// How each metric is written in a table cell, per language; null becomes an explicit "no data", and a
// ratio resting on few cases carries the few-cases mark (explained on the methodology page).
import { formatNumber, formatPercent, t, type Lang } from '../i18n/index.ts';
import { metrics, restsOnFewCases, type MetricId } from './metrics/definitions.ts';
import type { Totals } from './model.ts';

/** The mark after a figure that rests on few cases: in tables, tooltips, CSVs and exports alike. */
export const FEW_MARK = '†';

export function formatMetric(lang: Lang, id: MetricId, totals: Totals | undefined): string {
  const dict = t(lang);
  const value = totals === undefined ? null : metrics[id].value(totals);
  if (value === null || totals === undefined) return dict.table.noData;
  const text = formatValue(lang, id, value);
  return restsOnFewCases(id, totals) ? `${text} ${FEW_MARK}` : text;
}

/** A metric's value alone, without the few-cases mark. */
export function formatValue(lang: Lang, id: MetricId, value: number): string {
  switch (metrics[id].unit) {
    case 'share':
      return formatPercent(lang, value);
    case 'rate':
      return formatNumber(lang, value, 2);
    case 'days':
      return t(lang).table.days(formatNumber(lang, value, Number.isInteger(value) ? 0 : 1));
    case 'count':
      return formatNumber(lang, value);
  }
}

/** A metric's column heading: the dictionary's `table` group is keyed by metric id. */
export function metricLabel(lang: Lang, id: MetricId): string {
  return t(lang).table[id];
}

/** Columns of the headline and city tables, from the registry. */
export { tableMetrics } from './metrics/definitions.ts';
