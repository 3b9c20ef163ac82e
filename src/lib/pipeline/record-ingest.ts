// The public record's rules and row shape: reported-figures.csv through the same ingest as every file.
import type { RecordFigure } from '../record/record-figure.ts';
import { checkEvent } from './file-rules.ts';
import type { Report, RowRecord } from './ingest-file.ts';
import type { Issue } from './issues.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Scope names the right level of region; the period runs start <= as of <= stated; no figure is demo. */
export function checkFigure(record: RowRecord, line: number, report: Report, raw: (key: string) => string): void {
  // An unreadable region code has its own message; its level is then unknown, so scope is not checked.
  if (raw('region') === '' || record['region'] !== undefined) checkEvent(record, line, report, raw);
  const order = ['period_start', 'as_of', 'stated_date'] as const;
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1]!;
    const after = order[i]!;
    const a = str(record[before]);
    const b = str(record[after]);
    if (a !== '' && b !== '' && b < a) report(after, raw(after), 'figure-dates-order', { relation: 'pada atau sesudah', relationEn: 'on or after', other: before, otherValue: raw(before) });
  }
  if (record['demo'] === true) report('demo', raw('demo'), 'figure-demo');
  if (str(record['note']) !== '' && raw('note_en') === '') report('note_en', '', 'figure-note-en');
}

/** The accepted row as the pages read it. */
export function figureOf(record: RowRecord): RecordFigure {
  const value = record['value'];
  return {
    id: str(record['id']), election: str(record['election']), scope: str(record['scope']), region: str(record['region']),
    quantity: str(record['quantity']), unit: str(record['unit']), value: typeof value === 'number' ? value : 0, quantity_label: str(record['quantity_label']),
    period_start: str(record['period_start']), as_of: str(record['as_of']), stated_date: str(record['stated_date']), stated_by: str(record['stated_by']),
    setting: str(record['setting']), statement: str(record['statement']), source: str(record['source']), publisher: str(record['publisher']),
    source_url: str(record['source_url']), contradicts: str(record['contradicts']), note: str(record['note']), note_en: str(record['note_en']),
  };
}

/** A `contradicts` code must name another figure of the file. */
export function contradictionIssues(file: string, figures: readonly RecordFigure[], lines: ReadonlyMap<string, number>, column: string): Issue[] {
  const ids = new Set(figures.map((f) => f.id));
  return figures
    .filter((f) => f.contradicts !== '' && (!ids.has(f.contradicts) || f.contradicts === f.id))
    .map((f) => ({ file, line: lines.get(f.id) ?? 1, column, value: f.contradicts, rule: 'unknown-figure' as const }));
}
