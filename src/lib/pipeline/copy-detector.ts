// Finds an export pasted below itself with fresh ids: a block of rows equal to an earlier block in
// everything but the id. One 32-bit hash per row while streaming; the comparison runs once at the end.

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

export class CopyDetector {
  private hashes = new Int32Array(4096);
  private lines = new Int32Array(4096);
  private n = 0;
  private readonly skip: number;

  /** `skip`: index of the id field, left out of the comparison. */
  constructor(skip: number) {
    this.skip = skip;
  }

  add(fields: readonly string[], line: number): void {
    let h = 0x811c9dc5;
    for (let f = 0; f < fields.length; f++) {
      if (f === this.skip) continue;
      const v = fields[f] as string;
      for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0x1f, 0x01000193);
    }
    if (this.n === this.hashes.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hashes = grow(this.hashes);
      this.lines = grow(this.lines);
    }
    this.hashes[this.n] = h;
    this.lines[this.n] = line;
    this.n++;
  }

  /** The longest block that repeats an earlier one, if it is long enough to be a pasted copy. */
  longestCopy(): CopiedBlock | undefined {
    const first = new Map<number, number>();
    let best: { start: number; source: number; length: number } | undefined;
    let runStart = -1;
    let runSource = -1;
    let previousSource = -2;
    for (let i = 0; i < this.n; i++) {
      const h = this.hashes[i] as number;
      const earlier = first.get(h);
      if (earlier === undefined) first.set(h, i);
      // A row continues the run when it repeats the row right after the one the previous row repeated.
      const source = earlier === undefined ? -1 : runStart >= 0 && this.hashes[previousSource + 1] === h && previousSource + 1 < i ? previousSource + 1 : earlier;
      if (source >= 0 && runStart >= 0 && source === previousSource + 1) {
        previousSource = source;
      } else if (source >= 0) {
        runStart = i;
        runSource = source;
        previousSource = source;
      } else {
        runStart = -1;
        previousSource = -2;
      }
      if (runStart >= 0) {
        const length = i - runStart + 1;
        if (best === undefined || length > best.length) best = { start: runStart, source: runSource, length };
      }
    }
    if (best === undefined || best.length < MIN_COPIED_ROWS) return undefined;
    const line = (i: number): number => this.lines[i] as number;
    return { from: line(best.start), to: line(best.start + best.length - 1), of: line(best.source), ofTo: line(best.source + best.length - 1), rows: best.length };
  }
}
