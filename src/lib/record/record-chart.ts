// The home page's record chart as every chart is published: texts, wide and narrow drawings, the table of its numbers.
import { formatDate, formatNumber, formatPercent, localized, t, type Lang } from '../../i18n/index.ts';
import { WIDE, NARROW, type Chart } from '../charts/chart.ts';
import { drawRecordSeries } from '../charts/record-series.ts';
import { termLabel } from '../vocab/vocabulary.ts';
import { statingBodies } from '../vocab/record-terms.ts';
import { nationalSeries, SERIES_STAGES, type SeriesPoint } from './national-series.ts';
import type { RecordData } from './record-figure.ts';

export const RECORD_CHART_ID = 'official-record-national';

const built = new WeakMap<RecordData, Map<Lang, Chart>>();

/** Drawn once per record and language: the home page, the record page and the exports share it. */
export function recordChart(record: RecordData, lang: Lang): Chart {
  const perRecord = built.get(record) ?? new Map<Lang, Chart>();
  built.set(record, perRecord);
  const hit = perRecord.get(lang);
  if (hit) return hit;
  const chart = drawRecordChart(record, lang);
  perRecord.set(lang, chart);
  return chart;
}

function drawRecordChart(record: RecordData, lang: Lang): Chart {
  const c = t(lang).record.chart;
  const points = nationalSeries(record.elections, record.figures).filter((p) => p.group !== null);
  const name = (p: SeriesPoint): string => localized(lang, p.election, 'name');
  const body = (p: SeriesPoint): string => (p.group ? termLabel(statingBodies, p.group.stated_by, lang) : '');
  const units = t(lang).record.units;
  const unit = (p: SeriesPoint): string => (p.group ? (units[p.group.unit] ?? p.group.unit) : '');
  const value = (p: SeriesPoint, stage: 'reported' | 'proven' | 'sanctioned'): string => {
    const f = p.stages[stage];
    return f === null ? c.none : formatNumber(lang, f.value);
  };
  const share = (v: number | null | undefined): string => (v === null || v === undefined ? c.none : formatPercent(lang, v));
  const texts = {
    stages: c.stages,
    heading: (p: SeriesPoint) => ({ title: c.headingTitle(name(p), unit(p)), detail: c.headingDetail(body(p), p.group ? formatDate(lang, p.group.stated_date) : '') }),
    notStated: c.notStated,
    tip: c.tip,
  };
  const source = (p: SeriesPoint): string => {
    const f = p.stages.reported ?? p.stages.proven ?? p.stages.sanctioned;
    return f ? `${f.publisher}: ${f.source_url}` : '';
  };
  return {
    id: RECORD_CHART_ID,
    title: c.title,
    subtitle: c.subtitle,
    source: c.source,
    summary: c.summary(points.map((p) => c.summaryPart(name(p), SERIES_STAGES.map((s) => c.summaryStage(c.stages[s], p.stages[s] === null ? null : formatNumber(lang, p.stages[s].value))).join(', '))).join('; ')),
    wide: drawRecordSeries(points, texts, lang, WIDE),
    narrow: drawRecordSeries(points, texts, lang, NARROW),
    table: {
      caption: c.title,
      head: c.head,
      numeric: [false, false, false, false, true, true, true, true, true, false],
      rows: points.map((p) => [
        name(p), body(p), p.group ? formatDate(lang, p.group.stated_date) : '', unit(p),
        value(p, 'reported'), value(p, 'proven'), value(p, 'sanctioned'),
        share(p.group?.shareProven), share(p.group?.followThrough), source(p),
      ]),
    },
    demo: false,
  };
}
