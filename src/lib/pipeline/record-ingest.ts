// The public record's rules and row shape: reported-figures.csv through the same ingest as every file.
import type { RecordFigure } from '../record/record-figure.ts';
import type { reportedFiguresSchema } from '../schema/index.ts';
import type { RowCheck } from './ingest-file.ts';
import { checkScope } from './file-rules.ts';
import type { Issue } from './issues.ts';

/** Scope names the right level of region; the period runs start <= as of <= stated; no figure is demo. */
export const checkFigure: RowCheck<typeof reportedFiguresSchema> = (record, _line, report, raw) => {
  // An unreadable region code has its own message; its level is then unknown, so scope is not checked.
  if (raw('region') === '' || record.region !== undefined) checkScope(record, report);
  const order = ['period_start', 'as_of', 'stated_date'] as const;
  for (let i = 1; i < order.length; i++) {
    const before = order[i - 1]!;
    const after = order[i]!;
    const a = record[before] ?? '';
    const b = record[after] ?? '';
    if (a !== '' && b !== '' && b < a) report(after, raw(after), 'figure-dates-order', { relation: 'pada atau sesudah', relationEn: 'on or after', other: before, otherValue: raw(before) });
  }
  if (record.demo === true) report('demo', raw('demo'), 'figure-demo');
  if ((record.note ?? '') !== '' && raw('note_en') === '') report('note_en', '', 'figure-note-en');
};

/** A `contradicts` code must name another figure of the file. */
export function contradictionIssues(file: string, figures: readonly RecordFigure[], lines: ReadonlyMap<string, number>, column: string): Issue[] {
  const ids = new Set(figures.map((f) => f.id));
  return figures
    .filter((f) => f.contradicts !== '' && (!ids.has(f.contradicts) || f.contradicts === f.id))
    .map((f) => ({ file, line: lines.get(f.id) ?? 1, column, value: f.contradicts, rule: 'unknown-figure' as const }));
}
