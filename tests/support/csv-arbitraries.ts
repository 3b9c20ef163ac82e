// Test support: fast-check generators of hostile CSV files, mutated from a clean file or made from nothing.
import fc from 'fast-check';
import Papa from 'papaparse';
import type { ColumnKind, FileSchema } from '../../src/lib/schema/column.ts';
import { yesNo } from '../../src/lib/vocab/terms.ts';

type Table = string[][];
type TableEdit = (table: Table) => Table;

/** true about once in `n` draws. */
const oneIn = (n: number): fc.Arbitrary<boolean> => fc.integer({ min: 1, max: n }).map((k) => k === 1);
const at = <T>(list: readonly T[], i: number): number => (list.length === 0 ? 0 : i % list.length);

/** Values that have broken CSV readers and validators somewhere: limits, encodings, separators, payloads. */
export const awkwardValues: readonly string[] = [
  '', ' ', '\t', '""', '"', 'a"b', '"quoted"', ',', ';', '\t;,', '\n', '\r', '\r\n', 'line\nbreak', 'a\r\nb',
  '\u0000', 'nul\u0000inside', '\u0007bell', '\u001b[31mred', '\u007f', '\uFEFF', 'mid\uFEFFbom', '\u202Eevil', '\u200B', '\u2028\u2029',
  '\ud800', '\udfff', '😀', 'e\u0301', 'Ｂｏｇｏｒ', 'ب', 'İ', 'ß',
  '-0', '+1', '-1', '1e308', 'Infinity', 'NaN', '0x1F', '1.2', '１２', '٣', '1999', '9999', '2027',
  '0001-01-01', '9999-12-31', '2018-02-29', '2020-02-29', '2018-13-01', '00/00/0000', '31 Pebruari 2018', '15 Februari 2018',
  '15 feb. 2018', '1-1-2018', '2018-1-1', '99999-01-01', '2018-02-15T00:00:00Z',
  '32.71.03', '3271030', 'KEC. BUAH BATU', 'Kota Bogor', '32.71', '32', '99.99', 'ya', 'tidak', 'yes', 'no', 'pilkada-2018',
  '<script>alert(1)</script>', '"><svg onload=alert(1)>', 'javascript:alert(1)', 'data:text/html,x', '=1+1', '@SUM(A1)', '-x',
  'sep=;', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'undefined', 'null',
];

/** Whole numbers a count or year column accepts, up to the edge of what a double holds. */
const numbersAtLimits: readonly string[] = ['0', '00000000000000000001', '2000', '2026', '1.000', '999.999.999', '1,000,000', '9007199254740991', '9007199254740993', '1'.padEnd(400, '0')];

/** Header spellings to swap in: aliases, personal-data columns, near misses, prototype keys. */
const awkwardHeaders = ['', ' ', 'ID', ' id ', 'kode', 'nip', 'NIK', 'nama', 'nama_pegawai', 'alamat', 'email', 'foto', 'sumber', 'url', 'tanggal', 'kecamatn', '__proto__', 'constructor', 'sep=,', '\uFEFFid', 'id\u0000'];

const giantValue = fc
  .tuple(fc.constantFrom('a', 'é', '"', ',', '\n', '😀', '1', ' ', '<b>'), fc.integer({ min: 1_000, max: 30_000 }))
  .map(([unit, n]) => unit.repeat(n));

/** One cell value: mostly awkward constants, otherwise random text of any Unicode, now and then a giant. */
export const cellValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...awkwardValues), weight: 6 },
  { arbitrary: fc.constantFrom(...numbersAtLimits), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: giantValue, weight: 1 },
);

