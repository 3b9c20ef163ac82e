// The whole ingest: reads every input file, validates, normalises, tallies, and stages the outputs.
import type { AreaIndex } from '../geo/area-index.ts';
import { ALL, type CityInfo, type ElectionInfo, type EventInfo, type KecamatanInfo, type SigningInfo, type SiteData } from '../model.ts';
import { Tally } from '../metrics/tally.ts';
import { FEW_CASES } from '../metrics/definitions.ts';
import { areaTotalsCsv } from './area-totals-csv.ts';
import type { FileSchema } from '../schema/column.ts';
import { casesSchema, citiesSchema, electionsSchema, eventsSchema, headcountSchema, reportedFiguresSchema, signingsSchema } from '../schema/index.ts';
import { provinceNames } from '../record/province-names.ts';
import { publishedFigureColumns, publishedFigureRow, type RecordFigure } from '../record/record-figure.ts';
import { checkFigure, contradictionIssues, figureOf } from './record-ingest.ts';
import type { Election, IngestContext } from './context.ts';
import { ingestCases } from './cases-ingest.ts';
import { csvText } from './csv-write.ts';
import { checkElection, checkEvent, cityRule, headcountRule, signingRule } from './file-rules.ts';
import { ingestFile, type FileHandlers } from './ingest-file.ts';
import { openInput, type InputIO } from './input-source.ts';
import { compareIssues, type Issue } from './issues.ts';
import type { Rule } from './messages.ts';

/** The one place the pipeline touches the world: reading inputs and staging outputs. */
export interface PipelineIO extends InputIO {
  writeFile(path: string, text: string): Promise<void>;
  createWriter(path: string): OutputWriter;
}

export interface OutputWriter {
  /** false when the caller should wait for `drained()`. */
  write(text: string): boolean;
  drained(): Promise<void>;
  close(): Promise<void>;
}

export interface PipelineResult {
  readonly issues: readonly Issue[];
  /** Problems that do not stop the release but that the steward must see (each names its file). */
  readonly warnings: readonly Issue[];
  /** Issues counted but not listed, per file and rule. */
  readonly dropped: readonly { readonly file: string; readonly rule: Rule; readonly count: number }[];
  readonly rowCounts: Readonly<Record<string, number>>;
  readonly site: SiteData | undefined;
}

const s = (v: unknown): string => (typeof v === 'string' ? v : '');
const n = (v: unknown): number => (typeof v === 'number' ? v : 0);

