// The reference tables a data folder may carry (reference/), read with the same rules and wording as the
// main inputs: kecamatan name variants, and the BPS-to-Kemendagri code bridge.
import type { FileSchema } from './column.ts';

export const aliasesSchema = {
  file: 'reference/kecamatan-aliases.csv',
  optional: true,
  comments: true,
  doc: { id: 'Ejaan nama kecamatan yang ditemui di ekspor, dengan kode Kemendagri yang dimaksud.', en: 'Kecamatan spellings seen in exports, with the Kemendagri code they mean.' },
  columns: [
    { key: 'alias', aliases: ['ejaan', 'nama_lain', 'variasi', 'variant'], kind: 'text', required: true, doc: { id: 'Ejaan yang ditemui.', en: 'Spelling seen.' }, example: 'Bojongloa Kaler' },
    { key: 'code', aliases: ['kode', 'kode_kecamatan', 'kode_kemendagri'], kind: 'text', required: true, doc: { id: 'Kode Kemendagri kecamatan.', en: 'Kemendagri code of the kecamatan.' }, example: '32.73.02' },
    { key: 'note', aliases: ['catatan', 'keterangan'], kind: 'text', required: false, doc: { id: 'Catatan.', en: 'Note.' }, example: '' },
  ],
} as const satisfies FileSchema;

export const bpsBridgeSchema = {
  file: 'reference/kecamatan-bps-kemendagri.csv',
  optional: true,
  comments: true,
  doc: { id: 'Padanan kode kecamatan BPS dengan kode Kemendagri.', en: 'BPS kecamatan codes bridged to Kemendagri codes.' },
  columns: [
    { key: 'bps_code', aliases: ['kode_bps'], kind: 'text', required: true, doc: { id: 'Kode BPS (7 angka).', en: 'BPS code (7 digits).' }, example: '3271030' },
    { key: 'bps_name', aliases: ['nama_bps', 'nama_kecamatan_bps'], kind: 'text', required: false, doc: { id: 'Nama kecamatan menurut BPS.', en: 'Kecamatan name as BPS writes it.' }, example: 'BOGOR TENGAH' },
    { key: 'code', aliases: ['kode', 'kode_kemendagri', 'kode_kecamatan'], kind: 'text', required: true, doc: { id: 'Kode Kemendagri kecamatan.', en: 'Kemendagri code of the kecamatan.' }, example: '32.71.03' },
  ],
} as const satisfies FileSchema;
