// Steward-style exports, each made from the shipped data by the transformation an office's software or
// habits would apply: what is published, or the exact refusal, in both languages.
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { formatIssue } from '../../src/lib/pipeline/issues.ts';
import type { SiteData } from '../../src/lib/model.ts';
import { runOn } from '../support/pipeline.ts';
import { excelSerial, xlsxBytes, type CellValue } from '../support/xlsx-fixture.ts';

const shipped = (file: string): Promise<string> => readFile(join('data', file), 'utf8');

/** A copy of the shipped data folder with files replaced (text or bytes) or removed (null). */
async function shippedWith(changes: Readonly<Record<string, string | Uint8Array | null>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pantau-steward-'));
  await cp('data', dir, { recursive: true, filter: (src) => !src.endsWith('releases.json') });
  for (const [file, content] of Object.entries(changes)) {
    if (content === null) await rm(join(dir, file));
    else await writeFile(join(dir, file), content);
  }
  return dir;
}

async function run(changes: Readonly<Record<string, string | Uint8Array | null>>) {
  const result = await runOn(await shippedWith(changes));
  const published = async (path: string): Promise<string | undefined> => readFile(join(result.out, path), 'utf8').catch(() => undefined);
  return {
    ...result,
    id: result.issues.map((i) => formatIssue(i, 'id')),
    warningsEn: result.warnings.map((i) => formatIssue(i, 'en')),
    warningsId: result.warnings.map((i) => formatIssue(i, 'id')),
    published,
  };
}

const baseline = run({});
const lines = (text: string): string[] => text.replace(/\r?\n$/, '').split(/\r?\n/);
const csvRows = (text: string): string[][] => lines(text).map((l) => l.split(','));

test('the shipped data publishes with no issue and no warning', async () => {
  const b = await baseline;
  assert.deepEqual(b.lines, []);
  assert.deepEqual(b.warningsEn, []);
});

test('Windows-1252 with its first accented byte far past the first 64 kB is refused on that line, both languages', async () => {
  const text = await shipped('signings.csv');
  const rows = lines(text);
  // Pad every unit name so line 800 sits well past 64 kB, then put an é there, saved as Windows-1252.
  const padded = rows.map((r, i) => (i === 0 ? r : r.replace(/,Kantor /, ',Kantor  ')));
  padded[799] = (padded[799] ?? '').replace(/,(Kantor|Dinas|SD|SMP|Kelurahan|Puskesmas|Badan|Sekretariat|RSUD)([^,]*),/, ',$1$2 Café,');
  const bytes = Buffer.from(`${padded.join('\r\n')}\r\n`, 'latin1');
  assert.ok(bytes.indexOf(0xe9) > 65_536, 'the é sits past the first 64 kB');
  const r = await run({ 'signings.csv': bytes });
  assert.deepEqual(r.lines, ['signings.csv:800: *: the file is not UTF-8 (this line holds bytes of another encoding, e.g. Windows-1252 from "CSV (Comma delimited)"); save it again as "CSV UTF-8" in Excel or LibreOffice, or send the .xlsx workbook [not-utf8]']);
  assert.deepEqual(r.id, ['signings.csv:800: *: berkas bukan UTF-8 (baris ini berisi byte dari pengodean lain, mis. Windows-1252 dari "CSV (Comma delimited)"); simpan ulang sebagai "CSV UTF-8" di Excel atau LibreOffice, atau kirim berkas .xlsx [not-utf8]']);
});

test('Excel "Unicode Text" (UTF-16 LE with BOM, tab-separated) is read, with a warning naming the encoding', async () => {
  const text = (await shipped('signings.csv')).replace(/,/g, '\t');
  const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const r = await run({ 'signings.csv': bytes });
  assert.deepEqual(r.lines, []);
  assert.deepEqual(r.warningsEn, ['signings.csv:1: *: warning: the file is saved as UTF-16LE (Excel "Unicode Text") and was read as UTF-16LE text; better save it as "CSV UTF-8" [transcoded]']);
  assert.deepEqual(r.warningsId, ['signings.csv:1: *: peringatan: berkas disimpan sebagai UTF-16LE (Excel "Unicode Text") dan dibaca sebagai teks UTF-16LE; lebih baik simpan sebagai "CSV UTF-8" [transcoded]']);
  assert.equal(await r.published('publish/signings.csv'), await (await baseline).published('publish/signings.csv'));
});

