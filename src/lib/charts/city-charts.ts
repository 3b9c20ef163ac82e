// The charts of a city page, with their texts, tables and summaries, from the pipeline's data.
import { formatDate, formatMonth, formatNumber, formatPercent, localized, t, type Lang } from '../../i18n/index.ts';
import { FEW_MARK, formatMetric } from '../format-metric.ts';
import { FEW_CASES } from '../metrics/definitions.ts';
import { buildScales } from '../map/scales.ts';
import { ALL, type ElectionInfo, type EventInfo, type SiteData } from '../model.ts';
import { siteLookup } from '../site-lookup.ts';
import { categories as categoryVocab } from '../vocab/terms.ts';
import { termLabel } from '../vocab/vocabulary.ts';
import { drawCategories } from './categories.ts';
import { WIDE, NARROW, plain, type Chart } from './chart.ts';
import { coverageSeries, drawCoverage } from './coverage-over-time.ts';
import { drawKecamatanGrid, type GridRow } from './kecamatan-grid.ts';
import { drawMonthlyCases } from './monthly-cases.ts';
import { drawOutcomes, outcomeCounts, OUTCOMES } from './outcomes.ts';
import { drawTimeline } from './timeline.ts';

const both = <T>(draw: (width: number) => T): { wide: T; narrow: T } => ({ wide: draw(WIDE), narrow: draw(NARROW) });

const built = new WeakMap<SiteData, Map<string, readonly Chart[]>>();

/** A city's six charts, drawn once per dataset, city and language: the city page, the home page's trend and the exports share them. */
export function cityCharts(site: SiteData, cityCode: string, lang: Lang): readonly Chart[] {
  const perSite = built.get(site) ?? new Map<string, readonly Chart[]>();
  built.set(site, perSite);
  const key = `${cityCode}|${lang}`;
  const hit = perSite.get(key);
  if (hit) return hit;
  const charts = drawCityCharts(site, cityCode, lang);
  perSite.set(key, charts);
  return charts;
}

