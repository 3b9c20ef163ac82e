// Which spreadsheet number formats show dates, and the calendar day an Excel date serial stands for.

/** Built-in number formats that display a date (ECMA-376 18.8.30): 14-22 and the time formats 45-47. */
const builtInDateFormats = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** Whether a cell with this number format shows a date: built-in ids, or a custom code with d, m or y outside quotes and brackets. */
export function isDateFormat(numFmtId: number, formatCode: string | undefined): boolean {
  if (builtInDateFormats.has(numFmtId)) return true;
  if (formatCode === undefined) return false;
  // Drop quoted literals, escaped characters and [..] sections (locale, colour, condition) before looking.
  const bare = formatCode.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '').split(';')[0] ?? '';
  return /[dy]/i.test(bare) || (/m/i.test(bare) && !/[h:s]/i.test(bare.replace(/m/gi, '')));
}

const DAY = 86_400_000;

/** The ISO day of an Excel serial: 1900 system (with Excel's phantom 29 February 1900) or the 1904 system. */
export function excelSerialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  const day = Math.floor(serial);
  const ms = date1904 ? Date.UTC(1904, 0, 1) + day * DAY : day >= 61 ? Date.UTC(1899, 11, 30) + day * DAY : Date.UTC(1899, 11, 31) + day * DAY;
  return new Date(ms).toISOString().slice(0, 10);
}