test('a U+FFFD left by an earlier misconversion is never published', async () => {
  const rows = csvRows(await shipped('signings.csv'));
  const at = rows[0]!.indexOf('unit_name');
  rows[41]![at] = `Kantor Kecamatan Bogor T\uFFFDngah`;
  const r = await run({ 'signings.csv': `${rows.map((x) => x.join(',')).join('\n')}\n` });
  assert.deepEqual(r.lines, ['signings.csv:42: *: this line holds the replacement character U+FFFD (a diamond or box with a question mark): the file was once opened with the wrong encoding and letters were lost; export it again from the original as "CSV UTF-8" [replacement-character]']);
  assert.equal(r.site, undefined);
});

/** The date column of signings.csv as a US-locale export writes it (m/d/yyyy), with `retype` applied to the rows the old tool flagged (day > 12). */
async function usDates(retype: (iso: string) => string): Promise<string> {
  const rows = csvRows(await shipped('signings.csv'));
  const at = rows[0]!.indexOf('date');
  return `${rows
    .map((r, i) => {
      if (i === 0) return r.join(',');
      const [y, m, d] = (r[at] ?? '').split('-').map(Number) as [number, number, number];
      r[at] = d > 12 ? retype(r[at]!) : `${m}/${d}/${y}`;
      return r.join(',');
    })
    .join('\n')}\n`;
}

test('a US-locale export whose flagged rows were retyped as ISO is refused: the column fits month-first only', async () => {
  const r = await run({ 'signings.csv': await usDates((iso) => iso) });
  assert.equal(r.lines.length, 1, r.lines.join('\n'));
  assert.match(r.lines[0]!, /^signings\.csv:\d+: date: the day\/month order of this column is uncertain: \d+ distinct dates such as "\d+\/\d+\/\d{4}" read two ways, and they fit the months of the other dates in this column only when read month first \(as a US-locale Excel export writes them\); export the dates again as yyyy-mm-dd or as Excel date cells \[date-order-unclear\]$/);
  assert.match(r.id[0]!, /urutan hari\/bulan kolom ini tidak pasti: .* \[date-order-unclear\]$/);
});

test('a US-locale export whose flagged rows were retyped day-first is refused: the column fits month-first only', async () => {
  const r = await run({ 'signings.csv': await usDates((iso) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`) });
  assert.equal(r.lines.length, 1, r.lines.join('\n'));
  assert.match(r.lines[0]!, /^signings\.csv:\d+: date: the day\/month order of this column is uncertain: .* \[date-order-unclear\]$/);
});

test('a US-locale export as it came (2/13/2018 beside 2/11/2018) is refused, saying which order was found where', async () => {
  const r = await run({ 'signings.csv': await usDates((iso) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}/${iso.slice(0, 4)}`) });
  assert.equal(r.lines.length, 1, r.lines.join('\n'));
  assert.match(r.lines[0]!, /^signings\.csv:\d+: date: this file writes dates month first \(line \d+: "\d+\/\d+\/\d{4}"\), so "\d+\/\d+\/\d{4}" and the \d+ distinct dates in this column with day and month both ≤ 12 read two ways; export the dates again as yyyy-mm-dd or as Excel date cells \[month-first-ambiguous\]$/);
  assert.match(r.id[0]!, /^signings\.csv:\d+: date: berkas ini menulis tanggal dengan bulan dulu .* \[month-first-ambiguous\]$/);
});

test('one column holding both orders is refused with a line of each', async () => {
  const rows = lines(await shipped('cases.csv'));
  rows[1] = rows[1]!.replace(/,2018-05-09,/, ',13/05/2018,');
  rows[2] = rows[2]!.replace(/,2018-01-18,/, ',1/18/2018,');
  const r = await run({ 'cases.csv': `${rows.join('\n')}\n` });
  assert.deepEqual(r.lines, ['cases.csv:3: reported_date: this column mixes two date orders: day first on line 2 ("13/05/2018") and month first on line 3 ("1/18/2018"); a date such as 2/11/2018 cannot be read with certainty. Export the dates again as yyyy-mm-dd or as Excel date cells [mixed-date-order]']);
});

