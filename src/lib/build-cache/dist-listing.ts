// What the output folder held when the last cached build ended: every file with its size and times, beside the
// page cache (one gzipped tab-separated file). The next build leaves the folder in place only when it still holds
// exactly these files, untouched (keep-in-place.ts); otherwise it moves the folder aside as before (move-aside.ts).
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/** The listing's file in the cache folder. */
export const LISTING = 'dist-listing.tsv.gz';
const HEADER = 'pantau-dist-listing 1';

export interface DistListing {
  /** Absolute output folder the files are in. */
  readonly outDir: string;
  /** The stamp of the cache's manifest when the listing was written (null: there was none). */
  readonly manifest: string | null;
  /** Path relative to the output folder (with /) -> stamp. */
  readonly files: ReadonlyMap<string, string>;
}

/** Size, modification and change time: a file written, replaced or touched since gets another stamp. The times are
 *  milliseconds with the nanoseconds as a fraction (to a fraction of a microsecond: plenty for builds seconds apart),
 *  read without the bigint stat, which costs more over a national output's 108,000 files. */
export const stampOf = (s: Stats): string => `${s.size}:${s.mtimeMs}:${s.ctimeMs}`;

/** The stamp of a file, null when it is absent. */
export function fileStamp(path: string): string | null {
  const s = statSync(path, { throwIfNoEntry: false });
  return s === undefined ? null : s.isFile() ? stampOf(s) : 'other';
}

/** Every file below the output folder with its stamp (a folder `.git` at its top is Astro's to keep, and not listed).
 *  Walked folder by folder: about twice as fast as the recursive readdir over a site's thousands of page folders. */
export function listDist(folder: string): Map<string, string> {
  const outDir = resolve(folder);
  const files = new Map<string, string>();
  if (!existsSync(outDir)) return files;
  const folders = [''];
  for (let dir = folders.pop(); dir !== undefined; dir = folders.pop()) {
    for (const entry of readdirSync(join(outDir, dir), { withFileTypes: true })) {
      const file = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (file !== '.git') folders.push(file);
      } else files.set(file, entry.isFile() ? stampOf(statSync(`${outDir}${sep}${file}`)) : 'other');
    }
  }
  return files;
}

export function encodeListing(listing: DistListing): Buffer {
  const lines = [HEADER, listing.outDir, listing.manifest ?? '', ...[...listing.files].map(([file, stamp]) => `${file}\t${stamp}`)];
  return gzipSync(lines.join('\n'), { level: 1 });
}

/** Null for anything but a whole listing this code wrote. */
export function decodeListing(bytes: Buffer): DistListing | null {
  try {
    const [header, outDir, manifest, ...lines] = gunzipSync(bytes).toString('utf8').split('\n');
    if (header !== HEADER || !outDir) return null;
    const files = new Map<string, string>();
    for (const line of lines) {
      const tab = line.indexOf('\t');
      if (tab < 0) return null;
      files.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return { outDir, manifest: manifest || null, files };
  } catch {
    return null;
  }
}

/** The listing the last cached build left in the cache folder, null when there is none (or not a whole one). */
export function readListing(cacheDir: string): DistListing | null {
  const file = join(cacheDir, LISTING);
  return existsSync(file) ? decodeListing(readFileSync(file)) : null;
}

export function writeListing(cacheDir: string, listing: DistListing): void {
  writeFileSync(join(cacheDir, LISTING), encodeListing(listing));
}

/** Forgets the listing, so that a build that dies leaves no listing behind for a folder it may have half-written. */
export function dropListing(cacheDir: string): void {
  rmSync(join(cacheDir, LISTING), { force: true });
}
