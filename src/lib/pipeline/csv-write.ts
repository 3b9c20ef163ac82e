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

/** One published column: its header and how a row fills it. */
export interface OutputColumn<R> {
  readonly name: string;
  readonly cell: (row: R) => string | number | boolean | undefined | null;
}

/** The one writer of published CSV lines: every published file is (columns, typed rows) through here. */
export function csvRow<R>(columns: readonly OutputColumn<R>[], row: R): string {
  return csvLine(columns.map((c) => c.cell(row)));
}

/** The header line of a published file. */
export function csvHeader<R>(columns: readonly OutputColumn<R>[]): string {
  return csvLine(columns.map((c) => c.name));
}

/** A whole published CSV file: the columns' header, then one line per row. */
export function csvFile<R>(columns: readonly OutputColumn<R>[], rows: readonly R[]): string {
  return csvHeader(columns) + rows.map((row) => csvRow(columns, row)).join('');
}