test('an Indonesian day-first export (dd/mm/yyyy throughout) still publishes what it meant', async () => {
  const rows = csvRows(await shipped('signings.csv'));
  const at = rows[0]!.indexOf('date');
  const text = `${rows.map((r, i) => (i === 0 ? r : ((r[at] = `${r[at]!.slice(8)}/${r[at]!.slice(5, 7)}/${r[at]!.slice(0, 4)}`), r)).join(',')).join('\n')}\n`;
  const r = await run({ 'signings.csv': text });
  assert.deepEqual(r.lines, []);
  assert.equal(await r.published('publish/signings.csv'), await (await baseline).published('publish/signings.csv'));
});

test('cases.csv appended to itself with renumbered ids is a warning naming both blocks, and the totals double', async () => {
  const text = await shipped('cases.csv');
  const body = lines(text).slice(1).map((l) => l.replace(/^cs-/, 'cs-b'));
  const r = await run({ 'cases.csv': `${text.trimEnd()}\n${body.join('\n')}\n` });
  assert.deepEqual(r.lines, []);
  assert.deepEqual(r.warningsEn, ['cases.csv:222: id: warning: 220 rows (lines 222–441) equal lines 2–221 in everything but the id; the export looks appended twice and every total counts them double. Remove the copy unless these are different cases [copied-rows]']);
  assert.deepEqual(r.warningsId, ['cases.csv:222: id: peringatan: 220 baris (baris 222–441) sama persis dengan baris 2–221 kecuali kodenya; ekspor tampaknya tertempel dua kali dan semua totalnya terhitung ganda. Hapus salinannya bila bukan perkara yang berbeda [copied-rows]']);
});

for (const [name, value, kind] of [
  ['a phone number as (+62) 812 3456 7890', 'Kantor Kecamatan (+62) 812 3456 7890', 'phone'],
  ['a phone number as +62-812-3456-7890', 'Kantor Kecamatan +62-812-3456-7890', 'phone'],
  ['a phone number as WA 62-812-3456-7890', 'Kantor Kecamatan WA 62-812-3456-7890', 'phone'],
  ['a name with a form of address and a degree', 'Kantor Kecamatan atas nama Sdr. Budi Santoso', 'name'],
  ['a name with a degree after it', 'Kepala Seksi Budi Santoso, S.Pd.', 'name'],
  ['a name after Bpk.', 'Kantor Kelurahan Bpk. Ahmad', 'name'],
  ['a name after Hj.', 'Kantor Hj. Nurhayati', 'name'],
  ['a name with M.Si.', 'Agus Salim, M.Si.', 'name'],
] as const) {
  test(`${name} in free text is refused, naming the column and the line`, async () => {
    const rows = csvRows(await shipped('signings.csv'));
    const at = rows[0]!.indexOf('unit_name');
    rows[5]![at] = value.includes(',') ? `"${value}"` : value;
    const r = await run({ 'signings.csv': `${rows.map((x) => x.join(',')).join('\n')}\n` });
    assert.deepEqual(r.lines, [`signings.csv:6: unit_name: the value appears to contain personal data (${kind}); remove it from this text [personal-data-value]`]);
    assert.deepEqual(r.id, [`signings.csv:6: unit_name: nilai tampaknya berisi data pribadi (${kind}); hapus dari teks ini [personal-data-value]`]);
  });
}

test('unit names with titles that are place names (RSUD Dr. Hasan Sadikin, Jl. Ir. H. Juanda) are no false alarm', async () => {
  const rows = csvRows(await shipped('signings.csv'));
  const at = rows[0]!.indexOf('unit_name');
  rows[5]![at] = 'RSUD Dr. Hasan Sadikin';
  rows[6]![at] = 'Kantor Jl. Ir. H. Juanda';
  const r = await run({ 'signings.csv': `${rows.map((x) => x.join(',')).join('\n')}\n` });
  assert.deepEqual(r.lines, []);
});

for (const header of ['Nama OPD', 'Nama Unit Kerja']) {
  test(`the header "${header}" is read as the unit's name, not refused as personal data`, async () => {
    const text = (await shipped('signings.csv')).replace(',unit_name,', `,${header},`);
    const r = await run({ 'signings.csv': text });
    assert.deepEqual(r.lines, []);
    assert.equal(await r.published('publish/signings.csv'), await (await baseline).published('publish/signings.csv'));
  });
}

