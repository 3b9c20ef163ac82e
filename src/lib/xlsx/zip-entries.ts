// A zip archive of deflated entries, laid out as fflate's `zipSync` lays it out (no extra fields, no comments,
// a fixed time), with the deflated bytes of entries that repeat in every workbook kept once per build.
// Deflated by zlib, Node's own (2 to 4 times faster than fflate on a workbook's small parts, and a little
// smaller); its bytes are the same on every build, as the pinned Node version fixes the zlib that makes them.
// An entry given in parts (a sheet of 160,000 signings) is deflated part by part, so its text is never whole in
// memory: the national signings workbook alone raised a build's peak by about 400 MB. zlib gives the same bytes
// however its input is cut, so the archive is the same as from the whole text.
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  readonly name: string;
  /** The entry's text, or its text in consecutive parts. */
  readonly text: string | Iterable<string>;
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

function packText(name: string, text: string, shared: boolean): Packed {
  const make = (): Packed => {
    const data = encoder.encode(text);
    return { name: encoder.encode(name), crc: crc32(data), size: data.length, deflated: deflateRawSync(data, { level: LEVEL }) };
  };
  if (!shared) return make();
  // Keyed by the text the caller already has, so a reused entry is never encoded or decoded again.
  const key = `${name}\n${text}`;
  let hit = sharedPacks.get(key);
  if (hit === undefined) {
    hit = make();
    sharedPacks.set(key, hit);
  }
  return hit;
}

/** An entry in parts: one part is deflated as a text; more are streamed through zlib, one part in memory at a time. */
async function packParts(name: string, parts: Iterable<string>): Promise<Packed> {
  const iterator = parts[Symbol.iterator]();
  const first = iterator.next();
  if (first.done === true) return packText(name, '', false);
  const second = iterator.next();
  if (second.done === true) return packText(name, first.value, false);
  const deflate = createDeflateRaw({ level: LEVEL });
  const deflated: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => deflated.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (part: string): Promise<void> => {
    const data = encoder.encode(part);
    crc = crc32(data, crc);
    size += data.length;
    // The callback comes once zlib has taken the part: the next is made only then.
    await new Promise<void>((resolve, reject) => deflate.write(data, (error) => (error ? reject(error) : resolve())));
  };
  await write(first.value);
  await write(second.value);
  for (let next = iterator.next(); next.done !== true; next = iterator.next()) await write(next.value);
  deflate.end();
  await ended;
  return { name: encoder.encode(name), crc, size, deflated: Buffer.concat(deflated) };
}

const pack = (entry: ZipEntry): Packed | Promise<Packed> => (typeof entry.text === 'string' ? packText(entry.name, entry.text, entry.shared === true) : packParts(entry.name, entry.text));

/** The archive's bytes: each entry's local header and data, then the central directory and its end record. */
export async function zipEntries(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const packs: Packed[] = [];
  for (const entry of entries) packs.push(await pack(entry));
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
