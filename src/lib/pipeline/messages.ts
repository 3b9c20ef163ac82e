// The wording of every ingest rule, in Bahasa Indonesia and English; tests lock these texts in.

type Params = Readonly<Record<string, string>>;
type Template = (p: Params) => string;

const p = (params: Params, key: string): string => params[key] ?? '';

export const messages = {
  'missing-file': {
    id: (x) => `berkas tidak ditemukan di folder data ${p(x, 'dir')}; berkas ini wajib ada`,
    en: (x) => `file not found in the data folder ${p(x, 'dir')}; this file is required`,
  },
  'no-covered-city': {
    id: () => 'berkas ini tidak berisi satu kota pun; tambahkan setidaknya satu baris kota di bawah baris judul',
    en: () => 'this file lists no city; add at least one city row below the header',
  },
  'empty-file': {
    id: () => 'berkas kosong: baris pertama harus berisi nama kolom',
    en: () => 'the file is empty: the first line must hold the column names',
  },
  'not-utf8': {
    id: () => 'berkas bukan UTF-8 (baris ini berisi byte dari pengodean lain, mis. Windows-1252 dari "CSV (Comma delimited)"); simpan ulang sebagai "CSV UTF-8" di Excel atau LibreOffice, atau kirim berkas .xlsx',
    en: () => 'the file is not UTF-8 (this line holds bytes of another encoding, e.g. Windows-1252 from "CSV (Comma delimited)"); save it again as "CSV UTF-8" in Excel or LibreOffice, or send the .xlsx workbook',
  },
  'csv-syntax': {
    id: (x) => `CSV tidak dapat dibaca: ${p(x, 'detail')}`,
    en: (x) => `the CSV cannot be read: ${p(x, 'detail')}`,
  },
  'personal-data-column': {
    id: (x) => `kolom ${p(x, 'value')} tampaknya berisi data pribadi (${p(x, 'kind')}); hapus kolom ini dari ekspor, data pribadi tidak boleh diterbitkan`,
    en: (x) => `column ${p(x, 'value')} appears to hold personal data (${p(x, 'kind')}); remove it from the export, personal data is never published`,
  },
  'unknown-column': {
    id: (x) => `kolom ${p(x, 'value')} tidak dikenal${p(x, 'suggestion') ? `; mungkin maksudnya ${p(x, 'suggestion')}` : ''}. Kolom yang diterima: ${p(x, 'accepted')}`,
    en: (x) => `unknown column ${p(x, 'value')}${p(x, 'suggestion') ? `; did you mean ${p(x, 'suggestion')}` : ''}. Accepted columns: ${p(x, 'accepted')}`,
  },
  'missing-column': {
    id: (x) => `kolom wajib ${p(x, 'value')} tidak ada (nama lain yang diterima: ${p(x, 'aliases')})`,
    en: (x) => `required column ${p(x, 'value')} is missing (also accepted as: ${p(x, 'aliases')})`,
  },
  'duplicate-column': {
    id: (x) => `kolom ${p(x, 'value')} muncul lebih dari sekali (juga di kolom ${p(x, 'other')})`,
    en: (x) => `column ${p(x, 'value')} appears more than once (also as column ${p(x, 'other')})`,
  },
  'field-count': {
    id: (x) => `baris berisi ${p(x, 'found')} kolom, seharusnya ${p(x, 'expected')} seperti baris judul`,
    en: (x) => `the row has ${p(x, 'found')} fields, the header has ${p(x, 'expected')}`,
  },
  required: {
    id: () => 'nilai wajib diisi tetapi kosong',
    en: () => 'a value is required but the field is empty',
  },
  'invalid-id': {
    id: (x) => `kode ${p(x, 'value')} tidak sah: gunakan huruf, angka, titik, garis bawah atau tanda hubung (maks. 64)`,
    en: (x) => `id ${p(x, 'value')} is not valid: use letters, digits, dot, underscore or hyphen (max. 64)`,
  },
  'duplicate-id': {
    id: (x) => `kode ${p(x, 'value')} sudah dipakai di baris ${p(x, 'first')}`,
    en: (x) => `id ${p(x, 'value')} is already used on line ${p(x, 'first')}`,
  },
  'duplicate-headcount': {
    id: (x) => `jumlah ASN kecamatan ${p(x, 'kecamatan')} tahun ${p(x, 'year')} sudah ada di baris ${p(x, 'first')}`,
    en: (x) => `headcount for kecamatan ${p(x, 'kecamatan')} in ${p(x, 'year')} is already given on line ${p(x, 'first')}`,
  },
  'invalid-date': {
    id: (x) => `tanggal ${p(x, 'value')} tidak dikenali; gunakan 2018-02-15, 15/02/2018, 15-02-2018 atau 15 Februari 2018`,
    en: (x) => `date ${p(x, 'value')} is not recognised; use 2018-02-15, 15/02/2018, 15-02-2018 or 15 Februari 2018`,
  },
  'impossible-date': {
    id: (x) => `tanggal ${p(x, 'value')} tidak ada di kalender`,
    en: (x) => `date ${p(x, 'value')} does not exist in the calendar`,
  },
  'future-date': {
    id: (x) => `tanggal ${p(x, 'value')} ada di masa depan (data dibangun ${p(x, 'today')})`,
    en: (x) => `date ${p(x, 'value')} is in the future (data built on ${p(x, 'today')})`,
  },
  'outside-window': {
    id: (x) => `tanggal ${p(x, 'value')} di luar jendela data ${p(x, 'election')} (${p(x, 'start')} s.d. ${p(x, 'end')})`,
    en: (x) => `date ${p(x, 'value')} falls outside the data window of ${p(x, 'election')} (${p(x, 'start')} to ${p(x, 'end')})`,
  },
  'election-dates-order': {
    id: (x) => `tanggal ${p(x, 'value')} harus ${p(x, 'relation')} ${p(x, 'other')} (${p(x, 'otherValue')})`,
    en: (x) => `date ${p(x, 'value')} must be ${p(x, 'relationEn')} ${p(x, 'other')} (${p(x, 'otherValue')})`,
  },
  'end-before-start': {
    id: (x) => `tanggal selesai ${p(x, 'value')} sebelum tanggal mulai ${p(x, 'start')}`,
    en: (x) => `end date ${p(x, 'value')} is before the start date ${p(x, 'start')}`,
  },
  'not-a-count': {
    id: (x) => `${p(x, 'value')} bukan bilangan bulat`,
    en: (x) => `${p(x, 'value')} is not a whole number`,
  },
  'negative-count': {
    id: (x) => `jumlah ${p(x, 'value')} negatif; jumlah tidak boleh kurang dari 0`,
    en: (x) => `count ${p(x, 'value')} is negative; counts cannot be below 0`,
  },
  'count-too-large': {
    id: (x) => `jumlah ${p(x, 'value')} terlalu besar (maks. ${p(x, 'max')}); periksa salah ketik atau kode yang tertempel`,
    en: (x) => `count ${p(x, 'value')} is too large (max. ${p(x, 'maxEn')}); check for a typo or a pasted code`,
  },
  'invalid-year': {
    id: (x) => `tahun ${p(x, 'value')} tidak sah (harus 2000 s.d. ${p(x, 'max')})`,
    en: (x) => `year ${p(x, 'value')} is not valid (must be 2000 to ${p(x, 'max')})`,
  },
  'unknown-value': {
    id: (x) => `nilai ${p(x, 'value')} tidak dikenal untuk kolom ini; nilai yang diterima: ${p(x, 'accepted')}`,
    en: (x) => `value ${p(x, 'value')} is not known for this column; accepted values: ${p(x, 'accepted')}`,
  },
  'unknown-kecamatan': {
    id: (x) => `kecamatan ${p(x, 'value')} tidak dikenal${p(x, 'suggestions') ? `; mungkin maksudnya: ${p(x, 'suggestions')}` : ''}`,
    en: (x) => `kecamatan ${p(x, 'value')} is not known${p(x, 'suggestions') ? `; closest official names: ${p(x, 'suggestions')}` : ''}`,
  },
  'unknown-bps-code': {
    id: (x) => `kode BPS ${p(x, 'value')} tidak ada di tabel padanan BPS–Kemendagri (reference/kecamatan-bps-kemendagri.csv); tulis kode Kemendagri (mis. 32.71.03) atau tambahkan barisnya`,
    en: (x) => `BPS code ${p(x, 'value')} is not in the BPS–Kemendagri bridge table (reference/kecamatan-bps-kemendagri.csv); give the Kemendagri code (e.g. 32.71.03) or add its row`,
  },
  'kecamatan-not-covered': {
    id: (x) => `kecamatan ${p(x, 'value')} (${p(x, 'matches')}) berada di luar kota yang dicakup situs ini (${p(x, 'covered')})`,
    en: (x) => `kecamatan ${p(x, 'value')} (${p(x, 'matches')}) lies outside the cities this site covers (${p(x, 'covered')})`,
  },
  'ambiguous-kecamatan': {
    id: (x) => `nama kecamatan ${p(x, 'value')} ada di lebih dari satu kota (${p(x, 'matches')}); tulis kodenya`,
    en: (x) => `kecamatan name ${p(x, 'value')} exists in more than one city (${p(x, 'matches')}); give its code`,
  },
  'unknown-city': {
    id: (x) => `kota ${p(x, 'value')} tidak dikenal; kota yang dicakup: ${p(x, 'covered')}`,
    en: (x) => `city ${p(x, 'value')} is not known; covered cities: ${p(x, 'covered')}`,
  },
  'city-not-covered': {
    id: (x) => `kota ${p(x, 'value')} tidak dicakup situs ini; kota yang dicakup: ${p(x, 'covered')} (tambahkan di cities.csv)`,
    en: (x) => `city ${p(x, 'value')} is not covered by this site; covered cities: ${p(x, 'covered')} (add it to cities.csv)`,
  },
  'city-mismatch': {
    id: (x) => `kecamatan ${p(x, 'kecamatan')} berada di ${p(x, 'actual')}, bukan di ${p(x, 'value')}`,
    en: (x) => `kecamatan ${p(x, 'kecamatan')} is in ${p(x, 'actual')}, not in ${p(x, 'value')}`,
  },
  'missing-area': {
    id: () => 'isi kecamatan, atau kota untuk kegiatan tingkat kota',
    en: () => 'give a kecamatan, or a city for a city-wide event',
  },
  'unknown-region': {
    id: (x) => `wilayah ${p(x, 'value')} bukan kode provinsi (32) atau kota/kabupaten (32.71) yang resmi`,
    en: (x) => `region ${p(x, 'value')} is not an official province (32) or regency (32.71) code`,
  },
  'duplicate-city': {
    id: (x) => `${p(x, 'value')} sudah dipakai di baris ${p(x, 'first')}; setiap kota perlu kode dan nama_url (slug) sendiri`,
    en: (x) => `${p(x, 'value')} is already used on line ${p(x, 'first')}; each city needs its own code and slug`,
  },
  'invalid-slug': {
    id: (x) => `nama_url ${p(x, 'value')} tidak sah: gunakan huruf kecil, angka dan tanda hubung (mis. kabupaten-bogor)`,
    en: (x) => `slug ${p(x, 'value')} is not valid: use lower-case letters, digits and hyphens (e.g. kabupaten-bogor)`,
  },
  'region-scope': {
    id: (x) => `cakupan ${p(x, 'scope')} ${p(x, 'need')}`,
    en: (x) => `scope ${p(x, 'scope')} ${p(x, 'needEn')}`,
  },
  'unknown-election': {
    id: (x) => `pemilihan ${p(x, 'value')} tidak ada di elections.csv; yang ada: ${p(x, 'accepted')}`,
    en: (x) => `election ${p(x, 'value')} is not in elections.csv; known: ${p(x, 'accepted')}`,
  },
  'invalid-url': {
    id: (x) => `alamat ${p(x, 'value')} tidak diterima: hanya alamat http:// atau https:// yang lengkap`,
    en: (x) => `address ${p(x, 'value')} is refused: only complete http:// or https:// addresses`,
  },
  'personal-data-value': {
    id: (x) => `nilai tampaknya berisi data pribadi (${p(x, 'kind')}); hapus dari teks ini`,
    en: (x) => `the value appears to contain personal data (${p(x, 'kind')}); remove it from this text`,
  },
  'text-too-long': {
    id: (x) => `teks ${p(x, 'value')} terlalu panjang (${p(x, 'length')} karakter, maks. ${p(x, 'max')})`,
    en: (x) => `text ${p(x, 'value')} is too long (${p(x, 'length')} characters, max. ${p(x, 'max')})`,
  },
  'control-characters': {
    id: (x) => `teks ${p(x, 'value')} berisi karakter tak terlihat (karakter kendali, lebar nol atau pembalik arah; di sini ditampilkan sebagai \\uXXXX); hapus karakter tersebut`,
    en: (x) => `text ${p(x, 'value')} contains invisible characters (control, zero-width or direction-override; shown here as \\uXXXX); remove them`,
  },
  'formula-text': {
    id: (x) => `teks ${p(x, 'value')} diawali =, +, - atau @ sehingga akan dijalankan sebagai rumus oleh spreadsheet; hapus tanda itu`,
    en: (x) => `text ${p(x, 'value')} starts with =, +, - or @ and a spreadsheet would run it as a formula; remove that sign`,
  },
  'decision-outside-window': {
    id: (x) => `tanggal putusan ${p(x, 'value')} di luar jendela data ${p(x, 'election')} (${p(x, 'start')} s.d. ${p(x, 'end')})`,
    en: (x) => `decision date ${p(x, 'value')} falls outside the data window of ${p(x, 'election')} (${p(x, 'start')} to ${p(x, 'end')})`,
  },
  'signatories-above-staff': {
    id: (x) => `jumlah penandatangan ${p(x, 'value')} melebihi jumlah pegawai unit (${p(x, 'staff')})`,
    en: (x) => `signatories ${p(x, 'value')} exceed the unit's staff total (${p(x, 'staff')})`,
  },
  'decision-before-report': {
    id: (x) => `tanggal putusan ${p(x, 'value')} lebih awal dari tanggal laporan ${p(x, 'reported')}`,
    en: (x) => `decision date ${p(x, 'value')} is before the report date ${p(x, 'reported')}`,
  },
  'missing-decision-date': {
    id: (x) => `status "${p(x, 'status')}" berarti sudah diputus: tanggal putusan wajib diisi`,
    en: (x) => `status "${p(x, 'status')}" means a decision was made: the decision date is required`,
  },
  'sanction-without-status': {
    id: (x) => `sanksi ${p(x, 'value')} diisi, padahal status "${p(x, 'status')}" bukan "sanksi dijatuhkan"`,
    en: (x) => `sanction ${p(x, 'value')} is given but status "${p(x, 'status')}" is not "sanction imposed"`,
  },
  'status-without-sanction': {
    id: () => 'status "sanksi dijatuhkan" memerlukan jenis sanksi (moral, ringan, sedang, berat, pemberhentian)',
    en: () => 'status "sanction imposed" needs the sanction given (moral, light, medium, heavy, dismissal)',
  },
  'missing-source': {
    id: () => 'baris yang bukan data demo wajib menyebut sumbernya (kolom source atau source_url)',
    en: () => 'a row that is not demo data must name its source (source or source_url)',
  },
  'boundary-missing': {
    id: (x) => `kecamatan ${p(x, 'value')} tidak punya poligon di berkas batas wilayah ini; setiap kecamatan yang dicakup harus punya tepat satu`,
    en: (x) => `kecamatan ${p(x, 'value')} has no polygon in this boundaries file; every covered kecamatan needs exactly one`,
  },
  'boundary-duplicate': {
    id: (x) => `kecamatan ${p(x, 'value')} punya ${p(x, 'count')} poligon di berkas batas wilayah ini; seharusnya tepat satu`,
    en: (x) => `kecamatan ${p(x, 'value')} has ${p(x, 'count')} polygons in this boundaries file; it needs exactly one`,
  },
  // Steward-export rules (issue 12): files as they come out of office software.
  'missing-file-near': {
    id: (x) => `berkas tidak ditemukan di folder data ${p(x, 'dir')}, tetapi ada ${p(x, 'near')}; ganti namanya menjadi nama berkas ini (atau .xlsx dengan nama yang sama)`,
    en: (x) => `file not found in the data folder ${p(x, 'dir')}, but ${p(x, 'near')} is there; rename it to this file's name (or .xlsx with the same name)`,
  },
  'two-inputs': {
    id: (x) => `berkas ini dan ${p(x, 'other')} sama-sama ada; simpan satu saja agar jelas mana yang diterbitkan`,
    en: (x) => `both this file and ${p(x, 'other')} exist; keep only one, so it is clear which is published`,
  },
  'ignored-near-match': {
    id: (x) => `peringatan: ${p(x, 'other')} juga ada di folder data dan TIDAK dibaca; yang dibaca hanya berkas ini`,
    en: (x) => `warning: ${p(x, 'other')} is also in the data folder and is NOT read; only this file is`,
  },
  transcoded: {
    id: (x) => `peringatan: berkas disimpan sebagai ${p(x, 'encoding')} (Excel "Unicode Text") dan dibaca sebagai teks ${p(x, 'encoding')}; lebih baik simpan sebagai "CSV UTF-8"`,
    en: (x) => `warning: the file is saved as ${p(x, 'encoding')} (Excel "Unicode Text") and was read as ${p(x, 'encoding')} text; better save it as "CSV UTF-8"`,
  },
  'replacement-character': {
    id: () => 'baris ini berisi karakter pengganti U+FFFD (belah ketupat atau kotak berisi tanda tanya): berkas pernah dibuka dengan pengodean yang salah dan hurufnya hilang; ekspor ulang dari sumber aslinya sebagai "CSV UTF-8"',
    en: () => 'this line holds the replacement character U+FFFD (a diamond or box with a question mark): the file was once opened with the wrong encoding and letters were lost; export it again from the original as "CSV UTF-8"',
  },
  'unreadable-workbook': {
    id: () => 'buku kerja Excel ini tidak dapat dibaca (bukan .xlsx yang utuh); simpan ulang sebagai "Excel Workbook (.xlsx)" atau "CSV UTF-8"',
    en: () => 'this Excel workbook cannot be read (not a complete .xlsx); save it again as "Excel Workbook (.xlsx)" or "CSV UTF-8"',
  },
  'copied-rows': {
    id: (x) => `peringatan: ${p(x, 'rows')} baris (baris ${p(x, 'from')}–${p(x, 'to')}) sama persis dengan baris ${p(x, 'of')}–${p(x, 'ofTo')} kecuali kodenya; ekspor tampaknya tertempel dua kali dan semua totalnya terhitung ganda. Hapus salinannya bila bukan perkara yang berbeda`,
    en: (x) => `warning: ${p(x, 'rows')} rows (lines ${p(x, 'from')}–${p(x, 'to')}) equal lines ${p(x, 'of')}–${p(x, 'ofTo')} in everything but the id; the export looks appended twice and every total counts them double. Remove the copy unless these are different cases`,
  },
  'csv-quote': {
    id: () => 'tanda kutip (") di baris ini tidak berpasangan: nilai yang diawali tanda kutip harus ditutup dengan tanda kutip, dan tanda kutip di dalamnya ditulis dua kali ("")',
    en: () => 'a quote (") on this line is unpaired: a value that opens with a quote must close with one, and a quote inside it is written twice ("")',
  },
  'mixed-date-order': {
    id: (x) => `kolom ini mencampur dua urutan tanggal: hari dulu di baris ${p(x, 'dayFirstLine')} ("${p(x, 'dayFirst')}") dan bulan dulu di baris ${p(x, 'monthFirstLine')} (${p(x, 'value')}); tanggal seperti 2/11/2018 tidak dapat dibaca dengan pasti. Ekspor ulang tanggalnya sebagai yyyy-mm-dd atau sebagai sel tanggal Excel`,
    en: (x) => `this column mixes two date orders: day first on line ${p(x, 'dayFirstLine')} ("${p(x, 'dayFirst')}") and month first on line ${p(x, 'monthFirstLine')} (${p(x, 'value')}); a date such as 2/11/2018 cannot be read with certainty. Export the dates again as yyyy-mm-dd or as Excel date cells`,
  },
  'month-first-ambiguous': {
    id: (x) => `berkas ini menulis tanggal dengan bulan dulu (baris ${p(x, 'monthFirstLine')}: "${p(x, 'monthFirst')}"), jadi ${p(x, 'value')} dan ${p(x, 'count')} tanggal berbeda lain dengan hari dan bulan ≤ 12 di kolom ini bisa dibaca dua arah; ekspor ulang tanggalnya sebagai yyyy-mm-dd atau sebagai sel tanggal Excel`,
    en: (x) => `this file writes dates month first (line ${p(x, 'monthFirstLine')}: "${p(x, 'monthFirst')}"), so ${p(x, 'value')} and the ${p(x, 'count')} distinct dates in this column with day and month both ≤ 12 read two ways; export the dates again as yyyy-mm-dd or as Excel date cells`,
  },
  'date-order-unclear': {
    id: (x) => `urutan hari/bulan kolom ini tidak pasti: ${p(x, 'count')} tanggal berbeda seperti ${p(x, 'value')} bisa dibaca dua arah, dan ${p(x, 'reason') === 'months' ? 'hanya cocok dengan bulan tanggal lain di kolom ini bila dibaca bulan dulu (seperti ekspor Excel berlokal AS)' : 'tidak satu pun tanggal di kolom ini berhari di atas 12 (seperti ekspor Excel berlokal AS)'}; ekspor ulang tanggalnya sebagai yyyy-mm-dd atau sebagai sel tanggal Excel`,
    en: (x) => `the day/month order of this column is uncertain: ${p(x, 'count')} distinct dates such as ${p(x, 'value')} read two ways, and ${p(x, 'reason') === 'months' ? 'they fit the months of the other dates in this column only when read month first (as a US-locale Excel export writes them)' : 'no date in this column has a day above 12 (as a US-locale Excel export would look)'}; export the dates again as yyyy-mm-dd or as Excel date cells`,
  },
  'kelurahan-not-kecamatan': {
    id: (x) => `${p(x, 'value')} adalah kelurahan di Kecamatan ${p(x, 'kecamatan')}, bukan kecamatan; tulis kecamatannya di kolom ini`,
    en: (x) => `${p(x, 'value')} is a kelurahan of Kecamatan ${p(x, 'kecamatan')}, not a kecamatan; give its kecamatan in this column`,
  },
  'title-rows': {
    id: (x) => `baris ini tampaknya baris judul kolom; hapus baris judul laporan di atasnya (baris ${p(x, 'first')}–${p(x, 'last')}) agar nama kolom ada di baris pertama`,
    en: (x) => `this line looks like the header; remove the title rows above it (lines ${p(x, 'first')}–${p(x, 'last')}) so the column names are on the first line`,
  },
  'area-columns-disagree': {
    id: (x) => `${p(x, 'value')} tidak menunjuk wilayah yang sama dengan kolom ${p(x, 'other')} ("${p(x, 'otherValue')}") di baris ini; perbaiki salah satunya`,
    en: (x) => `${p(x, 'value')} does not name the same area as column ${p(x, 'other')} ("${p(x, 'otherValue')}") on this line; correct one of them`,
  },
  'reference-unknown-code': {
    id: (x) => `kode ${p(x, 'value')} tidak ada di daftar kecamatan Kemendagri (idn-area-data); tulis kode kecamatan yang ada (mis. 32.71.03)`,
    en: (x) => `code ${p(x, 'value')} is not in the Kemendagri kecamatan list (idn-area-data); give an existing kecamatan code (e.g. 32.71.03)`,
  },
  'reference-bad-bps-code': {
    id: (x) => `kode BPS ${p(x, 'value')} tidak sah: kode kecamatan BPS terdiri dari 7 angka (mis. 3271030)`,
    en: (x) => `BPS code ${p(x, 'value')} is not valid: a BPS kecamatan code has 7 digits (e.g. 3271030)`,
  },
  'reference-name-mismatch': {
    id: (x) => `nama ${p(x, 'value')} tidak cocok dengan kode di baris ini: ${p(x, 'code')} adalah ${p(x, 'name')}; perbaiki kode atau namanya`,
    en: (x) => `name ${p(x, 'value')} does not match the code on this line: ${p(x, 'code')} is ${p(x, 'name')}; correct the code or the name`,
  },
  'reference-override': {
    id: (x) => `peringatan: baris ini mengganti baris tabel bawaan ${p(x, 'shipped')} (${p(x, 'shippedCode')} menjadi ${p(x, 'code')}); pastikan memang dimaksudkan`,
    en: (x) => `warning: this row overrides the shipped table's row ${p(x, 'shipped')} (${p(x, 'shippedCode')} becomes ${p(x, 'code')}); make sure that is meant`,
  },
  'empty-events': {
    id: () => 'peringatan: berkas hanya berisi baris judul; linimasa di situs akan kosong',
    en: () => 'warning: the file holds only the header; the timeline on the site will be empty',
  },
  // The public record (reported-figures.csv).
  'figure-demo': {
    id: () => 'catatan resmi tidak boleh berisi data demo: hapus baris ini atau kosongkan kolom demo jika angkanya nyata dan bersumber',
    en: () => 'the public record never holds demo data: remove this row, or clear the demo column if the figure is real and sourced',
  },
  'figure-dates-order': {
    id: (x) => `tanggal ${p(x, 'value')} harus ${p(x, 'relation')} ${p(x, 'other')} (${p(x, 'otherValue')})`,
    en: (x) => `date ${p(x, 'value')} must be ${p(x, 'relationEn')} ${p(x, 'other')} (${p(x, 'otherValue')})`,
  },
  'figure-note-en': {
    id: () => 'catatan ini perlu terjemahan bahasa Inggris di kolom note_en: halaman bahasa Inggris menampilkannya',
    en: () => 'this note needs its English text in note_en: the English pages show it',
  },
  'unknown-figure': {
    id: (x) => `kode angka ${p(x, 'value')} tidak ada di berkas ini`,
    en: (x) => `figure code ${p(x, 'value')} is not in this file`,
  },
} as const satisfies Record<string, { id: Template; en: Template }>;

export type Rule = keyof typeof messages;