const tableEdit: fc.Arbitrary<TableEdit> = fc.oneof(
  { arbitrary: fc.record({ r: fc.nat(), c: fc.nat(), value: cellValue }).map(({ r, c, value }) => (t: Table) => t.map((row, i) => (i === at(t, r) ? row.map((v, j) => (j === at(row, c) ? value : v)) : row))), weight: 4 },
  fc.nat().map((c) => (t: Table) => t.map((row) => row.filter((_, j) => j !== at(row, c)))),
  fc.nat().map((c) => (t: Table) => t.map((row) => row.flatMap((v, j) => (j === at(row, c) ? [v, v] : [v])))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: Table) => t.map((row) => row.map((v, j) => (j === at(row, a) ? (row[at(row, b)] ?? v) : j === at(row, b) ? (row[at(row, a)] ?? v) : v)))),
  fc.nat().map((r) => (t: Table) => t.filter((_, i) => i !== at(t, r))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 210 })).map(([r, n]) => (t: Table) => t.flatMap((row, i) => (i === at(t, r) ? Array.from({ length: n + 1 }, () => [...row]) : [row]))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (t: Table) => t.map((row, i) => (i === at(t, a) ? (t[at(t, b)] ?? row) : i === at(t, b) ? (t[at(t, a)] ?? row) : row))),
  fc.record({ c: fc.nat(), name: fc.oneof(fc.constantFrom(...awkwardHeaders), fc.string({ maxLength: 12 })) }).map(({ c, name }) => (t: Table) => t.map((row, i) => (i === 0 ? row.map((v, j) => (j === at(row, c) ? name : v)) : row))),
  fc.record({ name: fc.constantFrom(...awkwardHeaders), value: cellValue }).map(({ name, value }) => (t: Table) => t.map((row, i) => [...row, i === 0 ? name : value])),
  fc.nat().map((c) => (t: Table) => t.map((row, i) => (i === 0 ? row : row.slice(0, at(row, c))))),
  fc.constant((t: Table) => t.slice(0, 1)),
  fc.constant((t: Table) => t.slice(1)),
  fc.constant(() => []),
);

interface Layout {
  readonly delimiter: string;
  readonly quoting: 'minimal' | 'all' | 'none';
  readonly eol: '\n' | '\r\n' | '\r' | 'mixed';
  readonly bom: boolean;
  readonly sepLine: boolean;
  readonly finalEol: boolean;
  readonly blankLines: number;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  delimiter: fc.constantFrom(',', ',', ';', '\t', '|'),
  quoting: fc.constantFrom('minimal', 'minimal', 'all', 'none'),
  eol: fc.constantFrom('\n', '\r\n', '\r', 'mixed'),
  bom: fc.boolean(),
  sepLine: oneIn(8),
  finalEol: fc.boolean(),
  blankLines: fc.constantFrom(0, 0, 0, 1, 3),
});

function serialise(table: Table, l: Layout): string {
  const field = (v: string): string => {
    if (l.quoting === 'none') return v;
    const needs = l.quoting === 'all' || v.includes(l.delimiter) || /["\r\n]/.test(v);
    return needs ? `"${v.replace(/"/g, '""')}"` : v;
  };
  const lines = table.map((row) => row.map(field).join(l.delimiter));
  for (let i = 0; i < l.blankLines; i++) lines.splice(Math.min(lines.length, 1 + i * 2), 0, '');
  const eol = (i: number): string => (l.eol === 'mixed' ? (['\n', '\r\n', '\r'][i % 3] ?? '\n') : l.eol);
  let text = lines.map((line, i) => line + (i < lines.length - 1 || l.finalEol ? eol(i) : '')).join('');
  if (l.sepLine) text = `sep=${l.delimiter}${eol(0)}${text}`;
  return (l.bom ? '\uFEFF' : '') + text;
}

type ByteEdit = { readonly op: 'flip' | 'insert' | 'delete' | 'truncate'; readonly at: number; readonly byte: number };

const byteEdits: fc.Arbitrary<readonly ByteEdit[]> = fc.oneof(
  { arbitrary: fc.constant([]), weight: 6 },
  { arbitrary: fc.array(fc.record({ op: fc.constantFrom('flip', 'insert', 'delete', 'truncate'), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 4 }), weight: 1 },
);

function applyBytes(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let out = bytes;
  for (const e of edits) {
    const i = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.op === 'flip' && i < out.length) {
      out = Uint8Array.from(out);
      out[i] = (out[i] ?? 0) ^ (e.byte || 0x80);
    } else if (e.op === 'insert') out = Buffer.concat([out.subarray(0, i), Uint8Array.of(e.byte), out.subarray(i)]);
    else if (e.op === 'delete') out = Buffer.concat([out.subarray(0, i), out.subarray(i + 1)]);
    else if (e.op === 'truncate') out = out.subarray(0, i);
  }
  return out;
}

/** A file generated from `clean`: table edits, a different layout, then maybe byte damage or a Latin-1 save. */
export function mutatedFile(clean: string): fc.Arbitrary<Uint8Array> {
  const table = Papa.parse<string[]>(clean.trim(), { header: false }).data;
  return fc
    .record({ edits: fc.array(tableEdit, { minLength: 1, maxLength: 4 }), layout, bytes: byteEdits, latin1: oneIn(20) })
    .map(({ edits, layout: l, bytes, latin1 }) => {
      const text = serialise(edits.reduce((t, edit) => edit(t), table), l);
      return applyBytes(latin1 ? Buffer.from(text, 'latin1') : Buffer.from(text, 'utf8'), bytes);
    });
}

/** Text that looks a little like CSV: separators, quotes and line ends among letters, digits and any Unicode. */
export const csvishText: fc.Arbitrary<Uint8Array> = fc
  .string({
    unit: fc.oneof(
      { arbitrary: fc.constantFrom(',', ';', '\t', '"', '\n', '\r', '\r\n', '\uFEFF', ' '), weight: 4 },
      { arbitrary: fc.constantFrom('id', 'election', 'kecamatan', 'date', 'source', 'demo', 'ya', '32.71.03', 'pilkada-2018', '2018-03-01'), weight: 2 },
      { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 3 }), weight: 3 },
      { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 2 }), weight: 1 },
    ),
    maxLength: 400,
  })
  .map((text) => new Uint8Array(Buffer.from(text, 'utf8')));

