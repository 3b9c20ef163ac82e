// Everything that can be embedded or downloaded: each exported chart of the registry at each of its places,
// and each city map for every metric and election. Built once per language and build.
import { formatDate, formatNumber, pathOf, t, type Lang } from '../../i18n/index.ts';
import { FEW_CASES, mapEntry, mapMetrics } from '../metrics/definitions.ts';
import { plain, WIDE } from '../charts/chart.ts';
import type { MapMetric } from '../map/scales.ts';
import { geoIndex, kecamatanGeometry, tileConfig } from '../geo-data.ts';
import { drawChoropleth } from '../map/choropleth-svg.ts';
import { mapConfig } from '../map/map-config.ts';
import { hasDemo, siteData } from '../site-data.ts';
import { mapScene } from './map-scene.ts';
import { chartExportables } from './chart-exportables.ts';
import type { Exportable } from './exportable.ts';
import { exportFolder } from '../../i18n/routes.ts';

export type { Exportable } from './exportable.ts';

const cache = new Map<Lang, Exportable[]>();

/** A map metric's machine column, named with its unit (the registry's): shares as 0-1, rates per 1,000 ASN, counts of ASN. */
const machineColumn = Object.fromEntries(mapMetrics.map((m) => [m, mapEntry(m).column])) as Record<MapMetric, string>;

export function exportables(lang: Lang): Exportable[] {
  const hit = cache.get(lang);
  if (hit) return hit;
  const site = siteData();
  const dict = t(lang);
  const out: Exportable[] = [];
  out.push(...chartExportables(site, lang));
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
        const values = config.values[election.id]!;
        const map = drawChoropleth({
          geometry, width: WIDE, breaks: scale.breaks, colors: scale.colors, noDataColor: config.noData.color,
          value: (code) => values[code]?.[metric.id]?.[0] ?? null,
          describe: (code) => `${config.names[code]}: ${values[code]?.[metric.id]?.[1] ?? ''}`,
          url: (code) => config.urls[code] ?? '#', labels: config.labels, names: config.names,
          few: (code) => values[code]?.[metric.id]?.[2] === 1,
        });
        const title = dict.map.svgTitle(metric.label, city.name, election.label);
        // The † beside a name in the image is explained in the image itself.
        const few = Object.values(values).some((v) => v[metric.id]?.[2] === 1) ? ` ${dict.verdict.fewNote(formatNumber(lang, FEW_CASES))}` : '';
        out.push({
          id: `map-${city.slug}-${metric.id}-${election.id}`,
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
          page: `${pathOf({ page: 'city', slug: city.slug }, lang)}?metrik=${metric.id}&pemilihan=${election.id}`,
          demo,
        });
      }
    }
  }
  cache.set(lang, out);
  return out;
}

/** Where an exportable's files and embed page live. */
export function exportPaths(lang: Lang, id: string): { embed: string; svg: string; csv: string; xlsx: string } {
  const folder = `/${exportFolder(lang)}`;
  return { embed: pathOf({ page: 'embed', id }, lang), svg: `${folder}/${id}.svg`, csv: `${folder}/${id}.csv`, xlsx: `${folder}/${id}.xlsx` };
}