export async function runPipeline(io: PipelineIO, areas: AreaIndex, today: string): Promise<PipelineResult> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const dropped: { file: string; rule: Rule; count: number }[] = [];
  const rowCounts: Record<string, number> = {};
  const demoCounts: Record<string, number> = {};
  const ctx: IngestContext = { areas, cities: new Map(), elections: new Map(), today };
  let newest = '';
  const seeDate = (d: string): void => {
    if (d > newest) newest = d;
  };

  const ingest = async (schema: FileSchema, handlers: FileHandlers): Promise<void> => {
    const input = await openInput(io, schema.file);
    if (!input.ok) {
      issues.push(...input.issues);
      return;
    }
    warnings.push(...input.warnings);
    const result = await ingestFile(schema, input.name, input.rows, ctx, handlers);
    issues.push(...input.late, ...(unreadable(input.late) ? [] : result.issues));
    warnings.push(...result.warnings);
    for (const [rule, count] of result.dropped) dropped.push({ file: input.name, rule, count });
    rowCounts[schema.file] = result.rows;
    demoCounts[schema.file] = result.demo;
  };

  // 1. Coverage and elections: everything else refers to them.
  await ingest(citiesSchema, {
    accept(r) {
      ctx.cities.set(s(r['code']), s(r['slug']));
    },
    check: cityRule(),
  });
  // Without a covered city every kecamatan would be "not covered": report the cause alone (a header-only
  // file has no other issue to show, and a run must never end with neither output nor a reason).
  if (ctx.cities.size === 0) {
    if (issues.length === 0) issues.push({ file: citiesSchema.file, line: 1, column: '*', value: '', rule: 'no-covered-city' });
    return { issues: issues.sort(compareIssues), warnings, dropped, rowCounts, site: undefined };
  }
  await ingest(electionsSchema, {
    check: checkElection,
    accept(r) {
      const e: Election = {
        id: s(r['id']), name_id: s(r['name_id']), name_en: s(r['name_en']), kind: s(r['kind']),
        campaign_start: s(r['campaign_start']), campaign_end: s(r['campaign_end']), voting_date: s(r['voting_date']),
        window_start: s(r['window_start']), window_end: s(r['window_end']), source: s(r['source']), source_url: s(r['source_url']),
      };
      ctx.elections.set(e.id, e);
    },
  });

  // 2. Denominators and the timeline.
  const headcount = new Map<string, Map<number, number>>();
  await ingest(headcountSchema, {
    check: headcountRule(),
    accept(r) {
      const kec = s(r['kecamatan']);
      const perYear = headcount.get(kec) ?? new Map<number, number>();
      perYear.set(n(r['year']), n(r['asn_total']));
      headcount.set(kec, perYear);
    },
  });
  const events: EventInfo[] = [];
  await ingest(eventsSchema, {
    check: checkEvent,
    accept(r) {
      seeDate(s(r['start_date']));
      events.push({
        id: s(r['id']), election: s(r['election']), scope: s(r['scope']), region: s(r['region']), start_date: s(r['start_date']), end_date: s(r['end_date']),
        type: s(r['type']), title_id: s(r['title_id']), title_en: s(r['title_en']), source: s(r['source']), source_url: s(r['source_url']), demo: r['demo'] === true,
      });
    },
  });

  if (rowCounts[eventsSchema.file] === 0) warnings.push({ file: eventsSchema.file, line: 1, column: '*', value: '', rule: 'empty-events' });
  // The public record: optional, never demo; it may name elections that have no per-kecamatan rows.
  const record: RecordFigure[] = [];
  if ((await io.head(reportedFiguresSchema.file)) !== undefined) {
    const lines = new Map<string, number>();
    const before = issues.length;
    await ingest(reportedFiguresSchema, {
      check: checkFigure,
      accept(r, line) {
        const figure = figureOf(r);
        record.push(figure);
        lines.set(figure.id, line);
      },
    });
    if (issues.length === before) issues.push(...contradictionIssues(reportedFiguresSchema.file, record, lines, 'contradicts'));
  }

  // 3. Signings (small: kept in memory for the pages) and cases (streamed straight to the output).
  // Elections with at least one signing or case row make the per-kecamatan layer; the others live in the record only.
  const withRows = new Set<string>();
  const tally = new (class extends Tally {
    override addCase(...args: Parameters<Tally['addCase']>): void {
      withRows.add(args[0].election);
      super.addCase(...args);
    }
    override addSigning(...args: Parameters<Tally['addSigning']>): void {
      withRows.add(args[0]);
      super.addSigning(...args);
    }
  })();
  const signings: SigningInfo[] = [];
  await ingest(signingsSchema, {
    check: signingRule(ctx),
    accept(r) {
      const kec = s(r['kecamatan']);
      const cityCode = kec !== '' ? kec.slice(0, 5) : s(r['city']);
      seeDate(s(r['date']));
      const info: SigningInfo = {
        id: s(r['id']), election: s(r['election']), date: s(r['date']), cityCode, kecamatan: kec, unit_type: s(r['unit_type']), unit_name: s(r['unit_name']),
        activity: s(r['activity']), signatories: n(r['signatories']), staff_total: n(r['staff_total']), source: s(r['source']), source_url: s(r['source_url']), demo: r['demo'] === true,
      };
      signings.push(info);
      tally.addSigning(info.election, kec !== '' ? kec : cityCode, info.activity, info.unit_type, info.unit_name, info.signatories, info.staff_total, info.demo);
    },
  });

  const casesInput = await openInput(io, casesSchema.file);
  if (!casesInput.ok) issues.push(...casesInput.issues);
  else {
    warnings.push(...casesInput.warnings);
    const cases = await ingestCases(casesInput.name, casesInput.rows, ctx, io.createWriter('publish/cases.csv'), tally);
    issues.push(...casesInput.late, ...(unreadable(casesInput.late) ? [] : cases.issues));
    warnings.push(...cases.warnings);
    for (const [rule, count] of cases.dropped) dropped.push({ file: casesInput.name, rule, count });
    rowCounts[casesSchema.file] = cases.rows;
    demoCounts[casesSchema.file] = cases.demo;
    seeDate(cases.newest);
  }

  issues.sort(compareIssues);
  if (issues.length > 0) return { issues, warnings, dropped, rowCounts, site: undefined };

  // 4. Aggregates and the published files.
  const allElections = [...ctx.elections.values()].sort((a, b) => a.voting_date.localeCompare(b.voting_date));
  const electionIds = allElections.map((e) => e.id).filter((id) => withRows.size === 0 || withRows.has(id));
  const cityKecamatan = new Map<string, string[]>();
  for (const code of [...ctx.cities.keys()].sort()) {
    cityKecamatan.set(code, [...areas.districts.values()].filter((d) => d.regencyCode === code).map((d) => d.code).sort());
  }
  const headcountYears: Record<string, number | null> = {};
  const allYears = [...new Set([...headcount.values()].flatMap((m) => [...m.keys()]))].sort();
  for (const id of electionIds) {
    const votingYear = Number(ctx.elections.get(id)?.voting_date.slice(0, 4));
    headcountYears[id] = allYears.filter((y) => y <= votingYear).at(-1) ?? null;
  }
  headcountYears[ALL] = allYears.at(-1) ?? null;
  const headcountOf = (election: string, kec: string): number | null => {
    const year = headcountYears[election];
    return year === null || year === undefined ? null : (headcount.get(kec)?.get(year) ?? null);
  };
  // For all elections together the denominator is the headcount of each election added up, so the rate
  // stays "per 1,000 ASN per election" and compares with a single election's.
  const headcountFor = (election: string, kec: string): number | null => {
    if (election !== ALL) return headcountOf(election, kec);
    const each = electionIds.map((e) => headcountOf(e, kec));
    return each.length > 0 && each.every((h) => h !== null) ? each.reduce<number>((a, h) => a + (h ?? 0), 0) : null;
  };

  const bps = new Map([...areas.bps].map(([b, code]) => [code, b]));
  const cities: CityInfo[] = [...cityKecamatan].map(([code, kecamatan]) => ({ code, slug: ctx.cities.get(code) ?? code, name: areas.regencies.get(code)?.name ?? code, kecamatan }));
  const kecamatan: KecamatanInfo[] = [...cityKecamatan.values()].flat().map((code) => ({
    code,
    name: areas.districts.get(code)?.name ?? code,
    cityCode: code.slice(0, 5),
    bpsCode: bps.get(code) ?? null,
    villages: (areas.villagesByDistrict.get(code) ?? []).map((v) => ({ code: v.code, name: v.name })).sort((a, b) => a.code.localeCompare(b.code)),
  }));
  const elections: ElectionInfo[] = electionIds.map((id) => ctx.elections.get(id)!);
  const byDateThenId = <T extends { id: string }>(date: (x: T) => string) => (a: T, b: T) => date(a).localeCompare(date(b)) || a.id.localeCompare(b.id);
  events.sort(byDateThenId((e) => e.start_date));
  signings.sort(byDateThenId((x) => x.date));

  const totals = tally.totals(electionIds, cityKecamatan, headcountFor);
  const site: SiteData = {
    dataUpTo: newest === '' ? null : newest,
    rowCounts,
    demoRowCounts: demoCounts,
    cities,
    kecamatan,
    elections,
    events,
    signings,
    totals,
    monthly: tally.monthly(cityKecamatan),
    positionGroups: tally.positionGroups(electionIds, [...cityKecamatan.keys()]),
    headcountYears,
    nearby: [...areas.districts.values()]
      .filter((d) => !ctx.cities.has(d.regencyCode) && [...ctx.cities.keys()].some((c) => c.slice(0, 2) === d.regencyCode.slice(0, 2)))
      .map((d) => ({ name: d.name, regency: areas.regencies.get(d.regencyCode)?.name ?? d.regencyCode }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.regency.localeCompare(b.regency)),
  };

  const cityName = (code: string) => areas.regencies.get(code)?.name ?? '';
  const kecName = (code: string) => areas.districts.get(code)?.name ?? '';
  await io.writeFile('site-data.json', `${JSON.stringify(site)}\n`);
  await io.writeFile(
    'publish/signings.csv',
    csvText(publishedSigningColumns, signings.map((x) => [x.id, x.election, x.date, x.cityCode, cityName(x.cityCode), x.kecamatan, x.kecamatan ? kecName(x.kecamatan) : '', x.unit_type, x.unit_name, x.activity, x.signatories, x.staff_total, x.source, x.source_url, x.demo])),
  );
  await io.writeFile(
    'publish/events.csv',
    csvText(publishedEventColumns, events.map((e) => [e.id, e.election, e.scope, e.region, e.start_date, e.end_date, e.type, e.title_id, e.title_en, e.source, e.source_url, e.demo])),
  );
  await io.writeFile(
    'publish/elections.csv',
    csvText(publishedElectionColumns, elections.map((e) => [e.id, e.name_id, e.name_en, e.kind, e.campaign_start, e.campaign_end, e.voting_date, e.window_start, e.window_end, e.source, e.source_url])),
  );
  if (record.length > 0) {
    const provinces = await provinceNames();
    const regionNames = Object.fromEntries([...new Set(record.map((f) => f.region).filter((r) => r !== ''))].sort().map((code) => [code, areas.regencies.get(code)?.name ?? provinces.get(code) ?? code]));
    const electionOrder = new Map(allElections.map((e, i) => [e.id, i]));
    record.sort((a, b) => (electionOrder.get(a.election) ?? 0) - (electionOrder.get(b.election) ?? 0) || a.stated_date.localeCompare(b.stated_date) || a.id.localeCompare(b.id));
    await io.writeFile('record.json', `${JSON.stringify({ elections: allElections, figures: record, regionNames })}\n`);
    await io.writeFile('publish/reported-figures.csv', csvText(publishedFigureColumns, record.map((f) => publishedFigureRow(f, regionNames[f.region] ?? ''))));
    await io.writeFile('publish/reported-figures.json', `${JSON.stringify(record.map((f) => ({ ...f, region_name: regionNames[f.region] ?? '', demo: false })), null, 1)}\n`);
  }
  await io.writeFile('publish/kecamatan-totals.json', `${JSON.stringify(kecamatanTotals(site), null, 1)}\n`);
  await io.writeFile('publish/kecamatan-totals.csv', areaTotalsCsv(site, FEW_CASES));
  return { issues, warnings, dropped, rowCounts, site };
}

