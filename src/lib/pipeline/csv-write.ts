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
}

/**
 * The one writer of published CSV lines: every published file is (columns, typed rows) through here.
 * Compiled once per file into one template literal, as the row reader is, because cases.csv writes a line
 * per row of a million-row file and a loop over column closures was ten times slower than the line it replaced.
 */
export function csvRowWriter<R>(columns: readonly OutputColumn<R>[]): (row: R) => string {
  const parts = columns.map((c, i) => {
    if (c.field !== undefined && !/^[a-z_]+$/.test(c.field)) throw new Error(`unexpected field ${c.field}`);
    const value = c.field !== undefined ? `row.${c.field}` : `cells[${i}](row)`;
    return c.plain === true ? `\${(v = ${value}) === undefined || v === null ? '' : v === true ? 'yes' : v === false ? 'no' : v}` : `\${csvField(${value})}`;
  });
  const cells = columns.map((c) => c.cell);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code is built from this repository's schema keys (checked above), never from input
  const factory = new Function('cells', 'csvField', `return function csvRow(row) {\n  let v;\n  return \`${parts.join(',')}\\n\`;\n};`) as (c: typeof cells, f: typeof csvField) => (row: R) => string;
  return factory(cells, csvField);
}

/** The header line of a published file. */
export function csvHeader<R>(columns: readonly OutputColumn<R>[]): string {
  return csvLine(columns.map((c) => c.name));
}

/** A whole published CSV file: the columns' header, then one line per row. */
export function csvFile<R>(columns: readonly OutputColumn<R>[], rows: readonly R[]): string {
  const line = csvRowWriter(columns);
  return csvHeader(columns) + rows.map(line).join('');
}
