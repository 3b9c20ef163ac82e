// The shape of one input column: what it is called, what it holds, and how a steward is told about it.
import type { Vocabulary } from '../vocab/vocabulary.ts';

export type ColumnKind =
  | 'id' // identifier unique within the file
  | 'text' // free text, screened for personal data
  | 'date'
  | 'count' // whole number >= 0
  | 'year'
  | 'enum'
  | 'kecamatan' // Kemendagri code, BPS code or name of a covered kecamatan
  | 'city' // code or name of a covered city (kota/kabupaten)
  | 'region' // code of a province or regency, for event scope
  | 'election' // id from elections.csv
  | 'url' // http(s) only
  | 'flag'; // yes / no

export interface Column {
  /** Canonical header (English, snake_case), used in the normalised output. */
  readonly key: string;
  /** Accepted alternative headers, Indonesian first. */
  readonly aliases: readonly string[];
  readonly kind: ColumnKind;
  readonly required: boolean;
  readonly vocab?: Vocabulary;
  readonly doc: { readonly id: string; readonly en: string };
  readonly example: string;
}

export interface FileSchema {
  /** File name inside the data folder. */
  readonly file: string;
  readonly doc: { readonly id: string; readonly en: string };
  readonly columns: readonly Column[];
  /** Whether the site can build without this file. */
  readonly optional: boolean;
  /** Lines starting with # above the header are comments (the reference tables carry their sources so). */
  readonly comments?: boolean;
}

/** The columns every record file shares: where the figure comes from and whether it is synthetic. */
export const provenanceColumns = [
  {
    key: 'source', aliases: ['sumber'], kind: 'text', required: false,
    doc: { id: 'Sumber: nama publikasi, regulasi atau instansi. Wajib jika bukan data demo dan tidak ada source_url.', en: 'Source: publication, regulation or office. Required for non-demo rows without a source_url.' },
    example: 'Bawaslu Kota Bogor',
  },
  {
    key: 'source_url', aliases: ['url_sumber', 'tautan_sumber', 'link_sumber', 'url', 'tautan'], kind: 'url', required: false,
    doc: { id: 'Alamat web sumber (hanya http/https).', en: 'Web address of the source (http/https only).' },
    example: 'https://bawaslu.go.id/',
  },
  {
    key: 'demo', aliases: ['data_demo', 'sintetis', 'synthetic', 'is_demo'], kind: 'flag', required: false,
    doc: { id: 'Ya jika baris ini data sintetis (demo). Kosong berarti Tidak.', en: 'Yes when the row is synthetic (demo). Blank means No.' },
    example: 'ya',
  },
] as const satisfies readonly Column[];
