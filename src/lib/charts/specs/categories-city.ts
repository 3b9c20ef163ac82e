// A city's reported ASN by violation category (the 2022 joint decree's), one bar per election, largest first.
import { formatNumber, formatPercent } from '../../../i18n/index.ts';
import { categories as categoryVocab } from '../../vocab/terms.ts';
import { termLabel } from '../../vocab/vocabulary.ts';
import { drawCategories } from '../categories.ts';
import { casesOrSigningsDemo, dataSource, defineChart, demoStamp } from '../chart-spec.ts';

export const categoriesCity = defineChart({
  id: 'categories',
  scope: 'city',
  rows: ({ site, lang, place }) => categoryVocab.terms
    .map((term) => ({ key: term.key, label: termLabel(categoryVocab, term.key, lang), counts: site.elections.map((e) => site.totals[e.id]?.[place.city.code]?.byCategory[term.key] ?? 0) }))
    .filter((row) => row.counts.some((n) => n > 0))
    .sort((a, b) => b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0)),
  draw: (rows, ctx, width) => drawCategories(rows, ctx.site.elections.map(ctx.electionName), ctx.lang, width, demoStamp(ctx, casesOrSigningsDemo(ctx.site)), ctx.dict.charts.categories.tip),
  texts: (rows, ctx) => {
    const { site, lang, place, electionName: name } = ctx;
    const c = ctx.dict.charts.categories;
    const cityCode = place.city.code;
    const reported = (site.monthly[cityCode] ?? []).reduce((a, m) => a + m.reported, 0);
    const top = rows[0];
    const topTotal = top ? top.counts.reduce((x, y) => x + y, 0) : 0;
    return {
      title: c.title(place.city.name),
      subtitle: c.subtitle,
      source: dataSource(ctx, casesOrSigningsDemo(site)),
      summary: c.summary(place.city.name, top?.label ?? '–', formatPercent(lang, reported > 0 ? topTotal / reported : 0, 0)),
      table: {
        caption: c.title(place.city.name),
        head: [c.column, ...site.elections.map(name)],
        numeric: [false, ...site.elections.map(() => true)],
        rows: rows.map((row) => [row.label, ...row.counts.map((n) => formatNumber(lang, n))]),
        data: { head: ['city_code', 'category', 'category_label', ...site.elections.map((e) => `${e.id}_reported_asn`)], rows: rows.map((row) => [cityCode, row.key, row.label, ...row.counts]) },
      },
      demo: casesOrSigningsDemo(site),
    };
  },
});
