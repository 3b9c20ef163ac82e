// What the city and the kecamatan monthly charts share: their drawing texts and the table of their months.
import { formatMonth, formatNumber } from '../../../i18n/index.ts';
import type { MonthCount } from '../../model.ts';
import { siteLookup } from '../../site-lookup.ts';
import type { ChartTable } from '../chart.ts';
import type { ChartContext, Scope } from '../chart-spec.ts';
import type { MonthlyTexts } from '../monthly-cases.ts';

export function monthlyTexts(ctx: ChartContext<Scope>, stamp: string | null): MonthlyTexts {
  const c = ctx.dict.charts.monthly;
  return { reported: c.reported, proven: c.proven, campaign: c.campaign, voting: c.voting, demo: stamp, electionName: ctx.electionName, tip: c.tip };
}

/** The months as the page shows them and, for the downloads, keyed by the place's code (`city_code` or `kecamatan_code`). */
export function monthlyTable(months: readonly MonthCount[], ctx: ChartContext<Scope>, caption: string, codeColumn: string, code: string): ChartTable {
  const lookup = siteLookup(ctx.site);
  const { lang } = ctx;
  return {
    caption,
    head: ctx.dict.charts.monthly.head,
    numeric: [false, false, true, true],
    rows: months.map((m) => [ctx.electionName(lookup.election.get(m.election)!), formatMonth(lang, m.month), formatNumber(lang, m.reported), formatNumber(lang, m.proven)]),
    data: { head: [codeColumn, 'election_id', 'month', 'reported_asn', 'proven_asn'], rows: months.map((m) => [code, m.election, m.month, m.reported, m.proven]) },
  };
}
