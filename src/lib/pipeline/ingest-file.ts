// Ingests one CSV file: header mapping, per-value parsing, row rules; accepted rows go to the caller.
import type { Column, FileSchema } from '../schema/column.ts';
import type { CheckedRow, KeyOf, RowOf } from '../schema/row-of.ts';
import type { IngestContext } from './context.ts';
import { mapHeader, type HeaderMap } from './header-map.ts';
import type { RowSource } from './input-source.ts';
import type { Issue } from './issues.ts';
import type { Rule } from './messages.ts';
import { CopyDetector } from './copy-detector.ts';
import { DateOrderEvidence, type LineCursor } from './date-order.ts';
import { IdRegistry, StringMemo } from './string-table.ts';
import { compileRowReader, trimmed, type RowReader } from './row-reader.ts';
import { parserFor, type ColumnParser, type Parsed, type Value } from './value-parsers.ts';

/** Reports a problem with the current row, naming the schema column it concerns. */
export type Report<K extends string = string> = (columnKey: K, value: string, rule: Rule, params?: Record<string, string>) => void;

/** Cross-field rules of a file, run once all values of a row parsed; `raw` gives a value as the steward wrote it. */
export type RowCheck<S extends FileSchema> = (record: CheckedRow<S>, line: number, report: Report<KeyOf<S>>, raw: (key: KeyOf<S>) => string) => void;

export interface FileHandlers<S extends FileSchema> {
  readonly check?: RowCheck<S>;
  /** Receives each row that passed every rule, typed by its schema. */
  readonly accept: (record: RowOf<S>, line: number) => void;
  /** Called after each parsed chunk; a returned promise pauses parsing until it settles (write back-pressure). */
  readonly afterChunk?: () => Promise<void> | undefined;
}

export interface FileResult {
  readonly issues: Issue[];
  /** Issues not kept because a rule fired too often in one file. */
  readonly dropped: Map<Rule, number>;
  readonly rows: number;
  readonly accepted: number;
  /** Accepted rows flagged as demo. */
  readonly demo: number;
  /** Problems that do not stop the release (a block of rows pasted twice with new ids). */
  readonly warnings: Issue[];
}


/** How many rows above the header are taken for title rows before the first row counts as the header. */
const TITLE_ROWS = 5;

interface Twin {
  readonly column: Column;
  readonly index: number;
  readonly header: string;
  readonly of: string;
  readonly parser: ColumnParser;
  readonly memo: StringMemo<Parsed>;
  readonly mainIndex: number;
}

/** How many issues of one rule a file keeps in full; the rest are counted. */
export const ISSUES_PER_RULE = 200;

