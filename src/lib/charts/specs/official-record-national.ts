// The public record's national series (reported, proven, sanctioned per election, as one statement gave them),
// drawn where the data folder has a record: on the home page and the record page.
import { formatDate, formatNumber, formatPercent, localized } from '../../../i18n/index.ts';
import { nationalSeries, SERIES_STAGES, type SeriesPoint } from '../../record/national-series.ts';
import { recordData } from '../../record/record-data.ts';
import { statingBodies } from '../../vocab/record-terms.ts';
import { termLabel } from '../../vocab/vocabulary.ts';
import { defineChart, type ChartContext } from '../chart-spec.ts';
import { drawRecordSeries, type RecordSeriesTexts } from '../record-series.ts';

const name = (p: SeriesPoint, { lang }: ChartContext<'national'>): string => localized(lang, p.election, 'name');
const body = (p: SeriesPoint, { lang }: ChartContext<'national'>): string => (p.group ? termLabel(statingBodies, p.group.stated_by, lang) : '');
const unit = (p: SeriesPoint, { dict }: ChartContext<'national'>): string => (p.group ? (dict.record.units[p.group.unit] ?? p.group.unit) : '');

function seriesTexts(ctx: ChartContext<'national'>): RecordSeriesTexts {
  const c = ctx.dict.record.chart;
  return {
    stages: c.stages,
    heading: (p) => ({ title: c.headingTitle(name(p, ctx), unit(p, ctx)), detail: c.headingDetail(body(p, ctx), p.group ? formatDate(ctx.lang, p.group.stated_date) : '') }),
    notStated: c.notStated,
    tip: c.tip,
  };
}

function tableRow(p: SeriesPoint, ctx: ChartContext<'national'>): string[] {
  const { lang } = ctx;
  const c = ctx.dict.record.chart;
  const value = (stage: 'reported' | 'proven' | 'sanctioned'): string => {
    const f = p.stages[stage];
    return f === null ? c.none : formatNumber(lang, f.value);
  };
  const share = (v: number | null | undefined): string => (v === null || v === undefined ? c.none : formatPercent(lang, v));
  const f = p.stages.reported ?? p.stages.proven ?? p.stages.sanctioned;
  return [
    name(p, ctx), body(p, ctx), p.group ? formatDate(lang, p.group.stated_date) : '', unit(p, ctx),
    value('reported'), value('proven'), value('sanctioned'),
    share(p.group?.shareProven), share(p.group?.followThrough), f ? `${f.publisher}: ${f.source_url}` : '',
  ];
}

export const officialRecordNational = defineChart({
  id: 'official-record-national',
  scope: 'national',
  shown: () => recordData().figures.length > 0,
  rows: () => nationalSeries(recordData().elections, recordData().figures).filter((p) => p.group !== null),
  draw: (points, ctx, width) => drawRecordSeries(points, seriesTexts(ctx), ctx.lang, width),
  texts: (points, ctx) => {
    const c = ctx.dict.record.chart;
    return {
      title: c.title,
      subtitle: c.subtitle,
      source: c.source,
      summary: c.summary(points.map((p) => c.summaryPart(name(p, ctx), SERIES_STAGES.map((s) => c.summaryStage(c.stages[s], p.stages[s] === null ? null : formatNumber(ctx.lang, p.stages[s].value))).join(', '))).join('; ')),
      table: { caption: c.title, head: c.head, numeric: [false, false, false, false, true, true, true, true, true, false], rows: points.map((p) => tableRow(p, ctx)) },
      demo: false,
    };
  },
});
