// Cross-field rules of each file: the checks that need more than one value of a row.
import { decidedStatuses } from '../vocab/terms.ts';
import type { casesSchema, citiesSchema, electionsSchema, eventsSchema, headcountSchema, signingsSchema } from '../schema/index.ts';
import type { CheckedRow } from '../schema/row-of.ts';
import type { IngestContext } from './context.ts';
import type { Report, RowCheck } from './ingest-file.ts';

/** Election dates must run window start <= campaign start <= campaign end <= voting <= window end. */
export const checkElection: RowCheck<typeof electionsSchema> = (record, _line, report, raw) => {
  const order = ['window_start', 'campaign_start', 'campaign_end', 'voting_date', 'window_end'] as const;
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1]!;
    const after = order[i]!;
    const a = record[before];
    const b = record[after];
    if (a !== undefined && b !== undefined && b < a) {
      report(after, raw(after), 'election-dates-order', { relation: 'pada atau sesudah', relationEn: 'on or after', other: before, otherValue: raw(before) });
    }
  }
};

/** A headcount is given once per kecamatan and year. */
export function headcountRule(): RowCheck<typeof headcountSchema> {
  const seen = new Map<string, number>();
  return (record, line, report, raw) => {
    const kec = record.kecamatan;
    const year = record.year;
    if (kec === undefined || year === undefined) return;
    const key = `${year}|${kec}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, line);
    else report('kecamatan', raw('kecamatan'), 'duplicate-headcount', { kecamatan: kec, year: String(year), first: String(first) });
  };
}

/** Each covered city has its own code and its own page slug (lower case, digits, hyphens), or two cities would share pages. */
export function cityRule(): RowCheck<typeof citiesSchema> {
  const seen = { code: new Map<string, number>(), slug: new Map<string, number>() };
  return (record, line, report, raw) => {
    const code = record.code;
    if (code !== undefined && code !== '' && !code.includes('.')) report('code', raw('code'), 'unknown-region');
    const slug = record.slug;
    if (slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) report('slug', raw('slug'), 'invalid-slug');
    for (const key of ['code', 'slug'] as const) {
      const value = key === 'code' ? code : slug;
      if (value === undefined || value === '') continue;
      const first = seen[key].get(value);
      if (first === undefined) seen[key].set(value, line);
      else report(key, raw(key), 'duplicate-city', { first: String(first) });
    }
  };
}

/** National events name no region; province and city events name one of the right level. */
export const checkEvent: RowCheck<typeof eventsSchema> = (record, _line, report, raw) => {
  checkScope(record, report);
  const start = record.start_date;
  const end = record.end_date;
  if (start !== undefined && end !== undefined && end < start) report('end_date', raw('end_date'), 'end-before-start', { start: raw('start_date') });
};

/** The scope rule alone: a figure of the public record names its region as an event does. */
export function checkScope(record: Pick<CheckedRow<typeof eventsSchema>, 'scope' | 'region'>, report: Report<'region'>): void {
  const { scope, region } = record;
  if (scope === 'national' && region !== undefined) report('region', region, 'region-scope', { scope, need: 'tidak boleh menyebut wilayah', needEn: 'must not name a region' });
  if (scope === 'province' && (region === undefined || region.includes('.'))) report('region', region ?? '', 'region-scope', { scope, need: 'memerlukan kode provinsi (mis. 32)', needEn: 'needs a province code (e.g. 32)' });
  if (scope === 'city' && (region === undefined || !region.includes('.'))) report('region', region ?? '', 'region-scope', { scope, need: 'memerlukan kode kota/kabupaten (mis. 32.71)', needEn: 'needs a regency code (e.g. 32.71)' });
}

function checkWindow<K extends string>(ctx: IngestContext, record: { readonly election: string | undefined } & { readonly [k in K]: string | undefined }, key: K, report: Report<K>, raw: (key: K) => string): void {
  const election = ctx.elections.get(record.election ?? '');
  const date = record[key];
  if (election === undefined || date === undefined) return;
  if (date < election.window_start || date > election.window_end) {
    report(key, raw(key), 'outside-window', { election: election.id, start: election.window_start, end: election.window_end });
  }
}

/** Signings: an area is named and consistent, the date fits the election, signatories fit the unit. */
export function signingRule(ctx: IngestContext): RowCheck<typeof signingsSchema> {
  return (record, _line, report, raw) => {
    const { kecamatan: kec, city } = record;
    if (kec === undefined && city === undefined) report('kecamatan', '', 'missing-area');
    if (kec !== undefined && city !== undefined && kec.slice(0, 5) !== city) {
      report('city', raw('city'), 'city-mismatch', { kecamatan: `${ctx.areas.districts.get(kec)?.name ?? kec} (${kec})`, actual: ctx.areas.regencies.get(kec.slice(0, 5))?.name ?? kec.slice(0, 5) });
    }
    checkWindow(ctx, record, 'date', report, raw);
    const { signatories, staff_total: staff } = record;
    if (signatories !== undefined && staff !== undefined && signatories > staff) report('signatories', raw('signatories'), 'signatories-above-staff', { staff: raw('staff_total') });
  };
}

/** Cases: report date in the election's window, decision after report, status and sanction agree. */
export function caseRule(ctx: IngestContext): RowCheck<typeof casesSchema> {
  return (record, _line, report, raw) => {
    checkWindow(ctx, record, 'reported_date', report, raw);
    const { reported_date: reported, decision_date: decided } = record;
    if (reported !== undefined && decided !== undefined && decided < reported) report('decision_date', raw('decision_date'), 'decision-before-report', { reported: raw('reported_date') });
    const election = ctx.elections.get(record.election ?? '');
    if (election !== undefined && decided !== undefined && (decided < election.window_start || decided > election.window_end)) {
      report('decision_date', raw('decision_date'), 'decision-outside-window', { election: election.id, start: election.window_start, end: election.window_end });
    }
    const { status, sanction } = record;
    if (status !== undefined && decided === undefined && decidedStatuses.has(status)) report('decision_date', '', 'missing-decision-date', { status: raw('status') });
    if (status === 'sanctioned' && (sanction === undefined || sanction === 'none')) report('sanction', raw('sanction'), 'status-without-sanction');
    if (status !== undefined && status !== 'sanctioned' && sanction !== undefined && sanction !== 'none') report('sanction', raw('sanction'), 'sanction-without-status', { status: raw('status') });
  };
}
