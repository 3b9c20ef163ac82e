// Vocabularies of the public record (reported-figures.csv): what a figure counts, in what unit, and who stated it.
import type { Vocabulary } from './vocabulary.ts';

/** What a stated figure counts, along the case flow; the institutions' own words are the aliases. */
export const figureQuantities: Vocabulary = {
  name: 'figure_quantity',
  terms: [
    { key: 'reported', id: 'Dilaporkan / dugaan pelanggaran', en: 'Reported / alleged', aliases: ['dilaporkan', 'dugaan', 'dugaan pelanggaran', 'diadukan', 'aduan', 'alleged'] },
    { key: 'findings', id: 'Temuan pengawas', en: 'Supervisors\' findings', aliases: ['temuan', 'ditemukan', 'finding'] },
    { key: 'public_reports', id: 'Laporan masyarakat', en: 'Public reports', aliases: ['laporan masyarakat', 'laporan'] },
    { key: 'summoned', id: 'Dipanggil untuk klarifikasi', en: 'Summoned for clarification', aliases: ['dipanggil', 'klarifikasi', 'diklarifikasi'] },
    { key: 'recommended', id: 'Direkomendasikan (ke KASN/BKN atau PPK)', en: 'Recommended (to KASN/BKN or the PPK)', aliases: ['rekomendasi', 'direkomendasikan', 'diteruskan', 'recommendation'] },
    { key: 'proven', id: 'Terbukti melanggar', en: 'Proven', aliases: ['terbukti', 'terbukti melanggar', 'violation proven'] },
    { key: 'not_proven', id: 'Tidak terbukti / dihentikan', en: 'Not proven / dropped', aliases: ['tidak terbukti', 'dihentikan', 'bukan pelanggaran', 'not a violation'] },
    { key: 'sanctioned', id: 'Dijatuhi sanksi oleh PPK', en: 'Sanctioned by the PPK', aliases: ['disanksi', 'dijatuhi sanksi', 'ditindaklanjuti ppk', 'sanction imposed'] },
    { key: 'dismissed', id: 'Diberhentikan dari ASN', en: 'Dismissed from the civil service', aliases: ['dipecat', 'diberhentikan', 'pemberhentian', 'dismissal'] },
    { key: 'pending', id: 'Masih menunggu tindak lanjut', en: 'Still pending', aliases: ['menunggu', 'dalam proses', 'belum ditindaklanjuti', 'in process'] },
  ],
};

/** Whether a figure counts civil servants or cases: institutions use both, and they do not add up. */
export const figureUnits: Vocabulary = {
  name: 'figure_unit',
  terms: [
    { key: 'asn', id: 'ASN (orang)', en: 'Civil servants (persons)', aliases: ['orang', 'pegawai', 'persons', 'pns'] },
    { key: 'cases', id: 'Kasus / perkara', en: 'Cases', aliases: ['kasus', 'perkara', 'case'] },
  ],
};

/** The bodies whose statements make the public record. */
export const statingBodies: Vocabulary = {
  name: 'stated_by',
  terms: [
    { key: 'bawaslu_ri', id: 'Bawaslu RI', en: 'Bawaslu (national)', aliases: ['bawaslu', 'bawaslu pusat'] },
    { key: 'bawaslu_provinsi', id: 'Bawaslu provinsi', en: 'Bawaslu (province)', aliases: ['bawaslu jabar', 'bawaslu jawa barat', 'bawaslu province'] },
    { key: 'bawaslu_kota', id: 'Bawaslu kota/kabupaten', en: 'Bawaslu (city or regency)', aliases: ['bawaslu kabupaten', 'bawaslu kota bogor', 'bawaslu kota bandung', 'panwaslu'] },
    { key: 'kasn', id: 'KASN', en: 'KASN', aliases: ['komisi aparatur sipil negara'] },
    { key: 'bkn', id: 'BKN', en: 'BKN', aliases: ['badan kepegawaian negara'] },
    { key: 'kemendagri', id: 'Kemendagri', en: 'Ministry of Home Affairs', aliases: ['kementerian dalam negeri', 'mendagri'] },
  ],
};
