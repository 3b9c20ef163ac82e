// A kecamatan's trend: its cases per month, drawn as the city's; only case rows feed it, so only demo cases mark it.
import { formatNumber } from '../../../i18n/index.ts';
import type { SiteData } from '../../model.ts';
import { dataSource, defineChart, demoStamp } from '../chart-spec.ts';
import { drawMonthlyCases } from '../monthly-cases.ts';
import { monthlyTable, monthlyTexts } from './monthly-table.ts';

const casesDemo = (site: SiteData): boolean => (site.demoRowCounts['cases.csv'] ?? 0) > 0;

export const casesMonthlyKecamatan = defineChart({
  id: 'cases-monthly',
  scope: 'kecamatan',
  rows: ({ site, place }) => site.monthly[place.kecamatan.code] ?? [],
  draw: (months, ctx, width) => drawMonthlyCases(months, ctx.site.elections, ctx.lang, width, monthlyTexts(ctx, demoStamp(ctx, casesDemo(ctx.site)))),
  texts: (months, ctx) => {
    const { lang, place } = ctx;
    const c = ctx.dict.charts.monthly;
    const demo = casesDemo(ctx.site);
    const title = c.title(`Kecamatan ${place.kecamatan.name}`);
    const reported = months.reduce((a, m) => a + m.reported, 0);
    const proven = months.reduce((a, m) => a + m.proven, 0);
    return {
      title,
      subtitle: c.subtitle,
      source: dataSource(ctx, demo),
      summary: ctx.dict.kecamatan.trendSummary(place.kecamatan.name, formatNumber(lang, reported), formatNumber(lang, proven)),
      table: monthlyTable(months, ctx, title, 'kecamatan_code', place.kecamatan.code),
      demo,
    };
  },
});
