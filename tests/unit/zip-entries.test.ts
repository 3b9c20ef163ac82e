// The zip writer under the .xlsx downloads: laid out as fflate's zipSync lays out the same files (level 6, fixed
// time), which wrote them before, deflated by zlib, and the parts every workbook repeats deflated once and reused.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { zipEntries } from '../../src/lib/xlsx/zip-entries.ts';

const entries = [
  { name: 'a.xml', text: '<?xml version="1.0"?><a>ééé</a>', shared: true },
  { name: 'dir/b.xml', text: `<b>${'Kecamatan Bogor Tengah, 32.71.03; '.repeat(200)}</b>`, shared: false },
  { name: 'empty.txt', text: '', shared: false },
];

/** Every central directory record of an archive: the fields a reader goes by, but the size of the compressed data. */
function directory(zip: Uint8Array): Record<string, number | string>[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  assert.equal(view.getUint32(end, true), 0x06054b50, 'the archive ends with its end record, without a comment');
  const records: Record<string, number | string>[] = [];
  for (let at = view.getUint32(end + 16, true), n = 0; n < view.getUint16(end + 10, true); n++) {
    assert.equal(view.getUint32(at, true), 0x02014b50);
    const [nameLength, extra, comment] = [view.getUint16(at + 28, true), view.getUint16(at + 30, true), view.getUint16(at + 32, true)];
    records.push({
      made: view.getUint16(at + 4, true), needs: view.getUint16(at + 6, true), flags: view.getUint16(at + 8, true), method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true), crc: view.getUint32(at + 16, true), size: view.getUint32(at + 24, true),
      extra, comment, name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extra + comment;
  }
  return records;
}

test("zipEntries lays the files out as fflate's zipSync did (deflated, 2000-01-01 00:00, no extra fields or comments)", async () => {
  const ours = await zipEntries(entries.map((e) => ({ name: e.name, text: e.text, shared: e.shared })));
  const theirs = zipSync(Object.fromEntries(entries.map((e) => [e.name, strToU8(e.text)])), { level: 6, mtime: new Date(2000, 0, 1) });
  assert.deepEqual(directory(ours), directory(theirs));
  assert.ok(ours.length <= theirs.length, `${ours.length} bytes, no more than zipSync's ${theirs.length}`);
});

test('a zip of zipEntries reads back entry for entry, a shared entry the same every time', async () => {
  const make = (): Promise<Uint8Array> => zipEntries(entries.map((e) => ({ name: e.name, text: e.text, shared: e.shared })));
  const first = await make();
  assert.deepEqual(await make(), first);
  const files = unzipSync(first);
  assert.deepEqual(Object.keys(files), entries.map((e) => e.name));
  for (const e of entries) assert.equal(strFromU8(files[e.name]!), e.text);
});

test('shared entries of the same name but other content are kept apart', async () => {
  const one = unzipSync(await zipEntries([{ name: 'x.xml', text: '<one/>', shared: true }]));
  const two = unzipSync(await zipEntries([{ name: 'x.xml', text: '<two/>', shared: true }]));
  assert.deepEqual([strFromU8(one['x.xml']!), strFromU8(two['x.xml']!)], ['<one/>', '<two/>']);
});

test('an entry given in parts makes the same archive as its whole text: one part, two, or thousands', async () => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `<row r="${i}"><c><v>${(i * 7919) % 1000}</v></c></row>`);
  const whole = await zipEntries([{ name: 'sheet.xml', text: rows.join('') }]);
  for (const size of [30_000, 20_000, 1_000, 7]) {
    const parts = function* (): Generator<string> {
      for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size).join('');
    };
    assert.deepEqual(await zipEntries([{ name: 'sheet.xml', text: parts() }]), whole, `parts of ${size} rows`);
  }
  assert.equal(strFromU8(unzipSync(await zipEntries([{ name: 'empty.xml', text: [] }]))['empty.xml']!), '');
});
