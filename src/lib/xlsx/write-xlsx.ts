// A minimal .xlsx writer (Office Open XML, one or more sheets, inline strings, real number cells) so a
// download opens in Excel with numbers as numbers whatever the reader's locale: no "1.234" read as 1,234.
// Deterministic: fixed entry order and timestamps, so the same table always gives the same bytes (zip-entries.ts).
import { zipEntries, type ZipEntry } from './zip-entries.ts';

export type Cell = string | number | boolean | null | undefined;

export interface Sheet {
  /** Shown on the sheet's tab; cut to 31 characters and cleaned of the characters Excel refuses. */
  readonly name: string;
  readonly head: readonly string[];
  /** The rows, read once, in order (a generator lets a large table be converted row by row). */
  readonly rows: Iterable<readonly Cell[]>;
}

/** The workbook's bytes; a large sheet is written and deflated in parts (zip-entries.ts), never whole in memory. */
export function writeXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  if (sheets.length === 0) throw new Error('writeXlsx: a workbook needs at least one sheet');
  const names = uniqueNames(sheets.map((s) => s.name));
  const entry = (name: string, text: string, shared = false): ZipEntry => ({ name, text, shared });
  return zipEntries([
    entry('[Content_Types].xml', contentTypes(sheets.length), true),
    entry('_rels/.rels', `${DECL}<Relationships xmlns="${PKG_RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`, true),
    entry('xl/workbook.xml', `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    entry('xl/_rels/workbook.xml.rels', `${DECL}<Relationships xmlns="${PKG_RELS}">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${DOC_RELS}/styles" Target="styles.xml"/></Relationships>`, true),
    entry('xl/styles.xml', STYLES, true),
    ...sheets.map((sheet, i): ZipEntry => ({ name: `xl/worksheets/sheet${i + 1}.xml`, text: sheetXml(sheet) })),
  ]);
}

/** "A", "B", ..., "Z", "AA": the column letters of a zero-based index. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Rows per part of a sheet's XML: a part is a few hundred kB at most; a sheet of fewer rows is one part. */
const ROWS_PER_PART = 2000;

/** The sheet's XML in parts of ROWS_PER_PART rows, the first with the header, the last with the closing tags. */
function* sheetXml(sheet: Sheet): Generator<string> {
  const row = (cells: readonly Cell[], r: number, style: string): string =>
    `<row r="${r}">${cells.map((c, i) => cell(c, `${columnName(i)}${r}`, style)).join('')}</row>`;
  const pane = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  let part = `${DECL}<worksheet xmlns="${MAIN}">${pane}<sheetData>${row(sheet.head, 1, ' s="1"')}`;
  const rows: string[] = [];
  let r = 2;
  for (const cells of sheet.rows) {
    // A full part waits for the next row, so a sheet of up to ROWS_PER_PART rows stays one part.
    if (rows.length === ROWS_PER_PART) {
      yield part + rows.join('');
      part = '';
      rows.length = 0;
    }
    rows.push(row(cells, r++, ''));
  }
  yield `${part}${rows.join('')}</sheetData></worksheet>`;
}

function cell(value: Cell, ref: string, style: string): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
}

/** XML-escapes text and drops the control characters XML 1.0 cannot carry. */
function esc(text: string): string {
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    const clean = raw.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || `Sheet${i + 1}`;
    let name = clean;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
    seen.add(name.toLowerCase());
    return name;
  });
}

function contentTypes(sheetCount: number): string {
  const sheets = Array.from({ length: sheetCount }, (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('');
  return `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets}</Types>`;
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Two cell formats: 0 plain, 1 bold (the header row). */
const STYLES = `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
