// The small parts of a workbook read whole: sheet list, relationships, shared strings, cell styles.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { isDateFormat } from './xlsx-dates.ts';

/** Local name of a tag: writers differ in namespace prefixes (x:c, c). */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function walk(xml: string, open: (tag: SaxesTagPlain) => void, text?: (t: string) => void, close?: (name: string) => void): void {
  const parser = new SaxesParser();
  parser.on('opentag', open);
  if (text) parser.on('text', text);
  if (close) parser.on('closetag', (tag) => close(localName(tag.name)));
  parser.write(xml).close();
}

export interface WorkbookInfo {
  readonly sheets: readonly { readonly name: string; readonly target: string }[];
  readonly date1904: boolean;
}

/** Sheet names in tab order with their part paths, and the date system. */
export function readWorkbook(workbookXml: string, relsXml: string): WorkbookInfo {
  const targets = new Map<string, string>();
  walk(relsXml, (tag) => {
    if (localName(tag.name) !== 'Relationship') return;
    const target = String(tag.attributes['Target'] ?? '');
    targets.set(String(tag.attributes['Id'] ?? ''), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  });
  const sheets: { name: string; target: string }[] = [];
  let date1904 = false;
  walk(workbookXml, (tag) => {
    const name = localName(tag.name);
    if (name === 'workbookPr') date1904 = ['1', 'true'].includes(String(tag.attributes['date1904'] ?? ''));
    if (name === 'sheet') {
      const rid = Object.entries(tag.attributes).find(([k]) => localName(k) === 'id')?.[1];
      const target = targets.get(String(rid ?? ''));
      if (target !== undefined) sheets.push({ name: String(tag.attributes['name'] ?? ''), target });
    }
  });
  return { sheets, date1904 };
}

/** The shared-string table: each <si> as its text runs joined (phonetic runs left out). */
export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current = '';
  let inT = false;
  let inPhonetic = false;
  walk(
    xml,
    (tag) => {
      const name = localName(tag.name);
      if (name === 'si') current = '';
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inT = true;
    },
    (t) => {
      if (inT) current += t;
    },
    (name) => {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') strings.push(current);
    },
  );
  return strings;
}

/** For each cell style index (the s attribute), whether it shows a date. */
export function readDateStyles(xml: string): boolean[] {
  const codes = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  walk(
    xml,
    (tag) => {
      const name = localName(tag.name);
      if (name === 'numFmt') codes.set(Number(tag.attributes['numFmtId']), String(tag.attributes['formatCode'] ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(tag.attributes['numFmtId'] ?? 0);
        styles.push(isDateFormat(id, codes.get(id)));
      }
    },
    undefined,
    (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  );
  return styles;
}
