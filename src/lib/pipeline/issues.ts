// A problem found in the input, located by file, line and column, with the rule it breaks.
import { messages, type Rule } from './messages.ts';

export type Lang = 'id' | 'en';

export interface Issue {
  readonly file: string;
  /** 1-based physical line in the file; the header is line 1. */
  readonly line: number;
  /** Header of the column as the steward wrote it, or "*" for the whole row or file. */
  readonly column: string;
  readonly value: string;
  readonly rule: Rule;
  readonly params?: Readonly<Record<string, string>>;
}

/** Quotes a value for a message: trimmed to 60 characters, control characters made visible. */
export function quote(value: string): string {
  const visible = value.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const cut = visible.length > 60 ? `${visible.slice(0, 57)}...` : visible;
  return `"${cut}"`;
}

/** One line per issue, `FILE:LINE: COLUMN: message [rule]`, in the steward's language. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const text = messages[issue.rule][lang]({ value: quote(issue.value), ...issue.params });
  return `${issue.file}:${issue.line}: ${issue.column}: ${text} [${issue.rule}]`;
}

/** Stable order for reporting: by file, line, then column. */
export function compareIssues(a: Issue, b: Issue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column.localeCompare(b.column) || a.rule.localeCompare(b.rule);
}