function drawCityCharts(site: SiteData, cityCode: string, lang: Lang): Chart[] {
  const dict = t(lang);
  const c = dict.charts;
  const lookup = siteLookup(site);
  const city = lookup.city.get(cityCode);
  if (city === undefined) throw new Error(`unknown city ${cityCode}`);
  const slug = city.slug;
  const demo = (site.demoRowCounts['cases.csv'] ?? 0) + (site.demoRowCounts['signings.csv'] ?? 0) > 0;
  const stamp = demo ? dict.demo.badge : null;
  const source = `${c.source(site.dataUpTo ? formatDate(lang, site.dataUpTo) : '–')}${demo ? `. ${c.demoNote}` : ''}`;
  const name = (e: ElectionInfo): string => localized(lang, e, 'name');
  const elections = site.elections;
  const charts: Chart[] = [];

  // 1. Cases per month
  const months = site.monthly[cityCode] ?? [];
  const reported = months.reduce((a, m) => a + m.reported, 0);
  const proven = months.reduce((a, m) => a + m.proven, 0);
  const peak = [...months].sort((a, b) => b.reported - a.reported || a.month.localeCompare(b.month))[0];
  const monthlyTexts = { reported: c.monthly.reported, proven: c.monthly.proven, campaign: c.monthly.campaign, voting: c.monthly.voting, demo: stamp, electionName: name, tip: c.monthly.tip };
  charts.push({
    id: `cases-monthly-${slug}`,
    title: c.monthly.title(city.name),
    subtitle: c.monthly.subtitle,
    source,
    summary: c.monthly.summary(city.name, formatNumber(lang, reported), formatNumber(lang, proven), peak ? formatMonth(lang, peak.month) : '–', formatNumber(lang, peak?.reported ?? 0)),
    ...both((w) => drawMonthlyCases(months, elections, lang, w, monthlyTexts)),
    table: {
      caption: c.monthly.title(city.name),
      head: c.monthly.head,
      numeric: [false, false, true, true],
      rows: months.map((m) => [name(lookup.election.get(m.election)!), formatMonth(lang, m.month), formatNumber(lang, m.reported), formatNumber(lang, m.proven)]),
      data: { head: ['city_code', 'election_id', 'month', 'reported_asn', 'proven_asn'], rows: months.map((m) => [cityCode, m.election, m.month, m.reported, m.proven]) },
    },
    demo,
  });

  // 2. Pact coverage before voting day
  const signings = lookup.signingsOfCity.get(cityCode) ?? [];
  const series = elections.map((election) => ({ election, points: coverageSeries(signings, election, site.totals[election.id]?.[cityCode]?.headcount ?? null) }));
  const cityEvents = site.events.filter((e) => e.type === 'signing' && (e.region === cityCode || e.scope !== 'city') && e.election !== '');
  const marks = cityEvents.flatMap((event, i) => {
    const election = lookup.election.get(event.election);
    return election ? [{ n: i + 1, event, election }] : [];
  });
  charts.push({
    id: `coverage-${slug}`,
    title: c.coverage.title(city.name),
    subtitle: c.coverage.subtitle,
    source,
    summary: c.coverage.summary(city.name, series.map((s) => `${name(s.election)} ${s.points.length ? formatPercent(lang, s.points.at(-1)!.coverage) : (site.totals[s.election.id]?.[cityCode]?.signatories ?? 0) > 0 ? dict.verdict.coverageNoHeadcount : c.coverage.none}`).join(', ')),
    ...both((w) => drawCoverage(series, marks, lang, w, { demo: stamp, electionName: name, axis: c.coverage.axis, voting: c.coverage.voting, tip: c.coverage.tip })),
    table: {
      caption: c.coverage.title(city.name),
      head: c.coverage.head,
      numeric: [false, false, true, true],
      rows: series.flatMap((s) => s.points.map((p) => [name(s.election), formatDate(lang, p.date), formatNumber(lang, p.day), formatPercent(lang, p.coverage)])),
      data: {
        head: ['city_code', 'election_id', 'date', 'days_to_voting', 'pact_coverage_share', 'headcount_asn'],
        rows: series.flatMap((s) => s.points.map((p) => [cityCode, s.election.id, p.date, p.day, plain(p.coverage), site.totals[s.election.id]?.[cityCode]?.headcount ?? null])),
      },
    },
    demo,
  });

  // 3. Kecamatan x election grid
  const scale = buildScales(site).violationsPer1000;
  const columns = [...elections.map((e) => ({ id: e.id, label: name(e) })), { id: ALL, label: dict.table.allElections }];
  const gridSummary = (): string => {
    const withData = rows.filter((row) => row.all !== null);
    if (withData.length === 0) return c.grid.summaryNone(city.name);
    const few = rows.some((row) => row.cells.some(([, text]) => text.endsWith(FEW_MARK))) ? ` ${dict.verdict.fewNote(formatNumber(lang, FEW_CASES))}` : '';
    if (withData.length === 1) return c.grid.summaryOne(city.name, withData[0]!.name) + few;
    return c.grid.summary(city.name, withData[0]!.name, withData.at(-1)!.name) + few;
  };
  const rows: (GridRow & { all: number | null })[] = (lookup.kecamatanOfCity.get(cityCode) ?? [])
    .map((k) => ({ name: k.name, all: site.totals[ALL]?.[k.code]?.violationsPer1000 ?? null, cells: columns.map((col) => [site.totals[col.id]?.[k.code]?.violationsPer1000 ?? null, formatMetric(lang, 'violationsPer1000', site.totals[col.id]?.[k.code])] as const) }))
    .sort((a, b) => (b.all ?? -1) - (a.all ?? -1) || a.name.localeCompare(b.name));
  charts.push({
    id: `kecamatan-rates-${slug}`,
    title: c.grid.title(city.name),
    subtitle: c.grid.subtitle,
    source,
    summary: gridSummary(),
    ...both((w) => drawKecamatanGrid(rows, columns.map((col) => col.label), scale, w, stamp, c.grid.tip)),
    table: {
      caption: c.grid.title(city.name),
      head: [dict.table.kecamatan, ...columns.map((col) => col.label)],
      numeric: [false, ...columns.map(() => true)],
      rows: rows.map((row) => [row.name, ...row.cells.map(([, text]) => text)]),
      data: {
        head: ['kecamatan_code', 'kecamatan', 'election_id', 'violations_per_1000_asn', 'proven_asn', 'headcount_asn', 'few_cases'],
        rows: site.kecamatan.filter((k) => k.cityCode === cityCode).flatMap((k) => columns.map((col) => {
          const t = site.totals[col.id]?.[k.code];
          return [k.code, k.name, col.id, plain(t?.violationsPer1000), t?.proven ?? null, t?.headcount ?? null, t && t.violationsPer1000 !== null && t.proven < FEW_CASES ? 'yes' : 'no'];
        })),
      },
    },
    demo,
  });

  // 4. Outcomes per election
  const outcomeBars = elections.map((e) => ({ label: name(e), counts: outcomeCounts(site.totals[e.id]?.[cityCode]?.byStatus ?? {}) }));
  const allTotals = site.totals[ALL]?.[cityCode];
  charts.push({
    id: `outcomes-${slug}`,
    title: c.outcomes.title(city.name),
    subtitle: c.outcomes.subtitle,
    source,
    summary: c.outcomes.summary(city.name, formatNumber(lang, allTotals?.sanctioned ?? 0), formatNumber(lang, allTotals?.reported ?? 0)),
    ...both((w) => drawOutcomes(outcomeBars, c.outcomes.labels, lang, w, stamp, c.outcomes.tip)),
    table: {
      caption: c.outcomes.title(city.name),
      head: [dict.table.election, ...OUTCOMES.map((o) => c.outcomes.labels[o])],
      numeric: [false, ...OUTCOMES.map(() => true)],
      rows: outcomeBars.map((b) => [b.label, ...OUTCOMES.map((o) => formatNumber(lang, b.counts[o]))]),
      data: { head: ['city_code', 'election_id', ...OUTCOMES.map((o) => `${o}_asn`)], rows: elections.map((e, i) => [cityCode, e.id, ...OUTCOMES.map((o) => outcomeBars[i]?.counts[o] ?? 0)]) },
    },
    demo,
  });

  // 5. Categories per election
  const categoryRows = categoryVocab.terms
    .map((term) => ({ key: term.key, label: termLabel(categoryVocab, term.key, lang), counts: elections.map((e) => site.totals[e.id]?.[cityCode]?.byCategory[term.key] ?? 0) }))
    .filter((row) => row.counts.some((n) => n > 0))
    .sort((a, b) => b.counts.reduce((x, y) => x + y, 0) - a.counts.reduce((x, y) => x + y, 0));
  const top = categoryRows[0];
  const topTotal = top ? top.counts.reduce((x, y) => x + y, 0) : 0;
  charts.push({
    id: `categories-${slug}`,
    title: c.categories.title(city.name),
    subtitle: c.categories.subtitle,
    source,
    summary: c.categories.summary(city.name, top?.label ?? '–', formatPercent(lang, reported > 0 ? topTotal / reported : 0, 0)),
    ...both((w) => drawCategories(categoryRows, elections.map(name), lang, w, stamp, c.categories.tip)),
    table: {
      caption: c.categories.title(city.name),
      head: [c.categories.column, ...elections.map(name)],
      numeric: [false, ...elections.map(() => true)],
      rows: categoryRows.map((row) => [row.label, ...row.counts.map((n) => formatNumber(lang, n))]),
      data: { head: ['city_code', 'category', 'category_label', ...elections.map((e) => `${e.id}_reported_asn`)], rows: categoryRows.map((row) => [cityCode, row.key, row.label, ...row.counts]) },
    },
    demo,
  });

  // 6. Timeline
  charts.push(timelineChart(site, lang, (e) => e.scope !== 'city' || e.region === cityCode, `timeline-${slug}`));
  return charts;
}

