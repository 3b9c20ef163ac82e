// What a file's header decides for every row below it: the compiled row reader, where each column sits,
// the twin area columns to cross-check, and the day/month evidence gathered per date column.
import type { Column } from '../schema/column.ts';
import type { IngestContext } from './context.ts';
import { DateOrderEvidence, type LineCursor } from './date-order.ts';
import type { HeaderMap } from './header-map.ts';
import { compileRowReader, type RowReader } from './row-reader.ts';
import { StringMemo } from './string-table.ts';
import { parserFor, type ColumnParser, type Parsed } from './value-parsers.ts';

/** Kode Kecamatan beside Nama Kecamatan: the second column of an area, read and checked against the first. */
export interface Twin {
  readonly column: Column;
  readonly index: number;
  readonly header: string;
  readonly of: string;
  readonly parser: ColumnParser;
  readonly memo: StringMemo<Parsed>;
  readonly mainIndex: number;
}

export interface HeaderPlan {
  readonly readRow: RowReader;
  /** Column key -> the header as the steward wrote it (issues name that). */
  readonly headerByKey: ReadonlyMap<string, string>;
  /** Column key -> field index. */
  readonly indexOf: ReadonlyMap<string, number>;
  readonly sourceIndex: number;
  readonly sourceUrlIndex: number;
  readonly twins: readonly Twin[];
  /** Day/month order evidence per date column, filled as rows are read. */
  readonly dateOrders: ReadonlyMap<string, DateOrderEvidence>;
}

/** The plan before any header: no column, nothing read. */
export const noHeaderPlan: HeaderPlan = { readRow: () => undefined, headerByKey: new Map(), indexOf: new Map(), sourceIndex: -1, sourceUrlIndex: -1, twins: [], dateOrders: new Map() };

export function planHeader(map: HeaderMap, ctx: IngestContext, cursor: LineCursor): HeaderPlan {
  const dateOrders = new Map<string, DateOrderEvidence>();
  const evidenceFor = (key: string): DateOrderEvidence => {
    const e = new DateOrderEvidence(cursor);
    dateOrders.set(key, e);
    return e;
  };
  const readRow = compileRowReader(map.found.map(({ column, index }) => ({ key: column.key, index, required: column.required, parser: parserFor(column, ctx, column.kind === 'date' ? evidenceFor(column.key) : undefined) })));
  const indexOf = new Map(map.found.map((f) => [f.column.key, f.index]));
  return {
    readRow,
    headerByKey: new Map(map.found.map((f) => [f.column.key, f.header])),
    indexOf,
    sourceIndex: map.found.find((f) => f.column.key === 'source')?.index ?? -1,
    sourceUrlIndex: map.found.find((f) => f.column.key === 'source_url')?.index ?? -1,
    twins: map.twins.map((t) => ({ ...t, parser: parserFor(t.column, ctx), memo: new StringMemo<Parsed>(), mainIndex: indexOf.get(t.column.key) ?? -1 })),
    dateOrders,
  };
}
