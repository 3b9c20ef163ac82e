// One figure of the public record as the pipeline writes it and the pages read it (generated/record.json).
import type { ElectionInfo } from '../model.ts';

export interface RecordFigure {
  readonly id: string;
  readonly election: string;
  /** national, province or city. */
  readonly scope: string;
  /** Province (32) or regency (32.71) code; '' for national. */
  readonly region: string;
  readonly quantity: string;
  readonly unit: string;
  readonly value: number;
  /** The source's own words for the figure. */
  readonly quantity_label: string;
  readonly period_start: string;
  readonly as_of: string;
  readonly stated_date: string;
  readonly stated_by: string;
  readonly setting: string;
  /** Figures sharing a statement code and election come from one statement. */
  readonly statement: string;
  readonly source: string;
  readonly publisher: string;
  readonly source_url: string;
  /** Id of a figure that states the same thing differently, or ''. */
  readonly contradicts: string;
  readonly note: string;
  readonly note_en: string;
}

/** The record file: every election (also those with no per-kecamatan data) and every figure, with area names. */
export interface RecordData {
  readonly elections: readonly ElectionInfo[];
  readonly figures: readonly RecordFigure[];
  /** Official names of the regions the figures name (code -> name). */
  readonly regionNames: Readonly<Record<string, string>>;
}

export const publishedFigureColumns = [
  'id', 'election', 'scope', 'region', 'region_name', 'quantity', 'unit', 'value', 'quantity_label', 'period_start', 'as_of', 'stated_date',
  'stated_by', 'setting', 'statement', 'source', 'publisher', 'source_url', 'contradicts', 'note', 'note_en', 'demo',
] as const;

/** One published CSV row; `demo` is always "no": the schema refuses demo figures. */
export function publishedFigureRow(f: RecordFigure, regionName: string): (string | number | boolean)[] {
  return [f.id, f.election, f.scope, f.region, regionName, f.quantity, f.unit, f.value, f.quantity_label, f.period_start, f.as_of, f.stated_date, f.stated_by, f.setting, f.statement, f.source, f.publisher, f.source_url, f.contradicts, f.note, f.note_en, false];
}
