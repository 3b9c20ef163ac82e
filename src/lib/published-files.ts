// The files published under /data/, with what each holds; the build copies them from generated/publish.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface PublishedFile {
  readonly name: string;
  readonly rowsFrom: string | null;
  readonly doc: { readonly id: string; readonly en: string };
  /** Written only when its input exists (the public record is optional). */
  readonly optional?: boolean;
}

export const publishedFiles: readonly PublishedFile[] = [
  { name: 'signings.csv', rowsFrom: 'signings.csv', doc: { id: 'Penandatanganan pakta per unit, dengan kode dan nama resmi wilayah.', en: 'Pact signings per unit, with official area codes and names.' } },
  { name: 'cases.csv', rowsFrom: 'cases.csv', doc: { id: 'Kasus per ASN tanpa identitas dan tanpa kelompok jabatan; tanggal ISO, lama penanganan dalam hari.', en: 'Cases per civil servant, without identity or position group; ISO dates, handling time in days.' } },
  { name: 'events.csv', rowsFrom: 'events.csv', doc: { id: 'Linimasa peristiwa dengan sumber.', en: 'Timeline of events with sources.' } },
  { name: 'elections.csv', rowsFrom: 'elections.csv', doc: { id: 'Pemilihan yang dicakup dan tanggal-tanggalnya.', en: 'Elections covered and their dates.' } },
  { name: 'reported-figures.csv', rowsFrom: 'reported-figures.csv', doc: { id: 'Catatan resmi: angka yang dinyatakan Bawaslu, KASN, BKN dan Kemendagri, dengan source_url per baris; bukan data demo.', en: 'The official record: figures stated by Bawaslu, KASN, BKN and Kemendagri, with a source_url per row; never demo data.' }, optional: true },
  { name: 'reported-figures.json', rowsFrom: null, doc: { id: 'Catatan resmi yang sama dalam JSON.', en: 'The same official record as JSON.' }, optional: true },
  { name: 'kecamatan-totals.csv', rowsFrom: null, doc: { id: 'Angka per kecamatan dan kota untuk setiap pemilihan, dengan penyebutnya (jumlah ASN, dilaporkan, terbukti, penanda tangan); angka desimal memakai titik.', en: 'Figures per kecamatan and city for each election, with their denominators (headcount, reported, proven, signatories); "." as the decimal mark.' } },
  { name: 'kecamatan-totals.json', rowsFrom: null, doc: { id: 'Angka per kecamatan untuk setiap pemilihan dan semua pemilihan (JSON).', en: 'Figures per kecamatan for each election and all elections (JSON).' } },
];

/** The published files this build has: optional ones only when the pipeline wrote them. */
export function availablePublishedFiles(): readonly PublishedFile[] {
  const dir = resolve(process.env['OUT_DIR'] ?? 'generated', 'publish');
  return publishedFiles.filter((f) => f.optional !== true || existsSync(resolve(dir, f.name)));
}
