// Cases per month in a city: reported and proven, one panel per election. The home page shows it as each city's trend.
import { formatMonth, formatNumber } from '../../../i18n/index.ts';
import { casesOrSigningsDemo, dataSource, defineChart, demoStamp } from '../chart-spec.ts';
import { drawMonthlyCases } from '../monthly-cases.ts';
import { monthlyTable, monthlyTexts } from './monthly-table.ts';

export const casesMonthlyCity = defineChart({
  id: 'cases-monthly',
  scope: 'city',
  rows: ({ site, place }) => site.monthly[place.city.code] ?? [],
  draw: (months, ctx, width) => drawMonthlyCases(months, ctx.site.elections, ctx.lang, width, monthlyTexts(ctx, demoStamp(ctx, casesOrSigningsDemo(ctx.site)))),
  texts: (months, ctx) => {
    const { lang, place } = ctx;
    const c = ctx.dict.charts.monthly;
    const demo = casesOrSigningsDemo(ctx.site);
    const reported = months.reduce((a, m) => a + m.reported, 0);
    const proven = months.reduce((a, m) => a + m.proven, 0);
    const peak = [...months].sort((a, b) => b.reported - a.reported || a.month.localeCompare(b.month))[0];
    return {
      title: c.title(place.city.name),
      subtitle: c.subtitle,
      source: dataSource(ctx, demo),
      summary: c.summary(place.city.name, formatNumber(lang, reported), formatNumber(lang, proven), peak ? formatMonth(lang, peak.month) : '–', formatNumber(lang, peak?.reported ?? 0)),
      table: monthlyTable(months, ctx, c.title(place.city.name), 'city_code', place.city.code),
      demo,
    };
  },
});
