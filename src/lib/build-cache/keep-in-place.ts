// Whether the output folder the last cached build left can stay in place (Astro then neither renders nor copies a
// path whose key is unchanged and whose file is there: generatePathWithPrerenderer in
// node_modules/astro/dist/core/build/generate.js), and which of its files this build did not produce. Pure: the
// caller reads the listings and stamps (dist-listing.ts).
import type { DistListing } from './dist-listing.ts';

/** Why the output folder is not exactly what the last cached build of this cache left; null when it is. `files` lists
 *  the folder now, called only when the cheaper checks pass. */
export function distrust(recorded: DistListing | null, current: Omit<DistListing, 'files'>, files: () => ReadonlyMap<string, string>): string | null {
  if (recorded === null) return 'no listing of the last cached build';
  if (recorded.outDir !== current.outDir) return `the last cached build wrote ${recorded.outDir}`;
  if (recorded.manifest === null || recorded.manifest !== current.manifest) return 'the cache manifest changed since the last cached build';
  const changed = changedFiles(recorded.files, files());
  return changed === 0 ? null : `${changed} files changed, added or removed since the last cached build`;
}

/** Files listed in one map and not the other, or with another stamp. */
function changedFiles(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): number {
  let changed = 0;
  for (const [file, stamp] of now) if (before.get(file) !== stamp) changed++;
  for (const file of before.keys()) if (!now.has(file)) changed++;
  return changed;
}

/** Files left in place that this build neither produced nor touched (a removed kecamatan's pages, an old bundle, a
 *  removed data file): a cold build would not write them. `stampNow` is a file's stamp now, null when it is gone. */
export function staleFiles(kept: ReadonlyMap<string, string>, produced: ReadonlySet<string>, stampNow: (file: string) => string | null): string[] {
  return [...kept].filter(([file, stamp]) => !produced.has(file) && stampNow(file) === stamp).map(([file]) => file);
}
