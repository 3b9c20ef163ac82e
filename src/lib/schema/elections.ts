// elections.csv: the elections the site covers, with the dates that frame their data.
import { electionKinds } from '../vocab/terms.ts';
import { provenanceColumns, type FileSchema } from './column.ts';

export const electionsSchema = {
  file: 'elections.csv',
  optional: false,
  doc: { id: 'Daftar pemilihan yang dicakup, dengan tanggal kampanye, pemungutan suara dan jendela data.', en: 'Elections covered, with campaign, voting and data-window dates.' },
  columns: [
    { key: 'id', aliases: ['kode', 'kode_pemilihan'], kind: 'id', required: true, doc: { id: 'Kode unik pemilihan, dipakai di berkas lain.', en: 'Unique election code, used by the other files.' }, example: 'pilkada-2018' },
    { key: 'name_id', aliases: ['nama_pemilihan', 'nama_id'], kind: 'text', required: true, doc: { id: 'Nama dalam Bahasa Indonesia.', en: 'Name in Bahasa Indonesia.' }, example: 'Pilkada Serentak 2018' },
    { key: 'name_en', aliases: ['nama_inggris', 'nama_en'], kind: 'text', required: true, doc: { id: 'Nama dalam bahasa Inggris.', en: 'Name in English.' }, example: '2018 simultaneous regional elections' },
    { key: 'kind', aliases: ['jenis', 'jenis_pemilihan'], kind: 'enum', vocab: electionKinds, required: true, doc: { id: 'Jenis pemilihan.', en: 'Kind of election.' }, example: 'pilkada' },
    { key: 'campaign_start', aliases: ['mulai_kampanye', 'awal_kampanye'], kind: 'date', required: true, doc: { id: 'Hari pertama masa kampanye.', en: 'First day of the campaign period.' }, example: '2018-02-15' },
    { key: 'campaign_end', aliases: ['akhir_kampanye', 'selesai_kampanye'], kind: 'date', required: true, doc: { id: 'Hari terakhir masa kampanye.', en: 'Last day of the campaign period.' }, example: '2018-06-23' },
    { key: 'voting_date', aliases: ['hari_pemungutan_suara', 'tanggal_pemungutan', 'pemungutan_suara'], kind: 'date', required: true, doc: { id: 'Hari pemungutan suara.', en: 'Voting day.' }, example: '2018-06-27' },
    { key: 'window_start', aliases: ['awal_jendela_data', 'mulai_periode_data'], kind: 'date', required: true, doc: { id: 'Tanggal paling awal yang masuk akal untuk penandatanganan atau laporan pemilihan ini.', en: 'Earliest plausible date of a signing or report for this election.' }, example: '2017-06-01' },
    { key: 'window_end', aliases: ['akhir_jendela_data', 'akhir_periode_data'], kind: 'date', required: true, doc: { id: 'Tanggal paling akhir yang masuk akal untuk penandatanganan, laporan atau putusan.', en: 'Latest plausible date of a signing, report or decision.' }, example: '2018-12-31' },
    ...provenanceColumns,
  ],
} as const satisfies FileSchema;
