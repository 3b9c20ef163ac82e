// The issues of one file, each rule kept in full up to a cap and counted beyond it, so a file with a
// million bad rows still gives a readable list.
import type { Issue } from './issues.ts';
import type { Rule } from './messages.ts';

/** How many issues of one rule a file keeps in full; the rest are counted. */
export const ISSUES_PER_RULE = 200;

export class CappedIssues {
  readonly issues: Issue[] = [];
  /** Issues not kept because a rule fired too often. */
  readonly dropped = new Map<Rule, number>();
  private readonly perRule = new Map<Rule, number>();

  push(issue: Issue): void {
    const n = (this.perRule.get(issue.rule) ?? 0) + 1;
    this.perRule.set(issue.rule, n);
    if (n <= ISSUES_PER_RULE) this.issues.push(issue);
    else this.dropped.set(issue.rule, (this.dropped.get(issue.rule) ?? 0) + 1);
  }
}
