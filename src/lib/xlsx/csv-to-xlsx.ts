// A published CSV as an .xlsx workbook: plain decimal numbers become number cells (so Excel in an Indonesian
// locale does not read 1.5 as fifteen), while ids, codes, dates and everything else stay text.
import Papa from 'papaparse';
import { writeXlsx, type Cell } from './write-xlsx.ts';

const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/;

/** Columns that hold identifiers even when they look like numbers (a BPS code is not a quantity). */
const isTextColumn = (name: string): boolean => name === 'id' || name.endsWith('_id') || name.endsWith('code') || name === 'year';

export function csvToXlsx(csv: string, sheetName: string): Promise<Uint8Array> {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [head = [], ...rows] = parsed.data;
  const text = head.map(isTextColumn);
  // Converted row by row as the sheet is written: the national signings file has 160,000 rows.
  const cells = function* (): Generator<Cell[]> {
    for (const row of rows) yield row.map((value, i): Cell => (!text[i] && NUMBER.test(value) ? Number(value) : value));
  };
  return writeXlsx([{ name: sheetName, head, rows: cells() }]);
}
