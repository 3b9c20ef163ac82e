// events.csv: the timeline of regulations, election stages, signings and institutional changes.
import { eventScopes, eventTypes } from '../vocab/terms.ts';
import { provenanceColumns, type FileSchema } from './column.ts';

export const eventsSchema = {
  file: 'events.csv',
  optional: false,
  doc: { id: 'Linimasa peristiwa: regulasi, tahapan pemilihan, penandatanganan, perubahan kelembagaan, rilis data.', en: 'Timeline of events: regulations, election stages, signings, institutional changes, data releases.' },
  columns: [
    { key: 'id', aliases: ['kode', 'no'], kind: 'id', required: true, doc: { id: 'Kode unik peristiwa.', en: 'Unique event code.' }, example: 'ev-2018-02-15-bogor-pakta' },
    { key: 'election', aliases: ['pemilihan', 'kode_pemilihan'], kind: 'election', required: false, doc: { id: 'Kode pemilihan terkait; kosong jika umum.', en: 'Related election code; blank when general.' }, example: 'pilkada-2018' },
    { key: 'scope', aliases: ['cakupan', 'lingkup'], kind: 'enum', vocab: eventScopes, required: true, doc: { id: 'Cakupan: nasional, provinsi atau kota.', en: 'Scope: national, province or city.' }, example: 'city' },
    { key: 'region', aliases: ['wilayah', 'kode_wilayah'], kind: 'region', required: false, doc: { id: 'Kode provinsi (32) atau kota (32.71); wajib untuk cakupan provinsi/kota, kosong untuk nasional.', en: 'Province (32) or city (32.71) code; required for province/city scope, blank for national.' }, example: '32.71' },
    { key: 'start_date', aliases: ['tanggal', 'tanggal_mulai', 'date'], kind: 'date', required: true, doc: { id: 'Tanggal (mulai) peristiwa.', en: 'Date (start) of the event.' }, example: '15 Februari 2018' },
    { key: 'end_date', aliases: ['tanggal_selesai', 'sampai'], kind: 'date', required: false, doc: { id: 'Tanggal selesai untuk peristiwa berdurasi.', en: 'End date for an event that spans days.' }, example: '2018-06-23' },
    { key: 'type', aliases: ['jenis', 'jenis_peristiwa'], kind: 'enum', vocab: eventTypes, required: true, doc: { id: 'Jenis peristiwa.', en: 'Kind of event.' }, example: 'signing' },
    { key: 'title_id', aliases: ['judul', 'judul_id', 'uraian'], kind: 'text', required: true, doc: { id: 'Judul dalam Bahasa Indonesia.', en: 'Title in Bahasa Indonesia.' }, example: 'Penandatanganan pakta netralitas di Hotel Pangrango II' },
    { key: 'title_en', aliases: ['judul_en', 'judul_inggris'], kind: 'text', required: true, doc: { id: 'Judul dalam bahasa Inggris.', en: 'Title in English.' }, example: 'Neutrality pact signed at Hotel Pangrango II' },
    ...provenanceColumns,
  ],
} as const satisfies FileSchema;
