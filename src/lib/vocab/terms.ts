// Every enumerated value of the data contract, defined once for ingest, pages and the data dictionary.
import type { Vocabulary } from './vocabulary.ts';

export const electionKinds: Vocabulary = {
  name: 'election_kind',
  terms: [
    { key: 'pilkada', id: 'Pilkada (pemilihan kepala daerah)', en: 'Regional head election', aliases: ['pemilihan', 'regional'] },
    { key: 'pemilu', id: 'Pemilu (pemilihan umum)', en: 'General election', aliases: ['general', 'pileg', 'pilpres'] },
  ],
};

export const unitTypes: Vocabulary = {
  name: 'unit_type',
  terms: [
    { key: 'opd', id: 'Perangkat daerah (OPD)', en: 'City agency (OPD)', aliases: ['dinas', 'badan', 'skpd', 'agency', 'perangkat daerah'] },
    { key: 'kecamatan_office', id: 'Kantor kecamatan', en: 'Kecamatan office', aliases: ['kecamatan', 'kantor camat', 'district office'] },
    { key: 'kelurahan', id: 'Kantor kelurahan', en: 'Kelurahan office', aliases: ['kantor kelurahan', 'kelurahan office', 'village office'] },
    { key: 'school', id: 'Sekolah', en: 'School', aliases: ['sekolah', 'sd', 'smp', 'satuan pendidikan'] },
    { key: 'puskesmas', id: 'Puskesmas', en: 'Community health centre', aliases: ['health centre', 'health center'] },
    { key: 'bumd', id: 'BUMD', en: 'City-owned enterprise (BUMD)', aliases: ['badan usaha milik daerah', 'city enterprise'] },
    { key: 'other', id: 'Lainnya', en: 'Other', aliases: ['lain lain', 'lain'] },
  ],
};

export const activities: Vocabulary = {
  name: 'activity',
  terms: [
    { key: 'pact', id: 'Penandatanganan pakta integritas', en: 'Integrity pact signing', aliases: ['pakta', 'pakta integritas', 'integrity pact', 'penandatanganan pakta'] },
    { key: 'pledge', id: 'Ikrar / deklarasi netralitas', en: 'Neutrality pledge or declaration', aliases: ['ikrar', 'deklarasi', 'ikrar netralitas', 'declaration'] },
    { key: 'apel', id: 'Apel netralitas', en: 'Neutrality assembly (apel)', aliases: ['apel siaga', 'assembly'] },
    { key: 'socialisation', id: 'Sosialisasi', en: 'Briefing (socialisation)', aliases: ['sosialisasi', 'socialization', 'briefing'] },
  ],
};

/** Activities in which staff sign a commitment; only these count towards pact coverage. */
export const signingActivities: ReadonlySet<string> = new Set(['pact', 'pledge']);

export const caseOrigins: Vocabulary = {
  name: 'origin',
  terms: [
    { key: 'finding', id: 'Temuan Bawaslu', en: 'Bawaslu finding', aliases: ['temuan'] },
    { key: 'report', id: 'Laporan masyarakat', en: 'Public report', aliases: ['laporan', 'aduan', 'complaint'] },
  ],
};

