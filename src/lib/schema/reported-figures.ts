// reported-figures.csv: the public record, one row per figure as an institution stated it, never demo.
import { eventScopes } from '../vocab/terms.ts';
import { figureQuantities, figureUnits, statingBodies } from '../vocab/record-terms.ts';
import type { FileSchema } from './column.ts';

export const reportedFiguresSchema = {
  file: 'reported-figures.csv',
  optional: true,
  doc: {
    id: 'Catatan resmi: angka yang dinyatakan Bawaslu, KASN, BKN atau Kemendagri (nasional, provinsi, kota), masing-masing dengan sumbernya. Bukan data demo.',
    en: 'The public record: figures stated by Bawaslu, KASN, BKN or Kemendagri (national, province, city), each with its source. Never demo data.',
  },
  columns: [
    { key: 'id', aliases: ['kode', 'no'], kind: 'id', required: true, doc: { id: 'Kode unik angka.', en: 'Unique figure code.' }, example: 'rf-2020-kasn-2034' },
    { key: 'election', aliases: ['pemilihan', 'kode_pemilihan'], kind: 'election', required: true, doc: { id: 'Kode pemilihan dari elections.csv.', en: 'Election code from elections.csv.' }, example: 'pilkada-2020' },
    { key: 'scope', aliases: ['cakupan', 'tingkat'], kind: 'enum', vocab: eventScopes, required: true, doc: { id: 'Tingkat wilayah angka: nasional, provinsi atau kota/kabupaten.', en: 'Level of the figure: national, province or city/regency.' }, example: 'national' },
    { key: 'region', aliases: ['wilayah', 'kode_wilayah'], kind: 'region', required: false, doc: { id: 'Kode provinsi (32) atau kota/kabupaten (32.71) dari idn-area-data; kosong untuk nasional.', en: 'Province (32) or city/regency (32.71) code from idn-area-data; blank for national.' }, example: '32.71' },
    { key: 'quantity', aliases: ['besaran', 'jenis_angka'], kind: 'enum', vocab: figureQuantities, required: true, doc: { id: 'Apa yang dihitung angka ini, menurut alur penanganan.', en: 'What the figure counts, along the case flow.' }, example: 'proven' },
    { key: 'unit', aliases: ['satuan'], kind: 'enum', vocab: figureUnits, required: true, doc: { id: 'Satuan: ASN (orang) atau kasus.', en: 'Unit: civil servants (persons) or cases.' }, example: 'asn' },
    { key: 'value', aliases: ['nilai', 'jumlah', 'angka'], kind: 'count', required: true, doc: { id: 'Angka seperti dinyatakan (bilangan bulat, boleh 0).', en: 'The figure as stated (whole number, 0 allowed).' }, example: '1597' },
    { key: 'quantity_label', aliases: ['istilah', 'istilah_sumber'], kind: 'text', required: true, doc: { id: 'Istilah yang dipakai sumber untuk angka ini, apa adanya.', en: 'The words the source uses for this figure, as written.' }, example: 'ASN terbukti melakukan pelanggaran' },
    { key: 'period_start', aliases: ['awal_periode'], kind: 'date', required: false, doc: { id: 'Awal periode yang dicakup angka, bila diketahui.', en: 'Start of the period the figure covers, when known.' }, example: '2019-10-01' },
    { key: 'as_of', aliases: ['per_tanggal', 'posisi_tanggal', 'sampai_tanggal'], kind: 'date', required: true, doc: { id: 'Tanggal posisi data ("per ...").', en: 'Date the figure is as of.' }, example: '2024-02-06' },
    { key: 'stated_date', aliases: ['tanggal_pernyataan', 'tanggal'], kind: 'date', required: true, doc: { id: 'Tanggal angka dinyatakan.', en: 'Date the figure was stated.' }, example: '2024-02-06' },
    { key: 'stated_by', aliases: ['dinyatakan_oleh', 'instansi', 'lembaga'], kind: 'enum', vocab: statingBodies, required: true, doc: { id: 'Lembaga yang menyatakan angka.', en: 'Body that stated the figure.' }, example: 'kasn' },
    { key: 'setting', aliases: ['forum', 'kesempatan'], kind: 'text', required: false, doc: { id: 'Siapa dan dalam forum apa (rapat DPR, siaran pers, laporan tahunan).', en: 'Who, and in what setting (DPR hearing, press release, annual report).' }, example: 'Wakil Ketua KASN, siaran YouTube KASN RI' },
    { key: 'statement', aliases: ['pernyataan', 'kode_pernyataan'], kind: 'id', required: true, doc: { id: 'Kode pernyataan: angka dengan kode dan pemilihan yang sama berasal dari satu pernyataan, sehingga persentasenya boleh dihitung.', en: 'Statement code: figures with the same code and election come from one statement, so shares between them may be computed.' }, example: 'st-2024-02-06-kasn' },
    { key: 'source', aliases: ['judul_sumber', 'sumber'], kind: 'text', required: true, doc: { id: 'Judul artikel atau dokumen sumber.', en: 'Title of the source article or document.' }, example: 'KASN catat 183 ASN lakukan pelanggaran netralitas di Pemilu 2024' },
    { key: 'publisher', aliases: ['penerbit', 'media'], kind: 'text', required: true, doc: { id: 'Penerbit sumber.', en: 'Publisher of the source.' }, example: 'ANTARA Jawa Barat' },
    { key: 'source_url', aliases: ['url_sumber', 'tautan_sumber', 'url'], kind: 'url', required: true, doc: { id: 'Alamat web sumber (http/https), wajib.', en: 'Web address of the source (http/https), required.' }, example: 'https://jabar.antaranews.com/berita/494733/' },
    { key: 'contradicts', aliases: ['bertentangan_dengan'], kind: 'id', required: false, doc: { id: 'Kode angka lain yang menyatakan hal yang sama secara berbeda; keduanya ditampilkan.', en: 'Code of another figure that states the same thing differently; both are shown.' }, example: 'rf-2020-kasn-2034' },
    { key: 'note', aliases: ['catatan', 'keterangan'], kind: 'text', required: false, doc: { id: 'Catatan: konteks, rincian, mengapa dua sumber berbeda.', en: 'Note: context, breakdown, why two sources differ.' }, example: 'Bawaslu menghitung kasus; KASN menghitung ASN.' },
    { key: 'note_en', aliases: ['catatan_inggris', 'catatan_en'], kind: 'text', required: false, doc: { id: 'Catatan dalam bahasa Inggris; wajib jika ada catatan.', en: 'The note in English; required when there is a note.' }, example: 'Bawaslu counts cases; KASN counts ASN.' },
    { key: 'demo', aliases: ['data_demo', 'sintetis', 'is_demo'], kind: 'flag', required: false, doc: { id: 'Harus kosong atau Tidak: catatan resmi tidak pernah berisi data demo.', en: 'Must be blank or No: the public record never holds demo data.' }, example: 'tidak' },
  ],
} as const satisfies FileSchema;