/** The timeline chart of the events that pass `keep`. */
export function timelineChart(site: SiteData, lang: Lang, keep: (e: EventInfo) => boolean, id: string): Chart {
  const dict = t(lang);
  const c = dict.charts.timeline;
  const events = site.events.filter(keep);
  const lanes = Object.entries(c.lanes)
    .filter(([type]) => events.some((e) => e.type === type))
    .map(([type, label]) => ({ type, label }));
  const first = events[0]?.start_date;
  const last = events.at(-1)?.start_date;
  return {
    id,
    title: c.title,
    subtitle: c.subtitle,
    source: c.source,
    summary: c.summary(formatNumber(lang, events.length), first ? formatDate(lang, first) : '–', last ? formatDate(lang, last) : '–'),
    ...both((w) => drawTimeline(events, site.elections, lanes, lang, w)),
    table: {
      caption: c.title,
      head: c.head,
      numeric: [true, false, false, false],
      rows: events.map((e, i) => [String(i + 1), formatDate(lang, e.start_date) + (e.end_date ? ` – ${formatDate(lang, e.end_date)}` : ''), localized(lang, e, 'title'), e.source]),
      data: {
        head: ['event_id', 'election_id', 'scope', 'region_code', 'start_date', 'end_date', 'type', 'title_id', 'title_en', 'event_source', 'event_source_url', 'demo'],
        rows: events.map((e) => [e.id, e.election, e.scope, e.region, e.start_date, e.end_date, e.type, e.title_id, e.title_en, e.source, e.source_url, e.demo ? 'yes' : 'no']),
      },
    },
    demo: events.some((e) => e.demo),
  };
}