// Violation categories of the 2022 joint decree (SKB) on ASN neutrality.
export const categories: Vocabulary = {
  name: 'category',
  terms: [
    { key: 'social_media_campaign', id: 'Kampanye di media sosial', en: 'Campaigning on social media', aliases: ['kampanye medsos', 'medsos'] },
    { key: 'social_media_interaction', id: 'Interaksi media sosial (unggah, suka, bagikan, ikuti)', en: 'Social-media interaction (post, like, share, follow)', aliases: ['like share', 'interaksi medsos', 'memberikan like'] },
    { key: 'partisan_photo', id: 'Foto dengan gestur keberpihakan', en: 'Photo with a partisan gesture', aliases: ['foto bersama calon', 'gestur', 'foto'] },
    { key: 'attending_declaration', id: 'Menghadiri deklarasi atau kampanye', en: 'Attending a declaration or campaign', aliases: ['menghadiri deklarasi', 'menghadiri kampanye', 'hadir kampanye'] },
    { key: 'campaign_participation', id: 'Ikut serta dalam kampanye', en: 'Taking part in a campaign', aliases: ['ikut kampanye', 'terlibat kampanye'] },
    { key: 'organising_activity', id: 'Mengadakan kegiatan yang berpihak', en: 'Organising partisan activity', aliases: ['mengadakan kegiatan', 'menyelenggarakan kegiatan'] },
    { key: 'approaching_party', id: 'Melakukan pendekatan ke partai politik', en: 'Approaching a political party', aliases: ['pendekatan partai', 'mendaftar bakal calon'] },
    { key: 'party_membership', id: 'Menjadi anggota atau pengurus partai politik', en: 'Party membership', aliases: ['anggota partai', 'pengurus partai'] },
    { key: 'campaign_team', id: 'Menjadi anggota tim kampanye / tim sukses', en: 'Campaign-team membership', aliases: ['tim sukses', 'timses', 'tim kampanye'] },
    { key: 'collecting_id', id: 'Mengumpulkan fotokopi KTP untuk calon perseorangan', en: 'Collecting ID copies for an independent candidate', aliases: ['mengumpulkan ktp', 'dukungan ktp'] },
    { key: 'favouring_decision', id: 'Membuat keputusan yang menguntungkan calon', en: 'Decision favouring a candidate', aliases: ['keputusan menguntungkan', 'favoring decision'] },
    { key: 'state_facilities', id: 'Menggunakan fasilitas negara', en: 'Use of state facilities', aliases: ['fasilitas negara', 'fasilitas dinas'] },
    { key: 'other', id: 'Lainnya', en: 'Other', aliases: ['lain lain', 'lain'] },
  ],
};

export const positionGroups: Vocabulary = {
  name: 'position_group',
  terms: [
    { key: 'area_head', id: 'Pimpinan wilayah (camat, lurah, sekretaris)', en: 'Area head (camat, lurah, secretary)', aliases: ['camat', 'lurah', 'pimpinan wilayah', 'sekcam', 'seklur'] },
    { key: 'structural', id: 'Pejabat struktural (administrator, pengawas)', en: 'Structural official', aliases: ['struktural', 'pejabat', 'jpt', 'administrator', 'pengawas'] },
    { key: 'teacher', id: 'Guru', en: 'Teacher', aliases: ['guru', 'fungsional guru', 'pendidik'] },
    { key: 'health_worker', id: 'Tenaga kesehatan', en: 'Health worker', aliases: ['nakes', 'tenaga kesehatan', 'dokter', 'perawat', 'bidan'] },
    { key: 'functional', id: 'Jabatan fungsional lain', en: 'Other functional post', aliases: ['fungsional'] },
    { key: 'staff', id: 'Pelaksana', en: 'Staff (pelaksana)', aliases: ['pelaksana', 'staf'] },
    { key: 'pppk', id: 'PPPK', en: 'Contract civil servant (PPPK)', aliases: ['p3k', 'pegawai pemerintah dengan perjanjian kerja'] },
    { key: 'unknown', id: 'Tidak disebutkan', en: 'Not stated', aliases: ['tidak diketahui', 'unknown', 'not stated'] },
  ],
};

// Stages of a case, in the order a case moves through them (see methodology).
export const statuses: Vocabulary = {
  name: 'status',
  terms: [
    { key: 'initial_review', id: 'Kajian awal', en: 'Initial review', aliases: ['kajian', 'penanganan awal', 'review'] },
    { key: 'not_registered', id: 'Tidak diregistrasi', en: 'Not registered', aliases: ['tidak diregister', 'tidak memenuhi syarat'] },
    { key: 'registered', id: 'Diregistrasi', en: 'Registered', aliases: ['register', 'teregistrasi'] },
    { key: 'clarification', id: 'Klarifikasi', en: 'Clarification', aliases: ['pemeriksaan'] },
    { key: 'not_violation', id: 'Bukan pelanggaran', en: 'Not a violation', aliases: ['tidak terbukti', 'not proven', 'bukan pelanggaran netralitas'] },
    { key: 'violation', id: 'Terbukti pelanggaran', en: 'Violation proven', aliases: ['terbukti', 'pelanggaran', 'proven', 'violation'] },
    { key: 'forwarded', id: 'Diteruskan ke KASN/BKN', en: 'Forwarded to KASN/BKN', aliases: ['diteruskan', 'diteruskan ke kasn', 'diteruskan ke bkn', 'diteruskan kasn'] },
    { key: 'recommended', id: 'Rekomendasi ke PPK', en: 'Recommendation to the PPK', aliases: ['rekomendasi', 'rekomendasi kasn', 'recommendation'] },
    { key: 'sanctioned', id: 'Sanksi dijatuhkan', en: 'Sanction imposed', aliases: ['disanksi', 'dijatuhi sanksi', 'sanction imposed'] },
    { key: 'not_followed_up', id: 'Tidak ditindaklanjuti PPK', en: 'Not followed up by the PPK', aliases: ['tidak ditindaklanjuti', 'not followed up'] },
  ],
};