/** Ingests the rows of `source`; `label` is the file as the steward named it (signings.csv or signings.xlsx). */
export async function ingestFile<S extends FileSchema>(schema: S, label: string, source: RowSource, ctx: IngestContext, handlers: FileHandlers<S>): Promise<FileResult> {
  const issues: Issue[] = [];
  const dropped = new Map<Rule, number>();
  const perRule = new Map<Rule, number>();
  const push = (issue: Issue): void => {
    const n = (perRule.get(issue.rule) ?? 0) + 1;
    perRule.set(issue.rule, n);
    if (n <= ISSUES_PER_RULE) issues.push(issue);
    else dropped.set(issue.rule, (dropped.get(issue.rule) ?? 0) + 1);
  };
  let header: HeaderMap | undefined;
  let readRow: RowReader = () => undefined;
  let headerByKey = new Map<string, string>();
  let rows = 0;
  let accepted = 0;
  let demo = 0;
  const ids = new IdRegistry();
  const checksIds = schema.columns.some((c) => c.kind === 'id' && c.key === 'id');
  const hasProvenance = schema.columns.some((c) => c.key === 'demo');
  let indexOf = new Map<string, number>();
  let sourceIndex = -1;
  let sourceUrlIndex = -1;
  let copies: CopyDetector | undefined;
  let twins: Twin[] = [];
  let titleRows = false;
  const cursor: LineCursor = { line: 0 };
  const dateOrders = new Map<string, DateOrderEvidence>();
  // Per-row state lives outside the row callback: the hot path allocates only the record.
  let line = 0;
  let ok = true;
  const report: Report = (columnKey, value, rule, params) => {
    ok = false;
    push({ file: label, line, column: headerByKey.get(columnKey) ?? columnKey, value, rule, ...(params ? { params } : {}) });
  };
  // One record reused for every row: handlers read it synchronously and copy what they keep.
  // Every key is present from the start, so the object keeps one shape.
  const record: Record<string, Value | undefined> = Object.fromEntries(schema.columns.map((c) => [c.key, undefined]));
  // The row reader fills exactly the schema's keys, each with a value of its column's kind (or undefined).
  const row = record as CheckedRow<S>;
  const rawAt = (fields: readonly string[], index: number): string => (index < 0 ? '' : trimmed(fields[index] ?? ''));

  const setHeader = (map: HeaderMap): void => {
    header = map;
    for (const issue of map.issues) push({ ...issue, file: label });
    const evidenceFor = (key: string): DateOrderEvidence => {
      const e = new DateOrderEvidence(cursor);
      dateOrders.set(key, e);
      return e;
    };
    readRow = compileRowReader(map.found.map(({ column, index }) => ({ key: column.key, index, required: column.required, parser: parserFor(column, ctx, column.kind === 'date' ? evidenceFor(column.key) : undefined) })));
    headerByKey = new Map(map.found.map((f) => [f.column.key, f.header]));
    indexOf = new Map(map.found.map((f) => [f.column.key, f.index]));
    sourceIndex = map.found.find((f) => f.column.key === 'source')?.index ?? -1;
    sourceUrlIndex = map.found.find((f) => f.column.key === 'source_url')?.index ?? -1;
    if (checksIds) copies = new CopyDetector(indexOf.get('id') ?? -1);
    twins = map.twins.map((t) => ({ ...t, parser: parserFor(t.column, ctx), memo: new StringMemo<Parsed>(), mainIndex: indexOf.get(t.column.key) ?? -1 }));
  };
  // Rows above a header that maps (title rows an export puts on top), held until the header is found.
  const above: { fields: readonly string[]; line: number }[] = [];

  const dataRow = (fields: readonly string[], rowLine: number, map: HeaderMap): void => {
    line = rowLine;
    rows++;
    if (fields.length !== map.width) {
      push({ file: label, line, column: '*', value: fields.join(',').slice(0, 80), rule: 'field-count', params: { found: String(fields.length), expected: String(map.width) } });
      return;
    }
    ok = true;
    cursor.line = line;
    copies?.add(fields, line);
    readRow(fields, record, report);
    if (twins.length > 0) for (let t = 0; t < twins.length; t++) checkTwin(twins[t] as Twin, fields);
    const id = record['id'];
    if (checksIds && typeof id === 'string') {
      const first = ids.register(id, line);
      if (first !== 0) report('id', id, 'duplicate-id', { first: String(first) });
    }
    if (hasProvenance && record['demo'] !== true && rawAt(fields, sourceIndex) === '' && rawAt(fields, sourceUrlIndex) === '') {
      report('source', '', 'missing-source');
    }
    handlers.check?.(row, line, report, (key) => rawAt(fields, indexOf.get(key) ?? -1));
    if (ok && map.issues.length === 0 && !titleRows) {
      accepted++;
      if (record['demo'] === true) demo++;
      // Every rule passed: required values are present.
      handlers.accept(row as RowOf<S>, line);
    }
  };
  /** Kode Kecamatan beside Nama Kecamatan: both read, and they must name the same kecamatan. */
  const checkTwin = (twin: Twin, fields: readonly string[]): void => {
    const raw = trimmed(fields[twin.index] ?? '');
    if (raw === '') return;
    const parsed = twin.parser.memoise ? twin.memo.get(raw, twin.parser.parse) : twin.parser.parse(raw);
    if (!parsed.ok) {
      ok = false;
      push({ file: label, line, column: twin.header, value: raw, rule: parsed.rule, ...(parsed.params ? { params: parsed.params } : {}) });
    } else if (record[twin.column.key] !== undefined && parsed.value !== record[twin.column.key]) {
      ok = false;
      push({ file: label, line, column: twin.header, value: raw, rule: 'area-columns-disagree', params: { other: twin.of, otherValue: rawAt(fields, twin.mainIndex) } });
    }
  };
  /** The first rows, when none has mapped as the header: the first is the header after all. */
  const settle = (): void => {
    const first = above.shift();
    if (first === undefined) return;
    line = first.line;
    const map = mapHeader(schema, first.fields, first.line);
    setHeader(map);
    for (const row of above.splice(0)) dataRow(row.fields, row.line, map);
  };

  const syntaxErrors = await source((fields, rowLine) => {
    line = rowLine;
    if (header === undefined && /^sep=/i.test(fields[0] ?? '') && fields.length <= 2) return; // Excel's "sep=;" line
    if (header === undefined && schema.comments === true && (fields[0] ?? '').startsWith('#')) return;
    if (header === undefined) {
      const map = mapHeader(schema, fields, rowLine);
      const complete = !map.issues.some((i) => i.rule === 'missing-column');
      if (!complete && above.length < TITLE_ROWS) {
        above.push({ fields, line: rowLine });
        return;
      }
      if (complete && above.length > 0) {
        titleRows = true;
        push({ file: label, line: rowLine, column: '*', value: '', rule: 'title-rows', params: { first: String(above[0]?.line ?? 1), last: String(above.at(-1)?.line ?? 1) } });
        above.length = 0;
        setHeader(map);
        return;
      }
      if (!complete) {
        settle();
        if (header !== undefined) dataRow(fields, rowLine, header);
        return;
      }
      setHeader(map);
      return;
    }
    dataRow(fields, rowLine, header);
  }, handlers.afterChunk);
  if (header === undefined) settle();
  if (header === undefined) push({ file: label, line: 1, column: '*', value: '', rule: 'empty-file' });
  // One message per line and kind, in the steward's language where papaparse's code is known.
  const said = new Set<string>();
  for (const e of syntaxErrors) {
    const rule = e.code === 'MissingQuotes' || e.code === 'InvalidQuotes' ? 'csv-quote' : 'csv-syntax';
    if (said.has(`${e.line}|${rule}`)) continue;
    said.add(`${e.line}|${rule}`);
    push({ file: label, line: e.line, column: '*', value: '', rule, ...(rule === 'csv-syntax' ? { params: { detail: e.message } } : {}) });
  }
  // Day/month order, per column, from the whole column (and month-first evidence anywhere in the file).
  const fileMonthFirst = [...dateOrders.values()].find((e) => e.monthFirst !== undefined)?.monthFirst;
  for (const [key, evidence] of dateOrders) {
    const verdict = evidence.verdict(fileMonthFirst);
    if (verdict !== undefined) push({ file: label, line: verdict.line, column: headerByKey.get(key) ?? key, value: verdict.value, rule: verdict.rule, params: verdict.params });
  }
  const warnings: Issue[] = [];
  const copy = copies?.longestCopy();
  if (copy !== undefined) {
    warnings.push({ file: label, line: copy.from, column: headerByKey.get('id') ?? 'id', value: '', rule: 'copied-rows', params: { rows: String(copy.rows), from: String(copy.from), to: String(copy.to), of: String(copy.of), ofTo: String(copy.ofTo) } });
  }
  return { issues, dropped, rows, accepted, demo, warnings };
}
