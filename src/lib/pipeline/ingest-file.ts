// Ingests one CSV file: header mapping, per-value parsing, row rules; accepted rows go to the caller.
import type { FileSchema } from '../schema/column.ts';
import type { IngestContext } from './context.ts';
import { streamCsv } from './csv-stream.ts';
import { mapHeader, type HeaderMap } from './header-map.ts';
import type { Issue } from './issues.ts';
import type { Rule } from './messages.ts';
import { parserFor, type Parser, type Value } from './value-parsers.ts';

export type RowRecord = Readonly<Record<string, Value | undefined>>;

/** Reports a problem with the current row, naming the schema column it concerns. */
export type Report = (columnKey: string, value: string, rule: Rule, params?: Record<string, string>) => void;

export interface FileHandlers {
  /** Cross-field rules of the file, run once all values of a row parsed. */
  readonly check?: (record: RowRecord, line: number, report: Report) => void;
  /** Receives each row that passed every rule. */
  readonly accept: (record: RowRecord, line: number) => void;
  /** Called after each parsed chunk; a returned promise pauses parsing until it settles (write back-pressure). */
  readonly afterChunk?: () => Promise<void> | undefined;
}

export interface FileResult {
  readonly issues: Issue[];
  /** Issues not kept because a rule fired too often in one file. */
  readonly dropped: Map<Rule, number>;
  readonly rows: number;
  readonly accepted: number;
}

/** How many issues of one rule a file keeps in full; the rest are counted. */
export const ISSUES_PER_RULE = 200;

export async function ingestFile(schema: FileSchema, input: NodeJS.ReadableStream, delimiter: string, ctx: IngestContext, handlers: FileHandlers): Promise<FileResult> {
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
  let plan: { key: string; index: number; header: string; required: boolean; parse: Parser }[] = [];
  let headerByKey = new Map<string, string>();
  let rows = 0;
  let accepted = 0;
  const firstLineOfId = new Map<string, number>();
  const idColumn = schema.columns.find((c) => c.kind === 'id' && c.key === 'id');
  const hasProvenance = schema.columns.some((c) => c.key === 'demo');
  let indexByKey = new Map<string, number>();
  const rawOf = (fields: readonly string[], key: string): string => {
    const index = indexByKey.get(key);
    return index === undefined ? '' : (fields[index] ?? '').trim();
  };

  const syntaxErrors = await streamCsv(input, delimiter, (fields, line) => {
    if (header === undefined) {
      header = mapHeader(schema, fields);
      for (const issue of header.issues) push(issue);
      plan = header.found.map(({ column, index, header: written }) => ({ key: column.key, index, header: written, required: column.required, parse: parserFor(column, ctx) }));
      headerByKey = new Map(header.found.map((f) => [f.column.key, f.header]));
      indexByKey = new Map(header.found.map((f) => [f.column.key, f.index]));
      return;
    }
    rows++;
    if (fields.length !== header.width) {
      push({ file: schema.file, line, column: '*', value: fields.join(delimiter).slice(0, 80), rule: 'field-count', params: { found: String(fields.length), expected: String(header.width) } });
      return;
    }
    let ok = true;
    const report: Report = (columnKey, value, rule, params) => {
      ok = false;
      push({ file: schema.file, line, column: headerByKey.get(columnKey) ?? columnKey, value, rule, ...(params ? { params } : {}) });
    };
    const record: Record<string, Value | undefined> = {};
    for (let i = 0; i < plan.length; i++) {
      const step = plan[i]!;
      const raw = (fields[step.index] as string).trim();
      if (raw === '') {
        if (step.required) report(step.key, raw, 'required');
        continue;
      }
      const parsed = step.parse(raw);
      if (parsed.ok) record[step.key] = parsed.value;
      else report(step.key, raw, parsed.rule, parsed.params);
    }
    const id = record['id'];
    if (idColumn !== undefined && typeof id === 'string') {
      const first = firstLineOfId.get(id);
      if (first === undefined) firstLineOfId.set(id, line);
      else report('id', id, 'duplicate-id', { first: String(first) });
    }
    if (hasProvenance && record['demo'] !== true && rawOf(fields, 'source') === '' && rawOf(fields, 'source_url') === '') {
      report('source', '', 'missing-source');
    }
    handlers.check?.(record, line, report);
    if (ok && header.issues.length === 0) {
      accepted++;
      handlers.accept(record, line);
    }
  }, handlers.afterChunk);
  if (header === undefined) push({ file: schema.file, line: 1, column: '*', value: '', rule: 'empty-file' });
  for (const e of syntaxErrors) push({ file: schema.file, line: e.line, column: '*', value: '', rule: 'csv-syntax', params: { detail: e.message } });
  return { issues, dropped, rows, accepted };
}