/** Statuses that mean a violation was proven (the case reached or passed that stage). */
export const provenStatuses: ReadonlySet<string> = new Set(['violation', 'forwarded', 'recommended', 'sanctioned', 'not_followed_up']);
/** Statuses that mean a recommendation reached the PPK: the denominator of follow-through. */
export const recommendedStatuses: ReadonlySet<string> = new Set(['recommended', 'sanctioned', 'not_followed_up']);
/** Statuses that carry a decision by Bawaslu and so need a decision date. */
export const decidedStatuses: ReadonlySet<string> = new Set(['not_registered', 'not_violation', 'violation', 'forwarded', 'recommended', 'sanctioned', 'not_followed_up']);

export const sanctions: Vocabulary = {
  name: 'sanction',
  terms: [
    { key: 'none', id: 'Tidak ada', en: 'None', aliases: ['tidak ada', 'tanpa sanksi', '-'] },
    { key: 'moral', id: 'Sanksi moral (PP 42/2004)', en: 'Moral sanction (PP 42/2004)', aliases: ['moral', 'pernyataan terbuka', 'pernyataan tertutup'] },
    { key: 'light', id: 'Hukuman disiplin ringan', en: 'Light disciplinary penalty', aliases: ['ringan', 'disiplin ringan', 'teguran'] },
    { key: 'medium', id: 'Hukuman disiplin sedang', en: 'Medium disciplinary penalty', aliases: ['sedang', 'disiplin sedang'] },
    { key: 'heavy', id: 'Hukuman disiplin berat', en: 'Heavy disciplinary penalty', aliases: ['berat', 'disiplin berat'] },
    { key: 'dismissal', id: 'Pemberhentian', en: 'Dismissal', aliases: ['diberhentikan', 'pemberhentian tidak dengan hormat', 'pthd'] },
  ],
};

export const eventScopes: Vocabulary = {
  name: 'scope',
  terms: [
    { key: 'national', id: 'Nasional', en: 'National' },
    { key: 'province', id: 'Provinsi', en: 'Province', aliases: ['provinsi jawa barat', 'jabar'] },
    { key: 'city', id: 'Kota', en: 'City', aliases: ['kota', 'kabupaten kota', 'kab kota'] },
  ],
};

export const eventTypes: Vocabulary = {
  name: 'event_type',
  terms: [
    { key: 'regulation', id: 'Regulasi', en: 'Regulation', aliases: ['peraturan', 'surat edaran', 'skb'] },
    { key: 'election_stage', id: 'Tahapan pemilihan', en: 'Election stage', aliases: ['tahapan', 'stage'] },
    { key: 'signing', id: 'Penandatanganan', en: 'Signing', aliases: ['penandatanganan pakta', 'deklarasi'] },
    { key: 'institutional_change', id: 'Perubahan kelembagaan', en: 'Institutional change', aliases: ['kelembagaan'] },
    { key: 'data_release', id: 'Rilis data', en: 'Data release', aliases: ['rilis', 'publikasi data'] },
  ],
};

export const yesNo: Vocabulary = {
  name: 'yes_no',
  terms: [
    { key: 'yes', id: 'Ya', en: 'Yes', aliases: ['y', 'true', '1', 'demo', 'benar'] },
    { key: 'no', id: 'Tidak', en: 'No', aliases: ['n', 'false', '0', 'bukan', 't'] },
  ],
};
