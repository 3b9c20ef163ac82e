// One threshold scale per map metric, built once from all the data: it drives the map fill, the legend,
// the tooltip, the table swatches and the static export. Breaks never change with the chosen election.
import { formatNumber, formatPercent, type Lang } from '../../i18n/index.ts';
import { mapEntry, mapMetrics, metrics, type MapMetric } from '../metrics/definitions.ts';
import type { SiteData } from '../model.ts';

/** The map's metrics and their order come from the registry (a metric with a `map` entry). */
export { mapMetrics, type MapMetric };

/** Sequential blues (ColorBrewer "Blues", 5 classes): ordered, colour-blind safe, printable in grey. */
export const SEQUENTIAL = ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'] as const;
export const NO_DATA = '#d4d4d4';

export interface ThresholdScale {
  readonly metric: MapMetric;
  /** Lower bounds of classes 1..n: a value v is in class i when breaks[i-1] <= v < breaks[i]. */
  readonly breaks: readonly number[];
  readonly colors: readonly string[];
}

const built = new WeakMap<SiteData, Record<MapMetric, ThresholdScale>>();

/** The scales of a dataset, built once and shared by every page, chart and export of the build. */
export function buildScales(site: SiteData): Record<MapMetric, ThresholdScale> {
  const hit = built.get(site);
  if (hit) return hit;
  const kecamatan = site.kecamatan.map((k) => k.code);
  const out = {} as Record<MapMetric, ThresholdScale>;
  for (const metric of mapMetrics) {
    // Fixed breaks where the metric has natural thresholds (the registry's); quantiles of the data otherwise.
    const fixed = mapEntry(metric).breaks;
    // Breaks come from single elections: all elections together is a sum and would flatten every map to its top class.
    const values = site.elections.flatMap((e) => kecamatan.map((code) => {
      const totals = site.totals[e.id]?.[code];
      return totals ? metrics[metric].value(totals) : null;
    }));
    const breaks = fixed ?? quantileBreaks(values.filter((v): v is number => v !== null && v > 0), metrics[metric].unit === 'count' ? 0 : 1);
    out[metric] = { metric, breaks, colors: SEQUENTIAL.slice(0, breaks.length + 1) };
  }
  built.set(site, out);
  return out;
}

/** Four breaks at the 20/40/60/80th percentiles of the positive values, rounded, distinct and > 0. */
export function quantileBreaks(values: readonly number[], decimals: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return [1];
  const factor = 10 ** decimals;
  const breaks: number[] = [];
  for (const q of [0.2, 0.4, 0.6, 0.8]) {
    const v = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    const rounded = Math.max(1 / factor, Math.round(v * factor) / factor);
    if (breaks.length === 0 || rounded > (breaks.at(-1) ?? 0)) breaks.push(rounded);
  }
  return breaks;
}

/** Legend text of each class, in the page's language: "< 60%", "60–74.9%", ..., "95%+". A class [a, b)
 *  ends one display step below b (the precision tooltips and tables use), so no value is in two labels. */
export function classLabels(scale: ThresholdScale, lang: Lang): string[] {
  const unit = metrics[scale.metric].unit;
  const step = displayStep[unit];
  const digits = (v: number): number => (Number.isInteger(v) ? 0 : String(v).split('.')[1]?.length ?? 0);
  const f = (v: number, d = unit === 'share' ? Math.max(0, digits(v) - 2) : digits(v)): string => (unit === 'share' ? formatPercent(lang, v, d) : formatNumber(lang, v, d));
  const stepDigits = unit === 'share' ? Math.max(0, digits(step) - 2) : digits(step);
  const upTo = (b: number): string => f(Math.round((b - step) / step) * step, stepDigits);
  const range = (a: number, b: number): string => {
    const top = upTo(b);
    const bottom = f(a);
    return bottom === top ? bottom : `${bottom}–${top}`;
  };
  const b = scale.breaks;
  // "95%+" rather than "≥ 95%": the same in the page and in the export font.
  return scale.colors.map((_, i) => {
    if (i === b.length) return `${f(b[i - 1] ?? 0)}+`;
    if (i === 0) return unit === 'count' && (b[0] ?? 0) >= 1 ? range(0, b[0] ?? 1) : `< ${f(b[0] ?? 0)}`;
    return range(b[i - 1] ?? 0, b[i] ?? 0);
  });
}

/** The smallest difference a reader can see in each unit, as tables and tooltips print it. */
const displayStep: Record<'share' | 'count' | 'rate' | 'days', number> = { share: 0.001, rate: 0.01, count: 1, days: 0.1 };
