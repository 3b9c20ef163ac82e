// Ingests one CSV file: header mapping, per-value parsing, row rules; accepted rows go to the caller.
import type { FileSchema } from '../schema/column.ts';
import type { CheckedRow, KeyOf, RowOf } from '../schema/row-of.ts';
import { CappedIssues } from './capped-issues.ts';
import type { IngestContext } from './context.ts';
import type { CsvSyntaxError } from './csv-stream.ts';
import { CopyDetector } from './copy-detector.ts';
import type { LineCursor } from './date-order.ts';
import { copyWarnings, dateOrderIssues, syntaxIssues } from './file-end-issues.ts';
import { mapHeader, type HeaderMap } from './header-map.ts';
import { noHeaderPlan, planHeader, type HeaderPlan, type Twin } from './header-plan.ts';
import type { RowSource } from './input-source.ts';
import type { Issue } from './issues.ts';
import type { Rule } from './messages.ts';
import { IdRegistry } from './string-table.ts';
import { trimmed } from './row-reader.ts';
import type { Value } from './value-parsers.ts';

export { ISSUES_PER_RULE } from './capped-issues.ts';

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

/** Ingests the rows of `source`; `label` is the file as the steward named it (signings.csv or signings.xlsx). */
export async function ingestFile<S extends FileSchema>(schema: S, label: string, source: RowSource, ctx: IngestContext, handlers: FileHandlers<S>): Promise<FileResult> {
  const file = new FileIngest(schema, label, ctx, handlers);
  const syntaxErrors = await source((fields, rowLine) => file.onRow(fields, rowLine), handlers.afterChunk);
  return file.finish(syntaxErrors);
}

const rawAt = (fields: readonly string[], index: number): string => (index < 0 ? '' : trimmed(fields[index] ?? ''));

/** One file's read: header detection, then each data row through the plan, the shared rules and the file's own. */
class FileIngest<S extends FileSchema> {
  private readonly sink = new CappedIssues();
  private header: HeaderMap | undefined;
  private plan: HeaderPlan = noHeaderPlan;
  private rows = 0;
  private accepted = 0;
  private demo = 0;
  private readonly ids = new IdRegistry();
  private readonly checksIds: boolean;
  private readonly hasProvenance: boolean;
  private copies: CopyDetector | undefined;
  private titleRows = false;
  private readonly cursor: LineCursor = { line: 0 };
  // Per-row state lives outside the row callback: the hot path allocates only the record.
  private line = 0;
  private ok = true;
  private readonly report: Report;
  // One record reused for every row: handlers read it synchronously and copy what they keep.
  // Every key is present from the start, so the object keeps one shape.
  private readonly record: Record<string, Value | undefined>;
  /** Rows above a header that maps (title rows an export puts on top), held until the header is found. */
  private readonly above: { fields: readonly string[]; line: number }[] = [];
  private readonly schema: S;
  private readonly label: string;
  private readonly ctx: IngestContext;
  private readonly handlers: FileHandlers<S>;

  constructor(schema: S, label: string, ctx: IngestContext, handlers: FileHandlers<S>) {
    this.schema = schema;
    this.label = label;
    this.ctx = ctx;
    this.handlers = handlers;
    this.checksIds = schema.columns.some((c) => c.kind === 'id' && c.key === 'id');
    this.hasProvenance = schema.columns.some((c) => c.key === 'demo');
    this.record = Object.fromEntries(schema.columns.map((c) => [c.key, undefined]));
    this.report = (columnKey, value, rule, params) => {
      this.ok = false;
      this.sink.push({ file: label, line: this.line, column: this.plan.headerByKey.get(columnKey) ?? columnKey, value, rule, ...(params ? { params } : {}) });
    };
  }

  /** Each row of the file: a `sep=` line, comments and title rows above the header, the header, then data. */
  onRow(fields: readonly string[], rowLine: number): void {
    this.line = rowLine;
    if (this.header !== undefined) return this.dataRow(fields, rowLine, this.header);
    if (/^sep=/i.test(fields[0] ?? '') && fields.length <= 2) return; // Excel's "sep=;" line
    if (this.schema.comments === true && (fields[0] ?? '').startsWith('#')) return;
    const map = mapHeader(this.schema, fields, rowLine);
    const complete = !map.issues.some((i) => i.rule === 'missing-column');
    if (!complete && this.above.length < TITLE_ROWS) {
      this.above.push({ fields, line: rowLine });
      return;
    }
    if (complete && this.above.length > 0) {
      this.titleRows = true;
      this.sink.push({ file: this.label, line: rowLine, column: '*', value: '', rule: 'title-rows', params: { first: String(this.above[0]?.line ?? 1), last: String(this.above.at(-1)?.line ?? 1) } });
      this.above.length = 0;
      this.setHeader(map);
      return;
    }
    if (!complete) {
      this.settle();
      if (this.header !== undefined) this.dataRow(fields, rowLine, this.header);
      return;
    }
    this.setHeader(map);
  }

