// cities.csv: which kota/kabupaten the site covers; adding a row (and its data) adds a city.
import { provenanceColumns, type FileSchema } from './column.ts';

export const citiesSchema = {
  file: 'cities.csv',
  optional: false,
  doc: { id: 'Kota/kabupaten yang dicakup situs. Nama resmi diambil dari idn-area-data berdasarkan kode.', en: 'Cities (kota/kabupaten) the site covers. Official names come from idn-area-data by code.' },
  columns: [
    { key: 'code', aliases: ['kode', 'kode_kota', 'kode_wilayah'], kind: 'region', required: true, doc: { id: 'Kode Kemendagri kota/kabupaten (dua bagian).', en: 'Kemendagri code of the city (two parts).' }, example: '32.71' },
    { key: 'slug', aliases: ['nama_url'], kind: 'id', required: true, doc: { id: 'Nama pendek dan unik untuk alamat halaman: huruf kecil, angka dan tanda hubung (kabupaten-bogor).', en: 'Short, unique name used in page addresses: lower-case letters, digits and hyphens (kabupaten-bogor).' }, example: 'bogor' },
    ...provenanceColumns,
  ],
} as const satisfies FileSchema;