/** Any bytes at all, empty included. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.uint8Array({ maxLength: 600 });

/** Values at the edge of what each column kind accepts: the inputs most likely to slip through as wrong output. */
const edgeValues: Readonly<Record<ColumnKind, readonly string[]>> = {
  id: ['a', 'A.b_c-d', 'x'.repeat(64), 'x'.repeat(65), '0', '-a', 'a b', 'é', '198501012010011001'],
  text: ['x', 'x'.repeat(500), 'x'.repeat(501), 'Ünïcödé 😀 e\u0301', '<b>bold</b> & "quotes"', '</script>', '-1 pegawai', '- daftar', '=1', 'a\nb', 'a\tb', '\u202E', '\u200B', '123456789012345'],
  date: ['2000-01-01', '2018-02-15', '15/02/2018', '15-02-2018', '15.02.2018', '15 Februari 2018', '15 PEB 2018', '29/02/2020', '29/02/2019', '2026-11-22', '2026-11-23', '1-1-2018', '1 jan 2018'],
  count: numbersAtLimits,
  year: ['1999', '2000', '2018', '2024', '2026', '2027', '02024', '2024.0'],
  enum: ['', 'other', 'lainnya', 'OTHER', 'Lain-lain', 'pact', 'PAKTA INTEGRITAS'],
  kecamatan: ['32.71.03', '327103', '32 71 03', '3271030', '3273090', 'KEC. BUAH BATU', 'Buahbatu', 'buah batu', 'Bogor Tengah', 'kecamatan: bogor tengah', 'Beji', '32.71.99', '99.99.99'],
  city: ['32.71', '3271', 'Kota Bogor', 'bogor', 'KOTA BANDUNG', 'Kabupaten Bogor', '32.01'],
  region: ['32', '32.71', '3271', '32-73', '33', '99.99'],
  election: ['pilkada-2018', 'pemilu-2024', 'pilkada-2024', 'PILKADA-2018', 'pemilu-2019'],
  url: ['https://example.org/', 'http://example.org', 'https://example.org/a?b=c&d=e#f', 'https://localhost/', 'https://xn--bcher-kva.example/', `https://example.org/${'a'.repeat(1980)}`, 'ftp://example.org/', '//example.org/', 'https://exa mple.org/'],
  flag: [...yesNo.terms.flatMap((t) => [t.key, t.id, t.en, ...(t.aliases ?? [])]), 'YA', ' Tidak ', 'y', '1', '0', 'true'],
};

/** A file generated from `clean` whose cells take values at the edge of their column kind; the layout stays plain. */
export function edgeValuedFile(schema: FileSchema, clean: string): fc.Arbitrary<Uint8Array> {
  const table = Papa.parse<string[]>(clean.trim(), { header: false }).data;
  const kinds = (table[0] ?? []).map((h) => schema.columns.find((c) => c.key === h)?.kind ?? 'text');
  const edit = fc.record({ r: fc.nat(), c: fc.nat(), pick: fc.nat() });
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const rows = table.map((row) => [...row]);
    for (const { r, c, pick } of edits) {
      const row = rows[1 + (r % Math.max(1, rows.length - 1))];
      const column = c % kinds.length;
      const pool = edgeValues[kinds[column] ?? 'text'];
      if (row !== undefined && row.length > column) row[column] = pool[pick % pool.length] ?? '';
    }
    return new Uint8Array(Buffer.from(Papa.unparse(rows, { newline: '\n' }), 'utf8'));
  });
}
