// Everything that can be embedded or downloaded: each exported chart of the registry at each of its places,
// and each city map for every metric and election. Listed once per language and build; each is drawn when its
// page or file is generated (a map once, a kecamatan chart while its place's pages are generated: chart-of.ts).
import { formatDate, formatNumber, pathOf, t, type Lang } from '../../i18n/index.ts';
import { FEW_CASES, mapEntry, mapMetrics } from '../metrics/definitions.ts';
import { plain, WIDE } from '../charts/chart.ts';
import type { MapMetric } from '../map/scales.ts';
import { geoIndex, kecamatanGeometry, tileConfig } from '../geo-data.ts';
import { drawChoropleth } from '../map/choropleth-svg.ts';
import { mapConfig, type MapConfig } from '../map/map-config.ts';
import { hasDemo, siteData } from '../site-data.ts';
import { mapScene } from './map-scene.ts';
import { chartExportables } from './chart-exportables.ts';
import type { Exportable, ExportableEntry } from './exportable.ts';
import { exportFolder } from '../../i18n/routes.ts';

export type { Exportable, ExportableEntry } from './exportable.ts';

const cache = new Map<Lang, { list: ExportableEntry[]; byId: Map<string, ExportableEntry> }>();

/** A map metric's machine column, named with its unit (the registry's): shares as 0-1, rates per 1,000 ASN, counts of ASN. */
const machineColumn = Object.fromEntries(mapMetrics.map((m) => [m, mapEntry(m).column])) as Record<MapMetric, string>;

export function exportables(lang: Lang): ExportableEntry[] {
  return listed(lang).list;
}

/** The exportable of that id, or undefined. */
export function exportableById(lang: Lang, id: string): ExportableEntry | undefined {
  return listed(lang).byId.get(id);
}

function listed(lang: Lang): { list: ExportableEntry[]; byId: Map<string, ExportableEntry> } {
  let hit = cache.get(lang);
  if (hit === undefined) {
    const list = [...chartExportables(siteData(), lang), ...mapExportables(lang)];
    hit = { list, byId: new Map(list.map((e) => [e.id, e])) };
    cache.set(lang, hit);
  }
  return hit;
}

/** Each city map for every metric and election, drawn once when first asked for. */
function mapExportables(lang: Lang): ExportableEntry[] {
  const site = siteData();
  const out: ExportableEntry[] = [];
  const geo = geoIndex();
  const demo = hasDemo(site);
  const dataUpTo = site.dataUpTo ? formatDate(lang, site.dataUpTo) : '–';
  for (const city of site.cities) {
    const geometry = kecamatanGeometry(city.code);
    if (geometry === null) continue;
    const config = mapConfig(site, geo, city.code, lang, tileConfig());
    for (const metric of config.metrics) {
      const scale = config.scales[metric.id]!;
      const legend = [...scale.colors.map((color, i) => ({ color, label: scale.labels[i] ?? '' })), { color: config.noData.color, label: config.noData.label }];
      for (const election of config.elections) {
        const id = `map-${city.slug}-${metric.id}-${election.id}`;
        const page = `${pathOf({ page: 'city', slug: city.slug }, lang)}?metrik=${metric.id}&pemilihan=${election.id}`;
        let drawn: Exportable | undefined;
        out.push({ id, kind: 'map', page, draw: () => (drawn ??= drawMap({ lang, cityName: city.name, geometry, config, metric, election, legend, demo, dataUpTo, id, page })) });
      }
    }
  }
  return out;
}

/** Where an exportable's files and embed page live. */
export function exportPaths(lang: Lang, id: string): { embed: string; svg: string; csv: string; xlsx: string } {
  const folder = `/${exportFolder(lang)}`;
  return { embed: pathOf({ page: 'embed', id }, lang), svg: `${folder}/${id}.svg`, csv: `${folder}/${id}.csv`, xlsx: `${folder}/${id}.xlsx` };
}

/** One state of a city map: which metric and election, with what the whole city's maps share. */
interface MapState {
  readonly lang: Lang;
  readonly cityName: string;
  readonly geometry: NonNullable<ReturnType<typeof kecamatanGeometry>>;
  readonly config: MapConfig;
  readonly metric: MapConfig['metrics'][number];
  readonly election: MapConfig['elections'][number];
  readonly legend: NonNullable<Exportable['legend']>;
  readonly demo: boolean;
  readonly dataUpTo: string;
  readonly id: string;
  readonly page: string;
}

function drawMap({ lang, cityName, geometry, config, metric, election, legend, demo, dataUpTo, id, page }: MapState): Exportable {
  const dict = t(lang);
  const scale = config.scales[metric.id]!;
  const values = config.values[election.id]!;
  const map = drawChoropleth({
    geometry, width: WIDE, breaks: scale.breaks, colors: scale.colors, noDataColor: config.noData.color,
    value: (code) => values[code]?.[metric.id]?.[0] ?? null,
    describe: (code) => `${config.names[code]}: ${values[code]?.[metric.id]?.[1] ?? ''}`,
    url: (code) => config.urls[code] ?? '#', labels: config.labels, names: config.names,
    few: (code) => values[code]?.[metric.id]?.[2] === 1,
  });
  const title = dict.map.svgTitle(metric.label, cityName, election.label);
  // The † beside a name in the image is explained in the image itself.
  const few = Object.values(values).some((v) => v[metric.id]?.[2] === 1) ? ` ${dict.verdict.fewNote(formatNumber(lang, FEW_CASES))}` : '';
  return {
    id,
    kind: 'map',
    title,
    subtitle: `${metric.label} (${metric.unit}), ${election.label}`,
    source: `${dict.charts.source(dataUpTo)}${demo ? `. ${dict.charts.demoNote}` : ''} ${dict.map.boundaries}: ${config.attribution}.${few}`,
    summary: title,
    scene: mapScene(map, legend, dict.map.legend(metric.label, election.label), demo ? dict.demo.badge : null),
    map,
    legend,
    table: {
      caption: title,
      head: [dict.table.kecamatan, metric.label],
      numeric: [false, true],
      rows: Object.keys(values).sort().map((code) => [config.names[code] ?? code, values[code]?.[metric.id]?.[1] ?? '']),
      data: {
        head: ['kecamatan_code', 'kecamatan', 'election_id', machineColumn[metric.id], 'few_cases'],
        rows: Object.keys(values).sort().map((code) => [code, config.names[code] ?? code, election.id, plain(values[code]?.[metric.id]?.[0]), values[code]?.[metric.id]?.[2] === 1 ? 'yes' : 'no']),
      },
    },
    page,
    demo,
  };
}
