// signings.csv: one row per signing event by one unit.
import { activities, unitTypes } from '../vocab/terms.ts';
import { provenanceColumns, type FileSchema } from './column.ts';

export const signingsSchema = {
  file: 'signings.csv',
  optional: false,
  doc: { id: 'Satu baris per kegiatan penandatanganan oleh satu unit kerja.', en: 'One row per signing event by one unit.' },
  columns: [
    { key: 'id', aliases: ['kode', 'no_kegiatan'], kind: 'id', required: true, doc: { id: 'Kode unik baris.', en: 'Unique row code.' }, example: 'sg-0001' },
    { key: 'election', aliases: ['pemilihan', 'kode_pemilihan'], kind: 'election', required: true, doc: { id: 'Kode pemilihan dari elections.csv.', en: 'Election code from elections.csv.' }, example: 'pemilu-2024' },
    { key: 'date', aliases: ['tanggal', 'tanggal_kegiatan', 'tgl'], kind: 'date', required: true, doc: { id: 'Tanggal penandatanganan.', en: 'Date of the signing.' }, example: '18/07/2023' },
    { key: 'city', aliases: ['kota', 'kabupaten_kota', 'kode_kota'], kind: 'city', required: false, doc: { id: 'Kota; wajib jika kecamatan kosong (kegiatan tingkat kota).', en: 'City; required when kecamatan is blank (city-wide event).' }, example: 'Kota Bandung' },
    { key: 'kecamatan', aliases: ['kode_kecamatan', 'nama_kecamatan', 'kec', 'district'], kind: 'kecamatan', required: false, doc: { id: 'Kode Kemendagri, kode BPS atau nama kecamatan; kosong = tingkat kota.', en: 'Kemendagri code, BPS code or name; blank = city-wide.' }, example: 'KEC. BUAH BATU' },
    { key: 'unit_type', aliases: ['jenis_unit', 'jenis_instansi'], kind: 'enum', vocab: unitTypes, required: true, doc: { id: 'Jenis unit kerja.', en: 'Kind of unit.' }, example: 'kelurahan' },
    { key: 'unit_name', aliases: ['nama_unit', 'nama_instansi', 'unit_kerja', 'nama_unit_kerja', 'nama_opd', 'opd', 'nama_perangkat_daerah'], kind: 'text', required: true, doc: { id: 'Nama unit kerja (bukan nama orang).', en: 'Name of the unit (never a person).' }, example: 'Kelurahan Margasari' },
    { key: 'activity', aliases: ['kegiatan', 'jenis_kegiatan'], kind: 'enum', vocab: activities, required: true, doc: { id: 'Jenis kegiatan.', en: 'Kind of activity.' }, example: 'pakta integritas' },
    { key: 'signatories', aliases: ['jumlah_penandatangan', 'penandatangan', 'jumlah_peserta'], kind: 'count', required: true, doc: { id: 'Jumlah ASN yang menandatangani atau mengikuti.', en: 'Civil servants who signed or took part.' }, example: '42' },
    { key: 'staff_total', aliases: ['jumlah_pegawai', 'total_pegawai', 'jumlah_asn_unit'], kind: 'count', required: true, doc: { id: 'Jumlah seluruh ASN di unit tersebut.', en: 'All civil servants of the unit.' }, example: '45' },
    ...provenanceColumns,
  ],
} as const satisfies FileSchema;
