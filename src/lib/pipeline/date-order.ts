// Day/month order decided per column from the evidence of the whole column, never guessed per value:
// 13/02/2018 can only be day-first, 2/13/2018 only month-first, 2/11/2018 either. Evidence is taken once
// per distinct value (the date parser is memoised), with the line where the value first appears.

const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

export interface DateSample {
  readonly value: string;
  readonly line: number;
}

/** Where the ingest is in the file; set once per row, read when a new value is seen. */
export interface LineCursor {
  line: number;
}

export interface OrderVerdict {
  readonly rule: 'mixed-date-order' | 'month-first-ambiguous' | 'date-order-unclear';
  readonly line: number;
  readonly value: string;
  readonly params: Record<string, string>;
}

/** Distinct ambiguous dates needed before their pattern is taken as evidence. */
const MIN_PATTERN = 10;
/** Distinct ambiguous dates with no day above 12 that a day-first column all but never shows (0.39^30). */
const MIN_NO_HIGH_DAY = 30;

export class DateOrderEvidence {
  dayFirst: DateSample | undefined;
  monthFirst: DateSample | undefined;
  ambiguous: DateSample | undefined;
  private readonly ambiguousParts: [number, number, number][] = [];
  /** Year-months of dates whose reading is certain (ISO, spelled, or unambiguous numeric). */
  private readonly months = new Set<string>();
  private readonly cursor: LineCursor;

  constructor(cursor: LineCursor) {
    this.cursor = cursor;
  }

  /** Records one distinct raw value; returns the month-first ISO reading of 2/13/2018-like values. */
  see(raw: string, iso: string | undefined): string | undefined {
    const m = numeric.exec(raw);
    if (m === null) {
      if (iso !== undefined) this.months.add(iso.slice(0, 7));
      return undefined;
    }
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const sample = { value: raw, line: this.cursor.line };
    if (a > 12 && b <= 12) {
      this.dayFirst ??= sample;
      this.months.add(`${y}-${pad(b)}`);
    } else if (b > 12 && a <= 12) {
      this.monthFirst ??= sample;
      this.months.add(`${y}-${pad(a)}`);
      const last = new Date(Date.UTC(y, a, 0)).getUTCDate();
      return b <= last ? `${y}-${pad(a)}-${pad(b)}` : undefined;
    } else if (a <= 12 && b <= 12 && a > 0 && b > 0) {
      this.ambiguous ??= sample;
      this.ambiguousParts.push([a, b, y]);
    }
    return undefined;
  }

  /** Why the column cannot be read safely, if it cannot; `fileMonthFirst` is month-first evidence in another column. */
  verdict(fileMonthFirst: DateSample | undefined): OrderVerdict | undefined {
    const { dayFirst, monthFirst, ambiguous } = this;
    if (dayFirst !== undefined && monthFirst !== undefined) {
      return { rule: 'mixed-date-order', line: monthFirst.line, value: monthFirst.value, params: { dayFirst: dayFirst.value, dayFirstLine: String(dayFirst.line), monthFirstLine: String(monthFirst.line) } };
    }
    if (ambiguous === undefined) return undefined;
    const other = monthFirst ?? fileMonthFirst;
    const count = String(this.ambiguousParts.length);
    if (other !== undefined) {
      return { rule: 'month-first-ambiguous', line: ambiguous.line, value: ambiguous.value, params: { monthFirst: other.value, monthFirstLine: String(other.line), count } };
    }
    // No explicit month-first value, but a pattern only a month-first export gives: the ambiguous dates fit the
    // months of the certain dates when read month-first and not when read day-first, or none has a day above 12.
    const n = this.ambiguousParts.length;
    if (n >= MIN_PATTERN && this.months.size > 0) {
      let dayFirstFits = 0;
      let monthFirstFits = 0;
      for (const [a, b, y] of this.ambiguousParts) {
        if (this.months.has(`${y}-${pad(b)}`)) dayFirstFits++;
        if (this.months.has(`${y}-${pad(a)}`)) monthFirstFits++;
      }
      if (monthFirstFits >= 0.9 * n && dayFirstFits < 0.6 * n) return { rule: 'date-order-unclear', line: ambiguous.line, value: ambiguous.value, params: { count, reason: 'months' } };
    }
    if (n >= MIN_NO_HIGH_DAY && dayFirst === undefined) return { rule: 'date-order-unclear', line: ambiguous.line, value: ambiguous.value, params: { count, reason: 'no-high-day' } };
    return undefined;
  }
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
