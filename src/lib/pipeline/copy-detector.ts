// Finds an export pasted below itself (or below an earlier export of the same office) with fresh ids: a run
// of rows equal, in everything but the id, to the rows the file starts with. One short comparison per row
// (most rows differ from the next expected one in their first fields); the first rows are kept to compare.

/** A copied block: `rows` rows from line `from` repeat the rows from line `of`. */
export interface CopiedBlock {
  readonly from: number;
  readonly to: number;
  readonly of: number;
  readonly ofTo: number;
  readonly rows: number;
}

/** Shorter runs of equal rows happen (two civil servants in one case); ten in a row do not. */
export const MIN_COPIED_ROWS = 10;
/**
 * How many of the file's first rows are kept to compare against. Kept small: holding 20,000 rows alive cost
 * 8 % of the ingest's time in garbage collection; a longer copy is still reported, as its first 1,000 rows.
 */
const HEAD_ROWS = 1000;

export class CopyDetector {
  private readonly head: (readonly string[])[] = [];
  private readonly headLines: number[] = [];
  private readonly skip: number;
  private run = 0;
  private runFrom = 0;
  private lastLine = 0;
  private best: CopiedBlock | undefined;
  private rows = 0;

  /** `skip`: index of the id field, left out of the comparison. */
  constructor(skip: number) {
    this.skip = skip;
  }

  add(fields: readonly string[], line: number): void {
    this.rows++;
    if (this.run > 0) {
      const expected = this.head[this.run];
      if (expected !== undefined && this.same(fields, expected)) this.extend(line);
      else this.run = 0;
    }
    if (this.run === 0 && this.head.length > 0) {
      const first = this.head[0] as readonly string[];
      if (this.same(fields, first)) {
        this.runFrom = line;
        this.extend(line);
      }
    }
    if (this.head.length < HEAD_ROWS) {
      this.head.push(fields);
      this.headLines.push(line);
    }
    this.lastLine = line;
  }

  private extend(line: number): void {
    this.run++;
    if (this.best === undefined || this.run > this.best.rows) {
      this.best = { from: this.runFrom, to: line, of: this.headLines[0] as number, ofTo: this.headLines[this.run - 1] as number, rows: this.run };
    }
  }

  private same(a: readonly string[], b: readonly string[]): boolean {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (i !== this.skip && a[i] !== b[i]) return false;
    return true;
  }

  /** The longest run that repeats the file's first rows, if long enough to be a pasted copy (or the file exactly doubled). */
  longestCopy(): CopiedBlock | undefined {
    const best = this.best;
    if (best === undefined) return undefined;
    const doubled = best.to === this.lastLine && best.rows * 2 >= this.rows && best.rows >= 3;
    return best.rows >= MIN_COPIED_ROWS || doubled ? best : undefined;
  }
}
