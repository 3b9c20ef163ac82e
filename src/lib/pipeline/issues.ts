// A problem found in the input, located by file, line and column, with the rule it breaks.
import { messages, type Rule } from './messages.ts';
import { invisibleChars } from './invisible-chars.ts';
import type { AuthoredLang } from '../../i18n/langs.ts';

// Stewards read messages in the languages the site's texts are written in.
export type Lang = AuthoredLang;

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


/** Shows invisible characters as \uXXXX: a message must name what it refuses and stay one line in a terminal. */
export function visible(text: string): string {
  return text.replace(invisibleChars, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Quotes a value for a message: trimmed to 60 characters, invisible characters made visible. */
export function quote(value: string): string {
  const shown = visible(value);
  const cut = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  return `"${cut}"`;
}

/** One line per issue, `FILE:LINE: COLUMN: message [rule]`, in the steward's language; input echoed in it is made visible. */
export function formatIssue(issue: Issue, lang: Lang): string {
  const params = Object.fromEntries(Object.entries(issue.params ?? {}).map(([key, text]) => [key, visible(text)]));
  const text = messages[issue.rule][lang]({ value: quote(issue.value), ...params });
  return `${issue.file}:${issue.line}: ${visible(issue.column)}: ${text} [${issue.rule}]`;
}

/** Stable order for reporting: by file, line, then column. */
export function compareIssues(a: Issue, b: Issue): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column.localeCompare(b.column) || a.rule.localeCompare(b.rule);
}
