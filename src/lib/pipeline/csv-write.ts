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
