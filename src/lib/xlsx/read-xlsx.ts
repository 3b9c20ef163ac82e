// Reads the rows of one sheet of an .xlsx workbook: the small parts whole, the sheet itself streamed
// (inflated piece by piece into a SAX parser), so a large sheet is never held as one string.
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { excelSerialToIso } from './xlsx-dates.ts';
import { localName, readDateStyles, readSharedStrings, readWorkbook } from './xlsx-parts.ts';

/** Called for every row that has a value, with the spreadsheet's own row number. */
export type XlsxRowHandler = (fields: string[], row: number) => void;

/** A workbook this reader cannot open; the message is for the steward. */
export class XlsxError extends Error {}

const SLICE = 1 << 18;

/** Column index of a cell reference such as "C5" or "AA12" (0-based). */
export function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** The sheet to read: the one named like the file (signings.xlsx -> "signings"), else the first. */
export function chooseSheet(sheets: readonly { name: string; target: string }[], base: string): { name: string; target: string } | undefined {
  const wanted = base.toLowerCase();
  return sheets.find((s) => s.name.trim().toLowerCase() === wanted) ?? sheets[0];
}

/** Text of a number cell as a steward would read it: no float noise (0.1 + 0.2 shows 0.3). */
function numberText(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

export async function readXlsx(bytes: Uint8Array, base: string, onRow: XlsxRowHandler, afterChunk?: () => Promise<void> | undefined): Promise<{ sheet: string }> {
  const small = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml']);
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (f) => small.has(f.name) });
  } catch {
    throw new XlsxError('not-a-workbook');
  }
  const text = (name: string): string | undefined => (parts[name] === undefined ? undefined : new TextDecoder().decode(parts[name]));
  const workbookXml = text('xl/workbook.xml');
  const relsXml = text('xl/_rels/workbook.xml.rels');
  if (workbookXml === undefined || relsXml === undefined) throw new XlsxError('not-a-workbook');
  const workbook = readWorkbook(workbookXml, relsXml);
  const sheet = chooseSheet(workbook.sheets, base);
  if (sheet === undefined) throw new XlsxError('no-sheet');
  const shared = readSharedStrings(text('xl/sharedStrings.xml') ?? '<sst/>');
  const dateStyles = readDateStyles(text('xl/styles.xml') ?? '<styleSheet/>');

  // Row state: reused across rows; the hot path allocates only the fields array.
  let rowNumber = 0;
  let fields: string[] = [];
  let col = -1;
  let type = '';
  let style = 0;
  let value = '';
  let capture = false;
  let inInline = false;
  let width = -1;
  const sax = new SaxesParser();
  sax.on('opentag', (tag) => {
    const name = localName(tag.name);
    if (name === 'row') {
      const r = Number(tag.attributes['r']);
      rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
      fields = [];
      col = -1;
    } else if (name === 'c') {
      const ref = tag.attributes['r'];
      col = typeof ref === 'string' ? columnIndex(ref) : col + 1;
      type = String(tag.attributes['t'] ?? 'n');
      style = Number(tag.attributes['s'] ?? 0);
      value = '';
    } else if (name === 'v') capture = true;
    else if (name === 'is') inInline = true;
    else if (name === 't' && inInline) capture = true;
  });
  sax.on('text', (t) => {
    if (capture) value += t;
  });
  sax.on('closetag', (tag) => {
    const name = localName(tag.name);
    if (name === 'v' || name === 't') capture = false;
    else if (name === 'is') inInline = false;
    else if (name === 'c') fields[col] = cellText();
    else if (name === 'row') emitRow();
  });
  const cellText = (): string => {
    switch (type) {
      case 's':
        return shared[Number(value)] ?? '';
      case 'b':
        return value === '1' ? 'TRUE' : 'FALSE';
      case 'd':
        return value.slice(0, 10);
      case 'str':
      case 'inlineStr':
      case 'e':
        return value;
      default:
        if (value === '') return '';
        if (dateStyles[style] === true) return excelSerialToIso(Number(value), workbook.date1904) ?? numberText(value);
        return numberText(value);
    }
  };
  const emitRow = (): void => {
    let last = fields.length - 1;
    while (last >= 0 && (fields[last] ?? '') === '') last--;
    if (last < 0) return;
    // The first row with a value fixes the width: cells left blank at the end of a row are simply absent in the sheet.
    if (width < 0) width = last + 1;
    const out = new Array<string>(Math.max(width, last + 1));
    for (let i = 0; i < out.length; i++) out[i] = fields[i] ?? '';
    onRow(out, rowNumber);
  };

  let failed: unknown;
  let found = false;
  const decoder = new TextDecoder();
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    if (file.name !== sheet.target) return;
    found = true;
    file.ondata = (err, chunk, final) => {
      if (failed !== undefined) return;
      try {
        if (err) throw err;
        sax.write(decoder.decode(chunk, { stream: !final }));
        if (final) sax.close();
      } catch (e) {
        failed = e;
      }
    };
    file.start();
  };
  for (let at = 0; at < bytes.length && failed === undefined; at += SLICE) {
    unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
    const wait = afterChunk?.();
    if (wait !== undefined) await wait;
  }
  if (failed !== undefined) throw new XlsxError(failed instanceof Error && !(failed instanceof XlsxError) && /xml|sax/i.test(failed.message) ? 'bad-xml' : 'not-a-workbook');
  if (!found) throw new XlsxError('no-sheet');
  return { sheet: sheet.name };
}
