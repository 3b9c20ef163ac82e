// Emptying the output folder file by file is a large part of a rebuild that restores most of it (Astro removes
// every file before building: node_modules/astro/dist/core/build/static-build.js). Moved aside into the page
// cache's folder in one rename instead, the old output is deleted while the build runs.
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Moves the output folder into the cache's trash and deletes the trash (this build's and any a crash left) in the background. */
export async function moveAside(outDir: string, cacheDir: string, pid: number = process.pid): Promise<void> {
  const trash = join(cacheDir, 'trash');
  try {
    mkdirSync(trash, { recursive: true });
    // Astro keeps a .git folder inside the output: leave such a folder for Astro to empty as it does.
    if (existsSync(outDir) && !existsSync(join(outDir, '.git'))) renameSync(outDir, join(trash, `${pid}-${Date.now()}`));
  } catch {
    // Another file system, or no permission: Astro empties it file by file as without the cache.
  }
  // A folder that cannot be deleted now stays in the trash for the next build: never a reason to fail this one.
  const names = existsSync(trash) ? readdirSync(trash) : [];
  await Promise.all(names.map((name) => rm(join(trash, name), { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined)));
}
