// Personal data has no place in the site: columns and values that carry it are refused at ingest.
import { termKey } from '../vocab/vocabulary.ts';

export type PersonalDataKind = 'name' | 'nip' | 'nik' | 'phone' | 'email' | 'address' | 'photo' | 'reporter' | 'birth';

const headerPatterns: readonly (readonly [RegExp, PersonalDataKind])[] = [
  [/^(nip|nipbaru|niplama|nrp|nomorindukpegawai)/, 'nip'],
  [/^(nik|noktp|nomorktp|ktp|nomorindukkependudukan)/, 'nik'],
  [/(telepon|telp|phone|handphone|nohp|nomorhp|^hp$|whatsapp|^wa$|nowa)/, 'phone'],
  [/(email|surel|surat?elektronik)/, 'email'],
  [/(alamat|address|domisili)/, 'address'],
  [/(foto|photo|gambar|image|picture)/, 'photo'],
  [/(pelapor|reporter|pengadu|whistleblower|saksi)/, 'reporter'],
  [/(tanggallahir|tgllahir|tempatlahir|ttl|birth|umur)/, 'birth'],
  // Checked only for headers that are not known columns (nama_unit and the like are mapped first).
  [/^(nama|name|fullname|employeename|asnname)|terlapor/, 'name'],
];

/** Which kind of personal data a header announces, if any (checked for headers that are not known columns). */
export function personalDataHeader(header: string): PersonalDataKind | undefined {
  const key = termKey(header);
  for (const [pattern, kind] of headerPatterns) if (pattern.test(key)) return kind;
  return undefined;
}

// 15+ digits, allowing the spaces, dots and dashes NIP and NIK are often written with.
const longNumber = /\d(?:[\s.-]?\d){14,}/;
const email = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i;
const phone = /(?:\+62|\b62|\b0)\s?8\d(?:[\s.-]?\d){6,11}\b/;

/** Whether a value holds a NIP or NIK (checked for row ids too, which are published). */
export function looksLikeIdNumber(value: string): boolean {
  return longNumber.test(value);
}

/** Whether a free-text value looks like it holds a NIP/NIK, e-mail address or phone number. */
export function personalDataInText(value: string): 'id-number' | 'email' | 'phone' | undefined {
  if (looksLikeIdNumber(value)) return 'id-number';
  // The e-mail pattern backtracks over every start position; most text has no "@" at all.
  if (value.includes('@') && email.test(value)) return 'email';
  if (phone.test(value)) return 'phone';
  return undefined;
}