test('cities.csv with 3271 (no dot) publishes the same kelurahan lists as 32.71', async () => {
  const r = await run({ 'cities.csv': (await shipped('cities.csv')).replace('32.71,', '3271,') });
  assert.deepEqual(r.lines, []);
  const site = JSON.parse((await r.published('site-data.json'))!) as SiteData;
  const bogor = site.kecamatan.filter((k) => k.cityCode === '32.71');
  assert.ok(bogor.length === 6 && bogor.every((k) => k.villages.length > 0), 'every Bogor kecamatan lists its kelurahan');
});

test('an events.csv with only its header is a warning, not silence', async () => {
  const r = await run({ 'events.csv': `${lines(await shipped('events.csv'))[0]}\n` });
  assert.deepEqual(r.lines, []);
  assert.deepEqual(r.warningsEn, ['events.csv:1: *: warning: the file holds only the header; the timeline on the site will be empty [empty-events]']);
  assert.deepEqual(r.warningsId, ['events.csv:1: *: peringatan: berkas hanya berisi baris judul; linimasa di situs akan kosong [empty-events]']);
});

for (const near of ['signings (1).csv', 'Signings.csv', 'signings - Copy.csv']) {
  test(`an export saved as "${near}" instead of signings.csv is named in the refusal`, async () => {
    const r = await run({ 'signings.csv': null, [near]: await shipped('signings.csv') });
    const line = r.lines.find((l) => l.startsWith('signings.csv:'));
    assert.match(line ?? '', new RegExp(`^signings\\.csv:1: \\*: file not found in the data folder .*, but ${near.replace(/[()]/g, '\\$&')} is there; rename it to this file's name \\(or \\.xlsx with the same name\\) \\[missing-file-near\\]$`));
  });
}

test('a near-named copy beside the expected file is a warning that it is not read', async () => {
  const r = await run({ 'signings (1).csv': await shipped('signings.csv') });
  assert.deepEqual(r.lines, []);
  assert.deepEqual(r.warningsEn, ['signings.csv:1: *: warning: signings (1).csv is also in the data folder and is NOT read; only this file is [ignored-near-match]']);
});

/** The shipped signings.csv as an Excel workbook: numbers as numbers, dates as date cells. */
async function signingsWorkbook(opts: { titleRows?: boolean; sheetName?: string; extraFirstSheet?: boolean } = {}): Promise<Uint8Array> {
  const rows = csvRows(await shipped('signings.csv'));
  const header = rows[0]!;
  const cells: CellValue[][] = rows.map((r, i) =>
    i === 0 ? r : r.map((v, c) => (header[c] === 'date' ? { date: excelSerial(v) } : header[c] === 'signatories' || header[c] === 'staff_total' ? Number(v) : v)),
  );
  const sheets = [{ name: opts.sheetName ?? 'Sheet1', rows: cells }];
  if (opts.extraFirstSheet) sheets.unshift({ name: 'Petunjuk', rows: [['Isi lembar signings']] });
  return xlsxBytes(sheets);
}

test('signings.xlsx (date cells, number cells) publishes exactly what signings.csv does', async () => {
  const r = await run({ 'signings.csv': null, 'signings.xlsx': await signingsWorkbook() });
  assert.deepEqual(r.lines, []);
  assert.equal(await r.published('publish/signings.csv'), await (await baseline).published('publish/signings.csv'));
});

test('a workbook reads the sheet named like the file, not the first, and reports spreadsheet row numbers', async () => {
  const bytes = await signingsWorkbook({ sheetName: 'signings', extraFirstSheet: true });
  const good = await run({ 'signings.csv': null, 'signings.xlsx': bytes });
  assert.deepEqual(good.lines, []);
  const rows = csvRows(await shipped('signings.csv'));
  const at = rows[0]!.indexOf('signatories');
  rows[9]![at] = '-4';
  const cells = rows.map((r) => r as CellValue[]);
  const r = await run({ 'signings.csv': null, 'signings.xlsx': xlsxBytes([{ name: 'Sheet1', rows: cells }]) });
  assert.deepEqual(r.lines, ['signings.xlsx:10: signatories: count "-4" is negative; counts cannot be below 0 [negative-count]']);
});

