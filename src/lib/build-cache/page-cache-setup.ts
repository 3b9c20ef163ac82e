// Where the page cache lives and whether this build may use it. The cache is Astro's incremental build
// (experimental.incrementalBuild, node_modules/astro/dist/core/build/incremental.js): a manifest of every keyed
// path with its key and a copy of its output, under the build's cacheDir. What this adds around it:
// - one build at a time: a build takes a lock (the cache's `lock` file, with its pid); a second build while the
//   first runs builds without the cache, so two builds never write one entry or read half of one;
// - no half-written entry: a build marks the cache dirty before it writes and clean when it is done; a build that
//   finds it dirty (the one before died while writing) drops the manifest, so every path is generated again, and
//   the listing of the output folder (dist-listing.ts), so the folder is moved aside, not left in place;
// - a build that finds the cache in use marks it contended: it builds without the cache, maybe into the same output
//   folder, so the holder does not list that folder for the next build (`contendedWhileHeld`);
// - `PAGE_CACHE=off` builds without it, `PAGE_CACHE_DIR` moves it (node_modules/.cache/pantau-pages by default).
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dropListing } from './dist-listing.ts';

export interface PageCache {
  /** Absolute folder, null when this build does not use the cache. */
  readonly dir: string | null;
  /** Why the cache is not used, for the build log. */
  readonly reason: string | null;
}

/** The manifest Astro keeps in the cache folder (its copies of the output are under dist/). */
export const MANIFEST = 'incremental-build.json';

export function pageCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['PAGE_CACHE'] === 'off') return null;
  return resolve(env['PAGE_CACHE_DIR'] ?? join('node_modules', '.cache', 'pantau-pages'));
}

/** Only `astro build` takes the cache (the configuration is read by check and dev too). */
export function pageCacheSetup(env: NodeJS.ProcessEnv, argv: readonly string[], pid: number = process.pid, alive: (pid: number) => boolean = pidAlive): PageCache {
  const dir = pageCacheDir(env);
  if (dir === null) return { dir: null, reason: 'PAGE_CACHE=off' };
  if (!argv.includes('build')) return { dir: null, reason: 'not a build' };
  mkdirSync(dir, { recursive: true });
  const holder = takeLock(join(dir, 'lock'), pid, alive);
  if (holder !== pid) {
    writeFileSync(join(dir, CONTENDED), holder > 0 ? String(holder) : '');
    return { dir: null, reason: `in use by build ${holder}` };
  }
  const dirty = join(dir, 'dirty');
  if (readPid(dirty) !== pid) {
    if (readPid(dirty) !== null) {
      rmSync(join(dir, MANIFEST), { force: true });
      dropListing(dir);
    }
    writeFileSync(dirty, String(pid));
  }
  return { dir, reason: null };
}

const CONTENDED = 'contended';

/** Whether another build asked for the cache while this one held it (the mark is then taken away). Asked after the
 *  output folder is listed: a build that wrote into it before the listing had marked the cache before it wrote. */
export function contendedWhileHeld(dir: string, pid: number = process.pid): boolean {
  const file = join(dir, CONTENDED);
  if (!existsSync(file)) return false;
  const holder = readPid(file);
  if (holder !== null && holder !== pid) return false;
  rmSync(file, { force: true });
  return true;
}

/** After Astro wrote its manifest: the cache is whole again and free for the next build. */
export function releasePageCache(dir: string, pid: number = process.pid): void {
  if (readPid(join(dir, 'dirty')) === pid) rmSync(join(dir, 'dirty'), { force: true });
  if (readPid(join(dir, 'lock')) === pid) rmSync(join(dir, 'lock'), { force: true });
}

/** The pid holding the lock once this build tried to take it (this build's when it got it). */
function takeLock(file: string, pid: number, alive: (pid: number) => boolean): number {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(pid), { flag: 'wx' });
      return pid;
    } catch {
      const holder = readPid(file);
      if (holder !== null && (holder === pid || alive(holder))) return holder;
      // A lock without a pid is one being written this instant, or one a crash left long ago.
      if (holder === null && Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 10_000) return -1;
      rmSync(file, { force: true });
    }
  }
  return readPid(file) ?? -1;
}

function readPid(file: string): number | null {
  try {
    const n = Number(readFileSync(file, 'utf8'));
    return Number.isInteger(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
