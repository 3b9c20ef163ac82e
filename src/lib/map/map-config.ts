// Everything a city map needs, computed once at build: names, figures already formatted in the page's
// language, the threshold scales and where the boundaries are. The browser only looks things up.
import { localized, pathOf, t, type Lang } from '../../i18n/index.ts';
import { formatMetric } from '../format-metric.ts';
import { metrics, restsOnFewCases } from '../metrics/definitions.ts';
import { ALL, type GeoIndex, type SiteData } from '../model.ts';
import { siteLookup } from '../site-lookup.ts';
import { buildScales, classLabels, mapMetrics, NO_DATA, type MapMetric } from './scales.ts';

export interface MapConfig {
  readonly lang: Lang;
  readonly city: { readonly code: string; readonly name: string };
  readonly defaultMetric: MapMetric;
  readonly defaultElection: string;
  readonly elections: readonly { readonly id: string; readonly label: string }[];
  readonly metrics: readonly { readonly id: MapMetric; readonly label: string; readonly unit: string }[];
  readonly scales: Readonly<Record<string, { readonly breaks: readonly number[]; readonly colors: readonly string[]; readonly labels: readonly string[] }>>;
  readonly noData: { readonly color: string; readonly label: string };
  /** values[election][kecamatan][metric] = [value or null, formatted text, 1 when it rests on few cases]. */
  readonly values: Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, readonly [number | null, string, 1?]>>>>>>;
  readonly names: Readonly<Record<string, string>>;
  readonly urls: Readonly<Record<string, string>>;
  readonly labels: Readonly<Record<string, readonly [number, number]>>;
  readonly bbox: readonly [number, number, number, number] | null;
  readonly geoUrl: string | null;
  readonly kelurahanUrl: string | null;
  readonly attribution: string;
  readonly tile: { readonly url: string; readonly attribution: string } | null;
  readonly openPage: string;
}

/** The first metric of the map's switch (registry rank 1). */
export const DEFAULT_METRIC: MapMetric = mapMetrics[0]!;

const configs = new WeakMap<SiteData, Map<string, MapConfig>>();

/** A city's map configuration, built once per dataset, city and language (map, table and exports share it). */
export function mapConfig(site: SiteData, geo: GeoIndex, cityCode: string, lang: Lang, tile: MapConfig['tile']): MapConfig {
  const perSite = configs.get(site) ?? new Map<string, MapConfig>();
  configs.set(site, perSite);
  const key = `${cityCode}|${lang}|${geo.source}|${tile?.url ?? ''}`;
  const hit = perSite.get(key);
  if (hit) return hit;
  const config = buildMapConfig(site, geo, cityCode, lang, tile);
  perSite.set(key, config);
  return config;
}

function buildMapConfig(site: SiteData, geo: GeoIndex, cityCode: string, lang: Lang, tile: MapConfig['tile']): MapConfig {
  const dict = t(lang);
  const city = siteLookup(site).city.get(cityCode);
  if (city === undefined) throw new Error(`unknown city ${cityCode}`);
  const scales = buildScales(site);
  const elections = [{ id: ALL, label: dict.table.allElections }, ...[...site.elections].reverse().map((e) => ({ id: e.id, label: localized(lang, e, 'name') }))];
  const values: Record<string, Record<string, Record<string, [number | null, string, 1?]>>> = {};
  for (const e of elections) {
    values[e.id] = {};
    for (const code of city.kecamatan) {
      const totals = site.totals[e.id]?.[code];
      const row: Record<string, [number | null, string, 1?]> = {};
      for (const m of mapMetrics) row[m] = totals && restsOnFewCases(m, totals) ? [metrics[m].value(totals), formatMetric(lang, m, totals), 1] : [totals ? metrics[m].value(totals) : null, formatMetric(lang, m, totals)];
      values[e.id]![code] = row;
    }
  }
  const kecamatan = siteLookup(site).kecamatanOfCity.get(cityCode) ?? [];
  const cityGeo = geo.cities[cityCode];
  return {
    lang,
    city: { code: city.code, name: city.name },
    defaultMetric: DEFAULT_METRIC,
    defaultElection: site.elections.at(-1)?.id ?? ALL,
    elections,
    metrics: mapMetrics.map((m) => ({ id: m, label: dict.map.metrics[m], unit: dict.map.units[m] })),
    scales: Object.fromEntries(mapMetrics.map((m) => [m, { breaks: scales[m].breaks, colors: scales[m].colors, labels: classLabels(scales[m], lang) }])),
    noData: { color: NO_DATA, label: dict.map.noData },
    values,
    names: Object.fromEntries(kecamatan.map((k) => [k.code, k.name])),
    urls: Object.fromEntries(kecamatan.map((k) => [k.code, pathOf({ page: 'kecamatan', code: k.code }, lang)])),
    labels: cityGeo?.labels ?? {},
    bbox: cityGeo?.bbox ?? null,
    geoUrl: cityGeo ? `/geo/${cityGeo.kecamatan}` : null,
    kelurahanUrl: cityGeo?.kelurahan ? `/geo/${cityGeo.kelurahan}` : null,
    attribution: geo.attribution,
    tile,
    openPage: dict.map.openPage('{name}'),
  };
}
