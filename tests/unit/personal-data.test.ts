// Personal data is recognised in headers and in free text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { personalDataHeader, personalDataInText } from '../../src/lib/pipeline/personal-data.ts';

const headers: [string, string | undefined][] = [
  ['Nama', 'name'], ['Nama Terlapor', 'name'], ['NIP', 'nip'], ['NIP Baru', 'nip'], ['NIK', 'nik'], ['No KTP', 'nik'],
  ['No. HP', 'phone'], ['Telepon', 'phone'], ['E-mail', 'email'], ['Alamat Rumah', 'address'], ['Foto', 'photo'],
  ['Nama Pelapor', 'reporter'], ['Tanggal Lahir', 'birth'], ['keterangan', undefined], ['Nama Lengkap Terlapor', 'name'], ['Nama ASN Terlapor', 'name'],
];
for (const [header, kind] of headers) {
  test(`header ${JSON.stringify(header)} -> ${kind ?? 'not personal'}`, () => assert.equal(personalDataHeader(header), kind));
}

const texts: [string, string | undefined][] = [
  ['Kantor Kelurahan Margasari', undefined],
  ['SD Negeri 7 Bogor Tengah', undefined],
  ['Pegawai 198501012010011001', 'id-number'],
  ['NIP 19850101 201001 1 001', 'id-number'],
  ['NIK 3273012345678901', 'id-number'],
  ['hubungi budi@example.com', 'email'],
  ['WA 0812-3456-7890', 'phone'],
  ['+62 812 3456 7890', 'phone'],
  ['SE 100.3.4/2159-BKPSDM', undefined],
];
for (const [text, kind] of texts) {
  test(`text ${JSON.stringify(text)} -> ${kind ?? 'clean'}`, () => assert.equal(personalDataInText(text), kind));
}

test('a unit named after an official place that reads like a form of address is not a person; a person still is', async () => {
  const { registerPlaceNames } = await import('../../src/lib/pipeline/personal-data.ts');
  // Kecamatan Ibu Utara (82.01.07), desa Bu Selatan and Pak Laheng: names from idn-area-data.
  registerPlaceNames(['Ibu Utara', 'Bu Selatan', 'Pak Laheng', 'Alue Bu Tuha', 'Bogor Tengah']);
  for (const unit of ['Kantor Kecamatan Ibu Utara', 'SD Negeri 2 Ibu Utara', 'Kantor Desa/Kelurahan Bu Selatan', 'Kantor Desa/Kelurahan Pak Laheng', 'Kantor Desa/Kelurahan Alue Bu Tuha']) {
    assert.equal(personalDataInText(unit), undefined, unit);
  }
  for (const person of ['Ibu Ani Suryani', 'disampaikan Pak Budi', 'SD Negeri 2 Ibu Utara, kepala sekolah Ibu Ani', 'atas nama Sdr. Budi Santoso, S.Pd.']) {
    assert.equal(personalDataInText(person), 'name', person);
  }
});