  private setHeader(map: HeaderMap): void {
    this.header = map;
    for (const issue of map.issues) this.sink.push({ ...issue, file: this.label });
    this.plan = planHeader(map, this.ctx, this.cursor);
    if (this.checksIds) this.copies = new CopyDetector(this.plan.indexOf.get('id') ?? -1);
  }

  /** The first rows, when none has mapped as the header: the first is the header after all. */
  private settle(): void {
    const first = this.above.shift();
    if (first === undefined) return;
    this.line = first.line;
    const map = mapHeader(this.schema, first.fields, first.line);
    this.setHeader(map);
    for (const row of this.above.splice(0)) this.dataRow(row.fields, row.line, map);
  }

  private dataRow(fields: readonly string[], rowLine: number, map: HeaderMap): void {
    this.line = rowLine;
    this.rows++;
    if (fields.length !== map.width) {
      this.sink.push({ file: this.label, line: rowLine, column: '*', value: fields.join(',').slice(0, 80), rule: 'field-count', params: { found: String(fields.length), expected: String(map.width) } });
      return;
    }
    this.ok = true;
    this.cursor.line = rowLine;
    this.copies?.add(fields, rowLine);
    const { plan, record, report } = this;
    plan.readRow(fields, record, report);
    if (plan.twins.length > 0) for (let t = 0; t < plan.twins.length; t++) this.checkTwin(plan.twins[t] as Twin, fields);
    const id = record['id'];
    if (this.checksIds && typeof id === 'string') {
      const first = this.ids.register(id, rowLine);
      if (first !== 0) report('id', id, 'duplicate-id', { first: String(first) });
    }
    if (this.hasProvenance && record['demo'] !== true && rawAt(fields, plan.sourceIndex) === '' && rawAt(fields, plan.sourceUrlIndex) === '') report('source', '', 'missing-source');
    // The row reader fills exactly the schema's keys, each with a value of its column's kind (or undefined).
    const row = record as CheckedRow<S>;
    this.handlers.check?.(row, rowLine, report, (key) => rawAt(fields, plan.indexOf.get(key) ?? -1));
    if (this.ok && map.issues.length === 0 && !this.titleRows) {
      this.accepted++;
      if (record['demo'] === true) this.demo++;
      // Every rule passed: required values are present.
      this.handlers.accept(row as RowOf<S>, rowLine);
    }
  }

  /** Kode Kecamatan beside Nama Kecamatan: both read, and they must name the same kecamatan. */
  private checkTwin(twin: Twin, fields: readonly string[]): void {
    const raw = trimmed(fields[twin.index] ?? '');
    if (raw === '') return;
    const parsed = twin.parser.memoise ? twin.memo.get(raw, twin.parser.parse) : twin.parser.parse(raw);
    const push = (issue: Omit<Issue, 'file' | 'line' | 'column'>): void => {
      this.ok = false;
      this.sink.push({ file: this.label, line: this.line, column: twin.header, ...issue });
    };
    if (!parsed.ok) push({ value: raw, rule: parsed.rule, ...(parsed.params ? { params: parsed.params } : {}) });
    else if (this.record[twin.column.key] !== undefined && parsed.value !== this.record[twin.column.key]) {
      push({ value: raw, rule: 'area-columns-disagree', params: { other: twin.of, otherValue: rawAt(fields, twin.mainIndex) } });
    }
  }

  /** The file read to the end: the issues only its whole can show, and the counts. */
  finish(syntaxErrors: readonly CsvSyntaxError[]): FileResult {
    if (this.header === undefined) this.settle();
    if (this.header === undefined) this.sink.push({ file: this.label, line: 1, column: '*', value: '', rule: 'empty-file' });
    for (const issue of [...syntaxIssues(this.label, syntaxErrors), ...dateOrderIssues(this.label, this.plan)]) this.sink.push(issue);
    const { issues, dropped } = this.sink;
    return { issues, dropped, rows: this.rows, accepted: this.accepted, demo: this.demo, warnings: copyWarnings(this.label, this.copies, this.plan) };
  }
}
