// cases.csv: one row per reported civil servant in a case, with no identity.
import { caseOrigins, categories, positionGroups, sanctions, statuses } from '../vocab/terms.ts';
import { provenanceColumns, type FileSchema } from './column.ts';

export const casesSchema = {
  file: 'cases.csv',
  optional: false,
  doc: { id: 'Satu baris per ASN yang dilaporkan dalam satu perkara, tanpa identitas.', en: 'One row per reported civil servant in a case, without identity.' },
  columns: [
    { key: 'id', aliases: ['kode', 'no_register', 'nomor'], kind: 'id', required: true, doc: { id: 'Kode unik baris (bukan NIP).', en: 'Unique row code (never a NIP).' }, example: 'cs-000123' },
    { key: 'election', aliases: ['pemilihan', 'kode_pemilihan'], kind: 'election', required: true, doc: { id: 'Kode pemilihan dari elections.csv.', en: 'Election code from elections.csv.' }, example: 'pilkada-2024' },
    { key: 'kecamatan', aliases: ['kode_kecamatan', 'nama_kecamatan', 'kec', 'district'], kind: 'kecamatan', required: true, doc: { id: 'Kecamatan tempat ASN bertugas.', en: 'Kecamatan where the civil servant works.' }, example: '3273090' },
    { key: 'origin', aliases: ['asal', 'sumber_perkara', 'jenis_perkara'], kind: 'enum', vocab: caseOrigins, required: true, doc: { id: 'Temuan Bawaslu atau laporan masyarakat.', en: 'Bawaslu finding or public report.' }, example: 'temuan' },
    { key: 'category', aliases: ['kategori', 'jenis_pelanggaran'], kind: 'enum', vocab: categories, required: true, doc: { id: 'Kategori dugaan pelanggaran (SKB 2022).', en: 'Alleged violation category (2022 joint decree).' }, example: 'kampanye medsos' },
    { key: 'position_group', aliases: ['kelompok_jabatan', 'jabatan'], kind: 'enum', vocab: positionGroups, required: true, doc: { id: 'Kelompok jabatan (tidak pernah nama jabatan perorangan). Hanya diterbitkan sebagai total kota.', en: 'Position group (never an individual post). Published only as city totals.' }, example: 'guru' },
    { key: 'status', aliases: ['status_penanganan', 'tahap'], kind: 'enum', vocab: statuses, required: true, doc: { id: 'Tahap terakhir penanganan.', en: 'Latest handling stage.' }, example: 'rekomendasi' },
    { key: 'reported_date', aliases: ['tanggal_laporan', 'tanggal_temuan', 'tgl_lapor'], kind: 'date', required: true, doc: { id: 'Tanggal laporan atau temuan.', en: 'Date of the report or finding.' }, example: '2024-10-02' },
    { key: 'decision_date', aliases: ['tanggal_putusan', 'tanggal_keputusan', 'tgl_putusan'], kind: 'date', required: false, doc: { id: 'Tanggal putusan Bawaslu; wajib bila status sudah diputus.', en: 'Date of the Bawaslu decision; required once the status is decided.' }, example: '2024-10-20' },
    { key: 'sanction', aliases: ['sanksi', 'jenis_sanksi'], kind: 'enum', vocab: sanctions, required: false, doc: { id: 'Sanksi yang dijatuhkan; hanya untuk status sanksi dijatuhkan.', en: 'Sanction imposed; only with status sanction imposed.' }, example: 'sedang' },
    ...provenanceColumns,
  ],
} as const satisfies FileSchema;
