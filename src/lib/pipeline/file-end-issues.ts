// The issues a file can only be judged on once it is read to the end: CSV syntax, day/month order per
// date column, and a block of rows pasted twice.
import type { CsvSyntaxError } from './csv-stream.ts';
import type { CopyDetector } from './copy-detector.ts';
import type { Issue } from './issues.ts';
import type { HeaderPlan } from './header-plan.ts';

/** One message per line and kind, in the steward's language where papaparse's code is known. */
export function syntaxIssues(label: string, errors: readonly CsvSyntaxError[]): Issue[] {
  const said = new Set<string>();
  const issues: Issue[] = [];
  for (const e of errors) {
    const rule = e.code === 'MissingQuotes' || e.code === 'InvalidQuotes' ? 'csv-quote' : 'csv-syntax';
    if (said.has(`${e.line}|${rule}`)) continue;
    said.add(`${e.line}|${rule}`);
    issues.push({ file: label, line: e.line, column: '*', value: '', rule, ...(rule === 'csv-syntax' ? { params: { detail: e.message } } : {}) });
  }
  return issues;
}

/** Day/month order, per column, from the whole column (and month-first evidence anywhere in the file). */
export function dateOrderIssues(label: string, plan: HeaderPlan): Issue[] {
  const fileMonthFirst = [...plan.dateOrders.values()].find((e) => e.monthFirst !== undefined)?.monthFirst;
  const issues: Issue[] = [];
  for (const [key, evidence] of plan.dateOrders) {
    const verdict = evidence.verdict(fileMonthFirst);
    if (verdict !== undefined) issues.push({ file: label, line: verdict.line, column: plan.headerByKey.get(key) ?? key, value: verdict.value, rule: verdict.rule, params: verdict.params });
  }
  return issues;
}

/** The longest block of rows pasted twice with new ids, as a warning. */
export function copyWarnings(label: string, copies: CopyDetector | undefined, plan: HeaderPlan): Issue[] {
  const copy = copies?.longestCopy();
  if (copy === undefined) return [];
  return [{ file: label, line: copy.from, column: plan.headerByKey.get('id') ?? 'id', value: '', rule: 'copied-rows', params: { rows: String(copy.rows), from: String(copy.from), to: String(copy.to), of: String(copy.of), ofTo: String(copy.ofTo) } }];
}
