// The output folder at the start of a cached build: left in place when it is exactly what the last cached build of
// this cache left there (then Astro neither renders nor copies a path whose key is unchanged), moved aside otherwise
// (then Astro restores every unchanged path from the cache's copy). Either way the output equals a cold build's.
import { join } from 'node:path';
import { dropListing, fileStamp, listDist, readListing } from './dist-listing.ts';
import { distrust } from './keep-in-place.ts';
import { emptyTrash, moveAside } from './move-aside.ts';
import { MANIFEST } from './page-cache-setup.ts';

export interface PreparedOutDir {
  /** The files left in place with their stamps (none when the folder was moved aside). */
  readonly kept: ReadonlyMap<string, string>;
  /** Why the folder was moved aside, null when it was left in place. */
  readonly reason: string | null;
  /** Done when the old output (and the trash of earlier builds) is deleted. */
  readonly emptied: Promise<void>;
}

export function prepareOutDir(outDir: string, cacheDir: string): PreparedOutDir {
  const recorded = readListing(cacheDir);
  // Until this build ends whole, no listing: a build that dies leaves a folder nobody may trust.
  dropListing(cacheDir);
  let files = new Map<string, string>();
  const reason = distrust(recorded, { outDir, manifest: fileStamp(join(cacheDir, MANIFEST)) }, () => (files = listDist(outDir)));
  if (reason === null) return { kept: files, reason, emptied: emptyTrash(cacheDir) };
  return { kept: new Map(), reason, emptied: moveAside(outDir, cacheDir) };
}
