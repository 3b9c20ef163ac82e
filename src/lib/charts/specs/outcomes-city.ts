// What became of a city's reported ASN, per election: sanctioned, not followed up, pending, not proven, open.
import { formatNumber } from '../../../i18n/index.ts';
import { ALL } from '../../model.ts';
import { casesOrSigningsDemo, dataSource, defineChart, demoStamp } from '../chart-spec.ts';
import { drawOutcomes, outcomeCounts, OUTCOMES } from '../outcomes.ts';

export const outcomesCity = defineChart({
  id: 'outcomes',
  scope: 'city',
  rows: ({ site, place, electionName }) => site.elections.map((e) => ({ label: electionName(e), counts: outcomeCounts(site.totals[e.id]?.[place.city.code]?.byStatus ?? {}) })),
  draw: (bars, ctx, width) => drawOutcomes(bars, ctx.dict.charts.outcomes.labels, ctx.lang, width, demoStamp(ctx, casesOrSigningsDemo(ctx.site)), ctx.dict.charts.outcomes.tip),
  texts: (bars, ctx) => {
    const { site, lang, dict, place } = ctx;
    const c = dict.charts.outcomes;
    const cityCode = place.city.code;
    const allTotals = site.totals[ALL]?.[cityCode];
    return {
      title: c.title(place.city.name),
      subtitle: c.subtitle,
      source: dataSource(ctx, casesOrSigningsDemo(site)),
      summary: c.summary(place.city.name, formatNumber(lang, allTotals?.sanctioned ?? 0), formatNumber(lang, allTotals?.reported ?? 0)),
      table: {
        caption: c.title(place.city.name),
        head: [dict.table.election, ...OUTCOMES.map((o) => c.labels[o])],
        numeric: [false, ...OUTCOMES.map(() => true)],
        rows: bars.map((b) => [b.label, ...OUTCOMES.map((o) => formatNumber(lang, b.counts[o]))]),
        data: { head: ['city_code', 'election_id', ...OUTCOMES.map((o) => `${o}_asn`)], rows: site.elections.map((e, i) => [cityCode, e.id, ...OUTCOMES.map((o) => bars[i]?.counts[o] ?? 0)]) },
      },
      demo: casesOrSigningsDemo(site),
    };
  },
});
