// Turns a file's column plan into one straight-line function per file, so the million-row hot path has
// no loop over columns, no megamorphic calls and no computed property names.
import type { Rule } from './messages.ts';
import { StringMemo } from './string-table.ts';
import type { ColumnParser, Parsed, Value } from './value-parsers.ts';

export interface PlanStep {
  readonly key: string;
  readonly index: number;
  readonly required: boolean;
  readonly parser: ColumnParser;
}

export type ReportValue = (columnKey: string, value: string, rule: Rule, params?: Record<string, string>) => void;
export type RowReader = (fields: readonly string[], record: Record<string, Value | undefined>, report: ReportValue) => void;

/** Trims only when the value has edge whitespace (most values do not); a no-break space (Excel's) counts as whitespace. */
export function trimmed(cell: string): string {
  if (cell.length === 0) return cell;
  const a = cell.charCodeAt(0);
  const b = cell.charCodeAt(cell.length - 1);
  return a > 32 && b > 32 && a !== 160 && b !== 160 ? cell : cell.trim();
}

/** Compiles the plan of one file. Keys come from the schemas in this repository, never from input. */
export function compileRowReader(plan: readonly PlanStep[]): RowReader {
  const lines: string[] = ['let raw, p;'];
  plan.forEach((step, i) => {
    if (!/^[a-z_]+$/.test(step.key)) throw new Error(`unexpected column key ${step.key}`);
    const key = JSON.stringify(step.key);
    const parse = step.parser.memoise ? `memos[${i}].get(raw, parsers[${i}])` : `parsers[${i}](raw)`;
    lines.push(
      `raw = trimmed(fields[${step.index}]);`,
      `if (raw === '') { record.${step.key} = undefined;${step.required ? ` report(${key}, raw, 'required');` : ''} }`,
      `else { p = ${parse}; if (p.ok) record.${step.key} = p.value; else { record.${step.key} = undefined; report(${key}, raw, p.rule, p.params); } }`,
    );
  });
  const memos = plan.map(() => new StringMemo<Parsed>());
  const parsers = plan.map((step) => step.parser.parse);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is built from this repository's schema keys (checked above), never from input
  const factory = new Function('memos', 'parsers', 'trimmed', `return function readRow(fields, record, report) {\n${lines.join('\n')}\n};`) as (
    m: typeof memos,
    p: typeof parsers,
    t: typeof trimmed,
  ) => RowReader;
  return factory(memos, parsers, trimmed);
}
