// Each ingest rule, broken alone in an otherwise clean folder, gives exactly its message (wording locked).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixtureWith, readClean, runOn } from '../support/pipeline.ts';

/** Replaces one field of one line (1-based; line 1 is the header) of a simple comma-separated text. */
function setField(text: string, line: number, column: string, value: string): string {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').split(',');
  const index = header.indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  const fields = (lines[line - 1] ?? '').split(',');
  fields[index] = value;
  lines[line - 1] = fields.join(',');
  return lines.join('\n');
}

interface Case {
  readonly name: string;
  readonly file: string;
  readonly change: (text: string) => string;
  readonly expected: string | RegExp;
}

const cases: Case[] = [
  { name: 'a required value is empty', file: 'cases.csv', change: (t) => setField(t, 2, 'category', ''), expected: 'cases.csv:2: category: a value is required but the field is empty [required]' },
  { name: 'an unknown kecamatan gets the closest names', file: 'cases.csv', change: (t) => setField(t, 5, 'kecamatan', 'Buah Batuu'), expected: /^cases\.csv:5: kecamatan: kecamatan "Buah Batuu" is not known; closest official names: Buahbatu 32\.73\.22.* \[unknown-kecamatan\]$/ },
  { name: 'a kecamatan outside the covered cities', file: 'cases.csv', change: (t) => setField(t, 2, 'kecamatan', 'Beji'), expected: 'cases.csv:2: kecamatan: kecamatan "Beji" (Beji 32.76.06, Kota Depok; Beji 35.14.13, Kabupaten Pasuruan) lies outside the cities this site covers (Kota Bogor (32.71), Kota Bandung (32.73)) [kecamatan-not-covered]' },
  { name: 'a BPS code missing from the bridge table', file: 'cases.csv', change: (t) => setField(t, 2, 'kecamatan', '3276020'), expected: 'cases.csv:2: kecamatan: BPS code "3276020" is not in the BPS–Kemendagri bridge table (reference/kecamatan-bps-kemendagri.csv); give the Kemendagri code (e.g. 32.71.03) or add its row [unknown-bps-code]' },
  { name: 'a duplicate id', file: 'cases.csv', change: (t) => setField(t, 3, 'id', 'c1'), expected: 'cases.csv:3: id: id "c1" is already used on line 2 [duplicate-id]' },
  { name: 'a date that cannot exist', file: 'cases.csv', change: (t) => setField(t, 2, 'reported_date', '31/02/2018'), expected: 'cases.csv:2: reported_date: date "31/02/2018" does not exist in the calendar [impossible-date]' },
  { name: 'a date in no known form', file: 'signings.csv', change: (t) => setField(t, 2, 'date', '2018/02/20'), expected: 'signings.csv:2: date: date "2018/02/20" is not recognised; use 2018-02-15, 15/02/2018, 15-02-2018 or 15 Februari 2018 [invalid-date]' },
  { name: 'a date outside its election window', file: 'cases.csv', change: (t) => setField(t, 2, 'reported_date', '2017-01-05'), expected: 'cases.csv:2: reported_date: date "2017-01-05" falls outside the data window of pilkada-2018 (2017-06-01 to 2018-12-31) [outside-window]' },
  { name: 'a date in the future', file: 'cases.csv', change: (t) => setField(t, 7, 'reported_date', '2027-01-01'), expected: 'cases.csv:7: reported_date: date "2027-01-01" is in the future (data built on 2026-11-22) [future-date]' },
  { name: 'a negative count', file: 'signings.csv', change: (t) => setField(t, 4, 'signatories', '-5'), expected: 'signings.csv:4: signatories: count "-5" is negative; counts cannot be below 0 [negative-count]' },
  { name: 'signatories above the staff total', file: 'signings.csv', change: (t) => setField(t, 2, 'signatories', '60'), expected: 'signings.csv:2: signatories: signatories "60" exceed the unit\'s staff total (50) [signatories-above-staff]' },
  { name: 'a decision before its report', file: 'cases.csv', change: (t) => setField(t, 2, 'decision_date', '2018-02-20'), expected: 'cases.csv:2: decision_date: decision date "2018-02-20" is before the report date 2018-03-01 [decision-before-report]' },
  { name: 'status sanctioned without a sanction', file: 'cases.csv', change: (t) => setField(t, 2, 'sanction', ''), expected: 'cases.csv:2: sanction: status "sanction imposed" needs the sanction given (moral, light, medium, heavy, dismissal) [status-without-sanction]' },
  { name: 'a sanction with a status that contradicts it', file: 'cases.csv', change: (t) => setField(t, 3, 'sanction', 'heavy'), expected: 'cases.csv:3: sanction: sanction "heavy" is given but status "not_violation" is not "sanction imposed" [sanction-without-status]' },
  { name: 'a decided status without a decision date', file: 'cases.csv', change: (t) => setField(t, 4, 'decision_date', ''), expected: 'cases.csv:4: decision_date: status "recommended" means a decision was made: the decision date is required [missing-decision-date]' },
  { name: 'a value outside the vocabulary', file: 'cases.csv', change: (t) => setField(t, 2, 'status', 'selesai'), expected: /^cases\.csv:2: status: value "selesai" is not known for this column; accepted values: initial_review \(Kajian awal\), .* \[unknown-value\]$/ },
  { name: 'an unknown election', file: 'cases.csv', change: (t) => setField(t, 2, 'election', 'pemilu-2019'), expected: 'cases.csv:2: election: election "pemilu-2019" is not in elections.csv; known: pilkada-2018, pemilu-2024, pilkada-2024 [unknown-election]' },
  { name: 'a source URL that is not http(s)', file: 'events.csv', change: (t) => setField(t, 3, 'source_url', 'javascript:alert(1)'), expected: 'events.csv:3: source_url: address "javascript:alert(1)" is refused: only complete http:// or https:// addresses [invalid-url]' },
  { name: 'a real (non-demo) row without a source', file: 'signings.csv', change: (t) => setField(t, 2, 'demo', 'tidak'), expected: 'signings.csv:2: source: a row that is not demo data must name its source (source or source_url) [missing-source]' },
  { name: 'a personal-data column', file: 'cases.csv', change: (t) => t.replace('id,election', 'NIP,id,election').replace(/\nc(\d)/g, '\n1985010120100110$1,c$1'), expected: 'cases.csv:1: NIP: column "NIP" appears to hold personal data (nip); remove it from the export, personal data is never published [personal-data-column]' },
  { name: 'a NIP inside free text', file: 'signings.csv', change: (t) => setField(t, 2, 'unit_name', 'Kantor Kecamatan 198501012010011001'), expected: 'signings.csv:2: unit_name: the value appears to contain personal data (id-number); remove it from this text [personal-data-value]' },
  { name: 'a required column missing', file: 'cases.csv', change: (t) => t.split('\n').map((l) => l.split(',').filter((_, i) => i !== 4).join(',')).join('\n'), expected: 'cases.csv:1: category: required column "category" is missing (also accepted as: kategori, jenis_pelanggaran) [missing-column]' },
  { name: 'a row with too few fields', file: 'cases.csv', change: (t) => t.replace('\nc2,pilkada-2018,32.71.03,report,', '\nc2,pilkada-2018,32.71.03,'), expected: 'cases.csv:3: *: the row has 12 fields, the header has 13 [field-count]' },
  { name: 'a new city with a slug already taken', file: 'cities.csv', change: (t) => `${t.trimEnd()}\n32.01,bogor,Kemendagri code,,tidak\n`, expected: 'cities.csv:4: slug: "bogor" is already used on line 2; each city needs its own code and slug [duplicate-city]' },
  { name: 'a city listed twice', file: 'cities.csv', change: (t) => `${t.trimEnd()}\n32.71,kota-bogor,Kemendagri code,,tidak\n`, expected: 'cities.csv:4: code: "32.71" is already used on line 2; each city needs its own code and slug [duplicate-city]' },
  { name: 'a slug that is not a clean address part', file: 'cities.csv', change: (t) => `${t.trimEnd()}\n32.76,Kota_Depok,Kemendagri code,,tidak\n`, expected: 'cities.csv:4: slug: slug "Kota_Depok" is not valid: use lower-case letters, digits and hyphens (e.g. kabupaten-bogor) [invalid-slug]' },
  { name: 'a city that contradicts its kecamatan', file: 'signings.csv', change: (t) => setField(t, 2, 'city', 'Kota Bandung'), expected: 'signings.csv:2: city: kecamatan Bogor Tengah (32.71.03) is in Kota Bogor, not in "Kota Bandung" [city-mismatch]' },
  { name: 'messages quote what the steward typed, not the normalised value', file: 'cases.csv', change: (t) => setField(setField(t, 3, 'sanction', 'berat'), 3, 'status', 'Tidak terbukti'), expected: 'cases.csv:3: sanction: sanction "berat" is given but status "Tidak terbukti" is not "sanction imposed" [sanction-without-status]' },
  { name: 'a NIP used as a row id', file: 'cases.csv', change: (t) => setField(t, 2, 'id', '198501012010011001'), expected: 'cases.csv:2: id: the value appears to contain personal data (id-number); remove it from this text [personal-data-value]' },
  { name: 'a decision date outside the election window', file: 'cases.csv', change: (t) => setField(t, 2, 'decision_date', '2026-05-10'), expected: 'cases.csv:2: decision_date: decision date "2026-05-10" falls outside the data window of pilkada-2018 (2017-06-01 to 2018-12-31) [decision-outside-window]' },
  { name: 'text a spreadsheet would run as a formula', file: 'signings.csv', change: (t) => setField(t, 2, 'unit_name', '=HYPERLINK("http://x.example")'), expected: 'signings.csv:2: unit_name: text "=HYPERLINK(\"http://x.example\")" starts with =, +, - or @ and a spreadsheet would run it as a formula; remove that sign [formula-text]' },
  { name: 'a cities.csv with a header and no rows', file: 'cities.csv', change: (t) => t.split('\n')[0] ?? '', expected: 'cities.csv:1: *: this file lists no city; add at least one city row below the header [no-covered-city]' },
  { name: 'a header with control characters is echoed visibly, on one line', file: 'cases.csv', change: (t) => t.replace('\n', ',note\u001b[2J\n').replace(/(,ya)(\n|$)/g, '$1,$2'), expected: /^cases\.csv:1: note\\u001b\[2J: unknown column "note\\u001b\[2J"\. Accepted columns: id, .* \[unknown-column\]$/ },
  { name: 'free text over 500 characters', file: 'events.csv', change: (t) => setField(t, 3, 'title_en', 'x'.repeat(10_000)), expected: `events.csv:3: title_en: text "${'x'.repeat(57)}..." is too long (10000 characters, max. 500) [text-too-long]` },
  { name: 'a right-to-left override in free text', file: 'signings.csv', change: (t) => setField(t, 2, 'unit_name', 'Kantor \u202Egnahet'), expected: 'signings.csv:2: unit_name: text "Kantor \\u202egnahet" contains invisible characters (control, zero-width or direction-override; shown here as \\uXXXX); remove them [control-characters]' },
  { name: 'a zero-width space in free text', file: 'events.csv', change: (t) => setField(t, 3, 'source', 'SKB\u200B2022'), expected: 'events.csv:3: source: text "SKB\\u200b2022" contains invisible characters (control, zero-width or direction-override; shown here as \\uXXXX); remove them [control-characters]' },
  { name: 'a NUL byte in free text', file: 'headcount.csv', change: (t) => setField(t, 2, 'source', 'fix\u0000ture'), expected: 'headcount.csv:2: source: text "fix\\u0000ture" contains invisible characters (control, zero-width or direction-override; shown here as \\uXXXX); remove them [control-characters]' },
  { name: 'a bidi override in a source URL', file: 'events.csv', change: (t) => setField(t, 3, 'source_url', 'https://example.org/\u202Efdp.exe'), expected: 'events.csv:3: source_url: text "https://example.org/\\u202efdp.exe" contains invisible characters (control, zero-width or direction-override; shown here as \\uXXXX); remove them [control-characters]' },
  { name: 'a data: URL as a source', file: 'headcount.csv', change: (t) => setField(t, 2, 'source_url', '"data:text/html;base64,PHNjcmlwdD4="'), expected: 'headcount.csv:2: source_url: address "data:text/html;base64,PHNjcmlwdD4=" is refused: only complete http:// or https:// addresses [invalid-url]' },
  { name: 'a source URL over 2,000 characters', file: 'events.csv', change: (t) => setField(t, 3, 'source_url', `https://example.org/${'a'.repeat(9_980)}`), expected: `events.csv:3: source_url: text "https://example.org/${'a'.repeat(37)}..." is too long (10000 characters, max. 2000) [text-too-long]` },
  { name: 'a count no unit can have', file: 'signings.csv', change: (t) => setField(t, 2, 'staff_total', '2.000.000'), expected: 'signings.csv:2: staff_total: count "2.000.000" is too large (max. 1,000,000); check for a typo or a pasted code [count-too-large]' },
  { name: 'a count too long for a number (once published as null)', file: 'headcount.csv', change: (t) => setField(t, 2, 'asn_total', '1'.padEnd(400, '0')), expected: `headcount.csv:2: asn_total: count "${'1'.padEnd(57, '0')}..." is too large (max. 1,000,000); check for a typo or a pasted code [count-too-large]` },
  { name: 'an event scope without its region', file: 'events.csv', change: (t) => setField(t, 4, 'scope', 'city'), expected: 'events.csv:4: region: scope city needs a regency code (e.g. 32.71) [region-scope]' },
];

for (const c of cases) {
  test(`rule: ${c.name}`, async () => {
    const dir = await fixtureWith({ [c.file]: c.change(await readClean(c.file)) });
    const { lines, site } = await runOn(dir);
    assert.equal(site, undefined, 'no output when there is a problem');
    assert.equal(lines.length, 1, `exactly one problem expected, got:\n${lines.join('\n')}`);
    if (typeof c.expected === 'string') assert.equal(lines[0], c.expected);
    else assert.match(lines[0] ?? '', c.expected);
  });
}

test('a file that is not UTF-8 is refused with advice', async () => {
  const dir = await fixtureWith({});
  await writeFile(join(dir, 'signings.csv'), Buffer.from((await readClean('signings.csv')).replace('Kantor Kecamatan Bogor Tengah', 'Kantor Kecamatan Bogor T\u00e9ngah'), 'latin1'));
  const { lines } = await runOn(dir);
  assert.deepEqual(lines, ['signings.csv:2: *: the file is not UTF-8 (this line holds bytes of another encoding, e.g. Windows-1252 from "CSV (Comma delimited)"); save it again as "CSV UTF-8" in Excel or LibreOffice, or send the .xlsx workbook [not-utf8]']);
});

test('a missing file is named', async () => {
  const dir = await fixtureWith({});
  const { rm } = await import('node:fs/promises');
  await rm(join(dir, 'headcount.csv'));
  const { lines } = await runOn(dir);
  assert.equal(lines.length, 1);
  assert.match(lines[0] ?? '', /^headcount\.csv:1: \*: file not found in the data folder .+; this file is required \[missing-file\]$/);
});

test('all problems of a run are reported together, in file and line order', async () => {
  const signings = setField(setField(await readClean('signings.csv'), 2, 'signatories', '60'), 5, 'date', 'besok');
  const cases = setField(setField(await readClean('cases.csv'), 3, 'id', 'c1'), 2, 'kecamatan', 'Nowhere');
  const { lines } = await runOn(await fixtureWith({ 'signings.csv': signings, 'cases.csv': cases }));
  assert.deepEqual(lines.map((l) => l.split(': ')[0]), ['cases.csv:2', 'cases.csv:3', 'signings.csv:2', 'signings.csv:5']);
});

test('an Excel "sep=;" first line names the separator and is not taken for the header', async () => {
  const text = `sep=;\n${(await readClean('headcount.csv')).replace(/,/g, ';')}`;
  const { lines, site } = await runOn(await fixtureWith({ 'headcount.csv': text }));
  assert.deepEqual(lines, []);
  assert.ok(site);
});

test('without cities.csv the run reports that file alone, not every kecamatan as uncovered', async () => {
  const dir = await fixtureWith({});
  const { rm } = await import('node:fs/promises');
  await rm(join(dir, 'cities.csv'));
  const { lines } = await runOn(dir);
  assert.equal(lines.length, 1);
  assert.match(lines[0] ?? '', /^cities\.csv:1: \*: file not found/);
});
