// Share proven and sanction follow-through from the record, only where both numbers come from one statement.
import { ratio } from '../metrics/definitions.ts';
import type { RecordFigure } from './record-figure.ts';

/** The figures one statement gives for one election, area and unit, by quantity. */
export interface StatementGroup {
  readonly key: string;
  readonly statement: string;
  readonly election: string;
  readonly scope: string;
  readonly region: string;
  readonly unit: string;
  readonly stated_by: string;
  readonly stated_date: string;
  readonly as_of: string;
  readonly figures: Readonly<Record<string, RecordFigure>>;
  /** proven / reported, as on the methodology page; null unless the statement gives both. */
  readonly shareProven: number | null;
  /** sanctioned / proven, as on the methodology page; null unless the statement gives both. */
  readonly followThrough: number | null;
}

const groupKey = (f: RecordFigure): string => [f.statement, f.election, f.scope, f.region, f.unit].join('|');

/** Groups figures by statement (and election, area, unit); a quantity stated twice keeps its first figure. */
export function statementGroups(figures: readonly RecordFigure[]): StatementGroup[] {
  const groups = new Map<string, RecordFigure[]>();
  for (const f of figures) {
    const key = groupKey(f);
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups].map(([key, list]) => {
    const byQuantity: Record<string, RecordFigure> = {};
    for (const f of list) byQuantity[f.quantity] ??= f;
    const first = list[0]!;
    const value = (q: string): number | undefined => byQuantity[q]?.value;
    const both = (num: string, den: string): number | null => {
      const n = value(num);
      const d = value(den);
      return n === undefined || d === undefined ? null : ratio(n, d);
    };
    return {
      key, statement: first.statement, election: first.election, scope: first.scope, region: first.region, unit: first.unit,
      stated_by: first.stated_by, stated_date: first.stated_date, as_of: first.as_of, figures: byQuantity,
      shareProven: both('proven', 'reported'), followThrough: both('sanctioned', 'proven'),
    };
  });
}