test('signings.csv and signings.xlsx side by side are refused: which one is meant?', async () => {
  const r = await run({ 'signings.xlsx': await signingsWorkbook() });
  assert.deepEqual(r.lines, ['signings.csv:1: *: both this file and signings.xlsx exist; keep only one, so it is clear which is published [two-inputs]']);
});

test('a file that is not a workbook, named .xlsx, is refused in one line', async () => {
  const r = await run({ 'signings.csv': null, 'signings.xlsx': await shipped('signings.csv') });
  assert.deepEqual(r.lines, ['signings.xlsx:1: *: this Excel workbook cannot be read (not a complete .xlsx); save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8" [unreadable-workbook]']);
});

test('a file mixing CRLF and LF line ends reads as the lines it shows', async () => {
  const mixed = lines(await shipped('signings.csv')).map((l, i) => l + (i % 3 === 0 ? '\r\n' : '\n')).join('');
  const r = await run({ 'signings.csv': mixed });
  assert.deepEqual(r.lines, []);
  assert.equal(await r.published('publish/signings.csv'), await (await baseline).published('publish/signings.csv'));
});

test('a line break typed inside a cell (Alt+Enter) is published as a space', async () => {
  const rows = csvRows(await shipped('signings.csv'));
  const at = rows[0]!.indexOf('unit_name');
  const name = rows[3]![at]!;
  rows[3]![at] = `"${name.replace(' ', '\n')}"`;
  const r = await run({ 'signings.csv': `${rows.map((x) => x.join(',')).join('\r\n')}\r\n` });
  assert.deepEqual(r.lines, []);
  assert.equal(await r.published('publish/signings.csv'), await (await baseline).published('publish/signings.csv'));
});

test('a no-break space after a number is trimmed like any space, and shown as \\u00a0 when a value is refused', async () => {
  const rows = csvRows(await shipped('signings.csv'));
  const at = rows[0]!.indexOf('signatories');
  rows[1]![at] = `${rows[1]![at]}\u00a0`;
  const ok = await run({ 'signings.csv': `${rows.map((x) => x.join(',')).join('\n')}\n` });
  assert.deepEqual(ok.lines, []);
  rows[1]![at] = `1\u00a0250`;
  const r = await run({ 'signings.csv': `${rows.map((x) => x.join(',')).join('\n')}\n` });
  assert.deepEqual(r.lines, ['signings.csv:2: signatories: "1\\u00a0250" is not a whole number [not-a-count]']);
});

test('an unpaired quote is one message in the steward\'s language, not papaparse\'s English three times', async () => {
  const rows = csvRows(await shipped('events.csv'));
  const at = rows[0]!.indexOf('title_id');
  rows[3]![at] = `"${rows[3]![at]}`;
  const r = await run({ 'events.csv': `${rows.map((x) => x.join(',')).join('\n')}\n` });
  const quote = r.lines.filter((l) => l.includes('[csv-'));
  assert.deepEqual(quote, ['events.csv:4: *: a quote (") on this line is unpaired: a value that opens with a quote must close with one, and a quote inside it is written twice ("") [csv-quote]']);
  assert.ok(r.id.includes('events.csv:4: *: tanda kutip (") di baris ini tidak berpasangan: nilai yang diawali tanda kutip harus ditutup dengan tanda kutip, dan tanda kutip di dalamnya ditulis dua kali ("") [csv-quote]'));
});

/** cases.csv with one field of one line replaced (line 1 is the header). */
async function casesWith(line: number, column: string, value: string): Promise<string> {
  const rows = csvRows(await shipped('cases.csv'));
  rows[line - 1]![rows[0]!.indexOf(column)] = value;
  return `${rows.map((x) => x.join(',')).join('\n')}\n`;
}

