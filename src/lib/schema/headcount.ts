// headcount.csv: ASN per kecamatan per year, the denominator of violation rates.
import { provenanceColumns, type FileSchema } from './column.ts';

export const headcountSchema = {
  file: 'headcount.csv',
  optional: false,
  doc: { id: 'Jumlah ASN yang bertugas di tiap kecamatan per tahun: penyebut angka pelanggaran per 1.000 ASN.', en: 'Civil servants working in each kecamatan per year: the denominator of violations per 1,000 ASN.' },
  columns: [
    { key: 'year', aliases: ['tahun'], kind: 'year', required: true, doc: { id: 'Tahun data.', en: 'Year of the count.' }, example: '2024' },
    { key: 'kecamatan', aliases: ['kode_kecamatan', 'nama_kecamatan', 'kec', 'district'], kind: 'kecamatan', required: true, doc: { id: 'Kode Kemendagri, kode BPS atau nama kecamatan.', en: 'Kemendagri code, BPS code or name of the kecamatan.' }, example: '32.71.03' },
    { key: 'asn_total', aliases: ['jumlah_asn', 'total_asn', 'jumlah_pegawai'], kind: 'count', required: true, doc: { id: 'Jumlah ASN (PNS dan PPPK).', en: 'Number of ASN (PNS and PPPK).' }, example: '1250' },
    ...provenanceColumns,
  ],
} as const satisfies FileSchema;
