// A city's kecamatan by election: violations per 1,000 ASN on the map's own scale, highest first.
import { formatNumber } from '../../../i18n/index.ts';
import { FEW_MARK, formatMetric } from '../../format-metric.ts';
import { buildScales } from '../../map/scales.ts';
import { FEW_CASES } from '../../metrics/definitions.ts';
import { ALL } from '../../model.ts';
import { siteLookup } from '../../site-lookup.ts';
import { plain } from '../chart.ts';
import { casesOrSigningsDemo, dataSource, defineChart, demoStamp, type ChartContext } from '../chart-spec.ts';
import { drawKecamatanGrid, type GridRow } from '../kecamatan-grid.ts';

interface GridRows {
  readonly columns: readonly { readonly id: string; readonly label: string }[];
  readonly rows: readonly (GridRow & { readonly all: number | null })[];
}

function gridRows({ site, lang, dict, place, electionName }: ChartContext<'city'>): GridRows {
  const columns = [...site.elections.map((e) => ({ id: e.id, label: electionName(e) })), { id: ALL, label: dict.table.allElections }];
  const rows = (siteLookup(site).kecamatanOfCity.get(place.city.code) ?? [])
    .map((k) => ({ name: k.name, all: site.totals[ALL]?.[k.code]?.violationsPer1000 ?? null, cells: columns.map((col) => [site.totals[col.id]?.[k.code]?.violationsPer1000 ?? null, formatMetric(lang, 'violationsPer1000', site.totals[col.id]?.[k.code])] as const) }))
    .sort((a, b) => (b.all ?? -1) - (a.all ?? -1) || a.name.localeCompare(b.name));
  return { columns, rows };
}

function gridSummary({ rows }: GridRows, { lang, dict, place }: ChartContext<'city'>): string {
  const c = dict.charts.grid;
  const withData = rows.filter((row) => row.all !== null);
  if (withData.length === 0) return c.summaryNone(place.city.name);
  const few = rows.some((row) => row.cells.some(([, text]) => text.endsWith(FEW_MARK))) ? ` ${dict.verdict.fewNote(formatNumber(lang, FEW_CASES))}` : '';
  if (withData.length === 1) return c.summaryOne(place.city.name, withData[0]!.name) + few;
  return c.summary(place.city.name, withData[0]!.name, withData.at(-1)!.name) + few;
}

export const kecamatanRatesCity = defineChart({
  id: 'kecamatan-rates',
  scope: 'city',
  rows: gridRows,
  draw: ({ rows, columns }, ctx, width) => drawKecamatanGrid(rows, columns.map((col) => col.label), buildScales(ctx.site).violationsPer1000, width, demoStamp(ctx, casesOrSigningsDemo(ctx.site)), ctx.dict.charts.grid.tip),
  texts: (grid, ctx) => {
    const { site, dict, place } = ctx;
    const { rows, columns } = grid;
    const c = dict.charts.grid;
    return {
      title: c.title(place.city.name),
      subtitle: c.subtitle,
      source: dataSource(ctx, casesOrSigningsDemo(site)),
      summary: gridSummary(grid, ctx),
      table: {
        caption: c.title(place.city.name),
        head: [dict.table.kecamatan, ...columns.map((col) => col.label)],
        numeric: [false, ...columns.map(() => true)],
        rows: rows.map((row) => [row.name, ...row.cells.map(([, text]) => text)]),
        data: {
          head: ['kecamatan_code', 'kecamatan', 'election_id', 'violations_per_1000_asn', 'proven_asn', 'headcount_asn', 'few_cases'],
          rows: site.kecamatan.filter((k) => k.cityCode === place.city.code).flatMap((k) => columns.map((col) => {
            const t = site.totals[col.id]?.[k.code];
            return [k.code, k.name, col.id, plain(t?.violationsPer1000), t?.proven ?? null, t?.headcount ?? null, t && t.violationsPer1000 !== null && t.proven < FEW_CASES ? 'yes' : 'no'];
          })),
        },
      },
      demo: casesOrSigningsDemo(site),
    };
  },
});