test('a kelurahan written in the kecamatan column is named as a kelurahan of its kecamatan', async () => {
  for (const [name, where] of [['Pabaton', 'Bogor Tengah 32.71.03'], ['Babakan', 'Bogor Tengah 32.71.03 / Babakan Ciparay 32.73.03']] as const) {
    const r = await run({ 'cases.csv': await casesWith(2, 'kecamatan', name) });
    assert.deepEqual(r.lines, [`cases.csv:2: kecamatan: "${name}" is a kelurahan of Kecamatan ${where}, not a kecamatan; give its kecamatan in this column [kelurahan-not-kecamatan]`]);
    assert.deepEqual(r.id, [`cases.csv:2: kecamatan: "${name}" adalah kelurahan di Kecamatan ${where}, bukan kecamatan; tulis kecamatannya di kolom ini [kelurahan-not-kecamatan]`]);
  }
});

test('"Bogor Timur (Kota Bogor)" gets Bogor Timur as its suggestion', async () => {
  const r = await run({ 'cases.csv': await casesWith(2, 'kecamatan', 'Bogor Timur (Kota Bogor)') });
  assert.deepEqual(r.lines, ['cases.csv:2: kecamatan: kecamatan "Bogor Timur (Kota Bogor)" is not known; closest official names: Bogor Timur 32.71.02 [unknown-kecamatan]']);
});

test('one or two title rows above the header: one message naming the header line, not a problem per row', async () => {
  const text = await shipped('cases.csv');
  for (const [title, headerLine] of [['REKAP DUGAAN PELANGGARAN NETRALITAS ASN\n', 2], ['REKAP DUGAAN PELANGGARAN NETRALITAS ASN\nBawaslu Kota Bogor, per 31 Desember 2024\n', 3]] as const) {
    const r = await run({ 'cases.csv': title + text });
    assert.deepEqual(r.lines, [`cases.csv:${headerLine}: *: this line looks like the header; remove the title rows above it (lines 1–${headerLine - 1}) so the column names are on the first line [title-rows]`]);
    assert.match(r.id[0]!, /baris ini tampaknya baris judul kolom; hapus baris judul laporan di atasnya .* \[title-rows\]$/);
  }
});

test('Kode Kecamatan beside Nama Kecamatan: both read; agreeing they publish, disagreeing they are refused', async () => {
  const rows = csvRows(await shipped('cases.csv'));
  const at = rows[0]!.indexOf('kecamatan');
  const site = JSON.parse((await (await baseline).published('site-data.json'))!) as SiteData;
  const nameOf = new Map(site.kecamatan.map((k) => [k.code, k.name]));
  const withNames = rows.map((r, i) => [...r.slice(0, at), i === 0 ? 'Kode Kecamatan' : r[at]!, i === 0 ? 'Nama Kecamatan' : nameOf.get(r[at]!)!, ...r.slice(at + 1)]);
  const good = await run({ 'cases.csv': `${withNames.map((x) => x.join(',')).join('\n')}\n` });
  assert.deepEqual(good.lines, []);
  assert.equal(await good.published('publish/cases.csv'), await (await baseline).published('publish/cases.csv'));
  const other = withNames[4]![at + 1] === 'Cidadap' ? 'Bogor Barat' : 'Cidadap';
  withNames[4]![at + 1] = other;
  const bad = await run({ 'cases.csv': `${withNames.map((x) => x.join(',')).join('\n')}\n` });
  assert.equal(bad.lines.length, 1);
  assert.match(bad.lines[0]!, /^cases\.csv:5: Nama Kecamatan: "(Cidadap|Bogor Barat)" does not name the same area as column Kode Kecamatan \("32\.7\d\.\d\d"\) on this line; correct one of them \[area-columns-disagree\]$/);
});

test('a US-locale export with the flagged rows deleted is refused: no day above 12 anywhere in the column', async () => {
  const rows = csvRows(await usDates(() => 'DROP'));
  const at = rows[0]!.indexOf('date');
  const text = `${rows.filter((r) => r[at] !== 'DROP').map((x) => x.join(',')).join('\n')}\n`;
  const r = await run({ 'signings.csv': text });
  assert.equal(r.lines.length, 1, r.lines.join('\n'));
  assert.match(r.lines[0]!, /^signings\.csv:2: date: the day\/month order of this column is uncertain: \d+ distinct dates such as "\d+\/\d+\/\d{4}" read two ways, and no date in this column has a day above 12 \(as a US-locale Excel export would look\); .* \[date-order-unclear\]$/);
});