export const publishedSigningColumns = ['id', 'election', 'date', 'city_code', 'city', 'kecamatan_code', 'kecamatan', 'unit_type', 'unit_name', 'activity', 'signatories', 'staff_total', 'source', 'source_url', 'demo'] as const;
export const publishedEventColumns = ['id', 'election', 'scope', 'region', 'start_date', 'end_date', 'type', 'title_id', 'title_en', 'source', 'source_url', 'demo'] as const;
export const publishedElectionColumns = ['id', 'name_id', 'name_en', 'kind', 'campaign_start', 'campaign_end', 'voting_date', 'window_start', 'window_end', 'source', 'source_url'] as const;

/** The per-kecamatan totals file: one entry per kecamatan with its figures for each election. */
function kecamatanTotals(site: SiteData): unknown {
  return {
    dataUpTo: site.dataUpTo,
    elections: [...site.elections.map((e) => e.id), ALL],
    kecamatan: site.kecamatan.map((k) => ({
      code: k.code,
      name: k.name,
      city_code: k.cityCode,
      totals: Object.fromEntries(Object.entries(site.totals).map(([election, table]) => [election, table[k.code]])),
    })),
  };
}

/** A file whose text could not be decoded: its other issues are artefacts of the cut-off read. */
function unreadable(late: readonly Issue[]): boolean {
  return late.some((i) => i.rule === 'not-utf8' || i.rule === 'replacement-character' || i.rule === 'unreadable-workbook');
}
