// Pact coverage before voting day in a city: the share of all its ASN who had signed, one line per election.
import { formatDate, formatNumber, formatPercent } from '../../../i18n/index.ts';
import { siteLookup } from '../../site-lookup.ts';
import { plain } from '../chart.ts';
import { casesOrSigningsDemo, dataSource, defineChart, demoStamp, type ChartContext } from '../chart-spec.ts';
import { coverageSeries, drawCoverage } from '../coverage-over-time.ts';

function coverageRows({ site, place }: ChartContext<'city'>) {
  const lookup = siteLookup(site);
  const cityCode = place.city.code;
  const signings = lookup.signingsOfCity.get(cityCode) ?? [];
  const series = site.elections.map((election) => ({ election, points: coverageSeries(signings, election, site.totals[election.id]?.[cityCode]?.headcount ?? null) }));
  const cityEvents = lookup.eventsOfCity(cityCode).filter((e) => e.type === 'signing' && e.election !== '');
  const marks = cityEvents.flatMap((event, i) => {
    const election = lookup.election.get(event.election);
    return election ? [{ n: i + 1, event, election }] : [];
  });
  return { series, marks };
}

export const coverageCity = defineChart({
  id: 'coverage',
  scope: 'city',
  rows: coverageRows,
  draw: ({ series, marks }, ctx, width) => {
    const c = ctx.dict.charts.coverage;
    return drawCoverage(series, marks, ctx.lang, width, { demo: demoStamp(ctx, casesOrSigningsDemo(ctx.site)), electionName: ctx.electionName, axis: c.axis, voting: c.voting, tip: c.tip });
  },
  texts: ({ series }, ctx) => {
    const { lang, site, place, electionName: name } = ctx;
    const c = ctx.dict.charts.coverage;
    const cityCode = place.city.code;
    return {
      title: c.title(place.city.name),
      subtitle: c.subtitle,
      source: dataSource(ctx, casesOrSigningsDemo(site)),
      summary: c.summary(place.city.name, series.map((s) => `${name(s.election)} ${s.points.length ? formatPercent(lang, s.points.at(-1)!.coverage) : (site.totals[s.election.id]?.[cityCode]?.signatories ?? 0) > 0 ? ctx.dict.verdict.coverageNoHeadcount : c.none}`).join(', ')),
      table: {
        caption: c.title(place.city.name),
        head: c.head,
        numeric: [false, false, true, true],
        rows: series.flatMap((s) => s.points.map((p) => [name(s.election), formatDate(lang, p.date), formatNumber(lang, p.day), formatPercent(lang, p.coverage)])),
        data: {
          head: ['city_code', 'election_id', 'date', 'days_to_voting', 'pact_coverage_share', 'headcount_asn'],
          rows: series.flatMap((s) => s.points.map((p) => [cityCode, s.election.id, p.date, p.day, plain(p.coverage), site.totals[s.election.id]?.[cityCode]?.headcount ?? null])),
        },
      },
      demo: casesOrSigningsDemo(site),
    };
  },
});
