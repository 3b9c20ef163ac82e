// An output folder the page cache cannot trust (keep-in-place.ts) is emptied before the build: Astro does not empty
// it when the cache is in use (astro.config.mjs). Emptying file by file is a large part of a rebuild that restores
// most of it, so the old output is moved into the page cache's folder in one rename instead and deleted while the
// build runs.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Moves the output folder's content into the cache's trash and deletes the trash (this build's and any a crash left) in the background. */
export async function moveAside(outDir: string, cacheDir: string, pid: number = process.pid): Promise<void> {
  if (existsSync(outDir)) {
    try {
      mkdirSync(join(cacheDir, 'trash'), { recursive: true });
      moveContent(outDir, join(cacheDir, 'trash', `${pid}-${Date.now()}`));
    } catch {
      // Another file system, or no permission: emptied file by file (a failure here fails the build: the old files
      // would stay in the output).
      for (const name of readdirSync(outDir)) if (name !== '.git') rmSync(join(outDir, name), { recursive: true, force: true });
    }
  }
  await emptyTrash(cacheDir);
}

/** Deletes what earlier builds moved into the trash; a folder that cannot be deleted now stays for the next build. */
export async function emptyTrash(cacheDir: string): Promise<void> {
  const trash = join(cacheDir, 'trash');
  const names = existsSync(trash) ? readdirSync(trash) : [];
  await Promise.all(names.map((name) => rm(join(trash, name), { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined)));
}

/** One rename of the folder; with a `.git` folder inside (Astro keeps it), one rename per other entry. */
function moveContent(outDir: string, target: string): void {
  if (!existsSync(join(outDir, '.git'))) return renameSync(outDir, target);
  mkdirSync(target);
  for (const name of readdirSync(outDir)) if (name !== '.git') renameSync(join(outDir, name), join(target, name));
}
