// The end of a build that left the old output in place: what no path of this build produced goes, with the folders
// it leaves empty, so the output is exactly a cold build's (keep-in-place.ts chooses the files).
import { rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Deletes the files (relative to the output folder), then every folder they leave empty, deepest first. */
export function removeStale(outDir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of files) {
    rmSync(join(outDir, file), { force: true });
    for (let dir = dirname(file); dir !== '.' && dir !== '/'; dir = dirname(dir)) folders.add(dir);
  }
  // A folder's path is longer than its parent's: the longest first empties children before their parents.
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(outDir, dir));
    } catch {
      // Not empty: it holds what this build wrote.
    }
  }
}
