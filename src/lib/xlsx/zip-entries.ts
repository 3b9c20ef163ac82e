// A zip archive of deflated entries, laid out as fflate's `zipSync` lays it out (no extra fields, no comments,
// a fixed time), with the deflated bytes of entries that repeat in every workbook kept once per build.
// Deflated by zlib, Node's own (2 to 4 times faster than fflate on a workbook's small parts, and a little
// smaller); its bytes are the same on every build, as the pinned Node version fixes the zlib that makes them.
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  readonly text: string;
  /** True where the same bytes recur across workbooks (styles, relationships): deflated once, then reused. */
  readonly shared?: boolean;
}

interface Packed {
  readonly name: Uint8Array;
  readonly crc: number;
  readonly size: number;
  readonly deflated: Uint8Array;
}

/** 2000-01-01 00:00 as an MS-DOS date and time: the same in every build, whatever the clock or time zone. */
const DOS_TIME = 0;
const DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;
const LEVEL = 6;
const encoder = new TextEncoder();
const sharedPacks = new Map<string, Packed>();

function pack(entry: ZipEntry): Packed {
  const make = (): Packed => {
    const data = encoder.encode(entry.text);
    return { name: encoder.encode(entry.name), crc: crc32(data), size: data.length, deflated: deflateRawSync(data, { level: LEVEL }) };
  };
  if (!entry.shared) return make();
  // Keyed by the text the caller already has, so a reused entry is never encoded or decoded again.
  const key = `${entry.name}\n${entry.text}`;
  let hit = sharedPacks.get(key);
  if (hit === undefined) {
    hit = make();
    sharedPacks.set(key, hit);
  }
  return hit;
}

/** The archive's bytes: each entry's local header and data, then the central directory and its end record. */
export function zipEntries(entries: readonly ZipEntry[]): Uint8Array {
  const packs = entries.map(pack);
  const local = packs.reduce((n, p) => n + 30 + p.name.length + p.deflated.length, 0);
  const central = packs.reduce((n, p) => n + 46 + p.name.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let cd = local;
  for (const p of packs) {
    const offset = at;
    at = header(view, at, 0x04034b50, p);
    out.set(p.name, at);
    at += p.name.length;
    out.set(p.deflated, at);
    at += p.deflated.length;
    cd = header(view, cd, 0x02014b50, p, offset);
    out.set(p.name, cd);
    cd += p.name.length;
  }
  view.setUint32(cd, 0x06054b50, true);
  view.setUint16(cd + 8, packs.length, true);
  view.setUint16(cd + 10, packs.length, true);
  view.setUint32(cd + 12, central, true);
  view.setUint32(cd + 16, local, true);
  return out;
}

/** A local header (no `offset`) or a central directory header (with the entry's offset), up to its file name. */
function header(view: DataView, at: number, signature: number, p: Packed, offset?: number): number {
  const central = offset !== undefined;
  let b = at;
  view.setUint32(b, signature, true);
  b += 4;
  if (central) {
    view.setUint16(b, 20, true);
    b += 2;
  }
  view.setUint16(b, 20, true); // version needed
  view.setUint16(b + 2, 0, true); // flags
  view.setUint16(b + 4, 8, true); // deflate
  view.setUint16(b + 6, DOS_TIME, true);
  view.setUint16(b + 8, DOS_DATE, true);
  view.setUint32(b + 10, p.crc, true);
  view.setUint32(b + 14, p.deflated.length, true);
  view.setUint32(b + 18, p.size, true);
  view.setUint16(b + 22, p.name.length, true);
  view.setUint16(b + 24, 0, true); // extra field length
  b += 26;
  if (central) {
    view.setUint32(b + 10, offset, true); // comment length, disk, attributes stay 0
    b += 14;
  }
  return b;
}
