// Writes normalised CSV: RFC 4180 quoting, LF line ends, a fixed column order.

/** Quotes a field only when it must be: separators, quotes, line breaks or edge spaces. */
export function csvField(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
  return /[",\n\r]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its newline) from values in column order. */
export function csvLine(values: readonly (string | number | boolean | undefined | null)[]): string {
  return `${values.map(csvField).join(',')}\n`;
}

/** A whole CSV text from a header and rows. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | number | boolean | undefined | null)[])[]): string {
  return csvLine(header) + rows.map(csvLine).join('');
}

export type Cell = string | number | boolean | undefined | null;

/** One published column: its header and how a row fills it. */
export interface OutputColumn<R> {
  readonly name: string;
  readonly cell: (row: R) => Cell;
  /** Codes, keys, ISO dates, numbers and flags never need quoting: written as they are. */
  readonly plain?: boolean;
  /** Set when the cell is the row's own field of that name, so the compiled writer reads it directly. */
  readonly field?: string;
  /**
   * Set when the cell depends on that field of the row alone (a kecamatan's city and name depend on its code):
   * a run of such columns with the same field is written once per distinct value and then reused.
   */
  readonly of?: string;
}

/** Distinct values whose cells a writer keeps; past it, cells are written afresh for each row. */
const SEGMENT_MEMO = 1 << 16;

/** A value as a cell of a plain column: no quoting. */
const plainCell = (v: Cell): string => (v === undefined || v === null ? '' : v === true ? 'yes' : v === false ? 'no' : String(v));

/**
 * The one writer of published CSV lines: every published file is (columns, typed rows) through here.
 * Compiled once per file into one template literal, as the row reader is, because cases.csv writes a line
 * per row of a million-row file and a loop over column closures was ten times slower than the line it replaced.
 */
export function csvRowWriter<R>(columns: readonly OutputColumn<R>[]): (row: R) => string {
  for (const c of columns) for (const key of [c.field, c.of]) if (key !== undefined && !/^[a-z_]+$/.test(key)) throw new Error(`unexpected field ${key}`);
  // Consecutive columns that depend on the same field form one segment, written once per value of it.
  const segments: { of: string; columns: OutputColumn<R>[] }[] = [];
  const parts: string[] = [];
  columns.forEach((c, i) => {
    if (c.of !== undefined) {
      const last = segments.at(-1);
      if (last !== undefined && columns[i - 1]?.of === c.of) last.columns.push(c);
      else {
        segments.push({ of: c.of, columns: [c] });
        parts.push(segmentPart(segments.length - 1, c.of));
      }
      return;
    }
    const value = c.field !== undefined ? `row.${c.field}` : `cells[${i}](row)`;
    parts.push(c.plain === true ? `\${(v = ${value}) === undefined || v === null ? '' : v === true ? 'yes' : v === false ? 'no' : v}` : `\${csvField(${value})}`);
  });
  const cells = columns.map((c) => c.cell);
  const memos = segments.map(() => new Map<unknown, string>());
  const segmentText = segments.map(({ of, columns: own }, s) => (row: R): string => {
    const text = own.map((c) => (c.plain === true ? plainCell(c.cell(row)) : csvField(c.cell(row)))).join(',');
    const memo = memos[s]!;
    if (memo.size < SEGMENT_MEMO) memo.set((row as Readonly<Record<string, unknown>>)[of], text);
    return text;
  });
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is built from this repository's schema keys (checked above), never from input
  const factory = new Function('cells', 'csvField', 'memos', 'segmentText', `return function csvRow(row) {\n  let v, t;\n  return \`${parts.join(',')}\\n\`;\n};`) as (
    c: typeof cells,
    f: typeof csvField,
    m: typeof memos,
    t: typeof segmentText,
  ) => (row: R) => string;
  return factory(cells, csvField, memos, segmentText);
}

const segmentPart = (index: number, of: string): string => `\${(t = memos[${index}].get(row.${of})) === undefined ? segmentText[${index}](row) : t}`;

/** The header line of a published file. */
export function csvHeader<R>(columns: readonly OutputColumn<R>[]): string {
  return csvLine(columns.map((c) => c.name));
}

/** A whole published CSV file: the columns' header, then one line per row. */
export function csvFile<R>(columns: readonly OutputColumn<R>[], rows: readonly R[]): string {
  const line = csvRowWriter(columns);
  return csvHeader(columns) + rows.map(line).join('');
}
