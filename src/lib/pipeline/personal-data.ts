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
// Mobile numbers: 08.., 62 8.., +62 8.., (+62) 8.., with spaces, dots or dashes anywhere.
const phone = /(?:\(\+?62\)|\+62|\b62|\b0)[\s.-]*8\d(?:[\s.-]?\d){6,11}\b/;
// A person named in free text: a form of address before a capitalised name ("Sdr. Budi", "Ibu Ani"; not
// "Ibu Kota"), "atas nama" / "a.n.", or an academic degree after a name ("Budi Santoso, S.Pd."). Titles that
// are also part of place names (Dr., H., Ir.: "RSUD Dr. Hasan Sadikin", "Jl. Ir. H. Juanda") alone are not.
const addressedName = /\b(?:Sdr|Sdri|Saudara|Saudari|Bpk|Bapak|Ibu|Pak|Bu|Hj|Drs|Dra)\.?\s+(?!Kota\b)[A-Z][a-z]+/;
const onBehalfOf = /\b(?:atas nama|a\.\s?n\.)\s+\S/i;
const degree = /[A-Za-z],\s*(?:[SMD]\.\s?[A-Z][A-Za-z]{0,4}\.?|S\.?H|S\.?E|M\.?M|M\.?Si|S\.?Pd|M\.?Pd|S\.?Kom|S\.?Sos|S\.?IP|S\.?T|M\.?T|M\.?Kes|S\.?Ag|Lc|MBA|Ph\.?D)\.?(?![A-Za-z])/;

/** Whether a value holds a NIP or NIK (checked for row ids too, which are published). */
export function looksLikeIdNumber(value: string): boolean {
  return longNumber.test(value);
}

// Official place names that read like a form of address before a name (Kecamatan "Ibu Utara", kelurahan "Bu
// Selatan", desa "Pak Laheng"): a unit named after its place is not a person. Filled from idn-area-data by
// whoever loads the area lists (registerPlaceNames), before any row is read.
let titledPlaces: RegExp | null = null;

/** Tells the name check which official place names start like "Ibu …" or "Pak …", so units named after them pass. */
export function registerPlaceNames(names: Iterable<string>): void {
  const titled = new Set<string>();
  for (const name of names) {
    const clean = name.trim();
    if (addressedName.test(clean)) titled.add(clean.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  }
  titledPlaces = titled.size === 0 ? null : new RegExp(`\\b(?:${[...titled].sort((x, y) => y.length - x.length).join('|')})\\b`, 'g');
}

/** A form of address before a capitalised name, once official place names are set aside. */
function addressesSomeone(value: string): boolean {
  if (!addressedName.test(value)) return false;
  return titledPlaces === null || addressedName.test(value.replace(titledPlaces, ' '));
}

/** Whether a free-text value looks like it holds a NIP/NIK, e-mail address, phone number or a person's name. */
export function personalDataInText(value: string): 'id-number' | 'email' | 'phone' | 'name' | undefined {
  if (looksLikeIdNumber(value)) return 'id-number';
  // The e-mail pattern backtracks over every start position; most text has no "@" at all.
  if (value.includes('@') && email.test(value)) return 'email';
  if (phone.test(value)) return 'phone';
  if (addressesSomeone(value) || onBehalfOf.test(value) || degree.test(value)) return 'name';
  return undefined;
}
