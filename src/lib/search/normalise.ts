// The key a place name is searched by: case, accents, spaces, punctuation and "Kec."/"Kel." prefixes ignored.

const prefix = /^\s*(?:kecamatan|kelurahan|kec|kel|desa|ds)(?:\s*[.:]\s*|\s+)/i;

export function searchKey(raw: string): string {
  return raw
    .replace(prefix, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** The words of a query, each as a search key ("Sukasari, Bogor" gives sukasari and bogor). */
export function searchWords(raw: string): string[] {
  return raw
    .replace(prefix, '')
    .split(/[\s,;/]+/)
    .map((w) => searchKey(w))
    .filter((w) => w.length > 0);
}
