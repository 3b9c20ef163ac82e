// The page cache's part of the build (page-cache-setup.ts), as two integrations around those that write into the
// output when the build is done (the sitemap, _headers). The first leaves the old output in place or moves it aside
// when the build starts (prepare-out-dir.ts) and, once Astro has generated every path, deletes what this build did
// not produce. The last, when every file is written, lists the output for the next build (dist-listing.ts), counts
// what was generated and what restored (last-build.json, read by npm run bench:scale), and frees the cache.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fileStamp, listDist, writeListing } from './dist-listing.ts';
import { staleFiles } from './keep-in-place.ts';
import { contendedWhileHeld, MANIFEST, releasePageCache, type PageCache } from './page-cache-setup.ts';
import { prepareOutDir, type PreparedOutDir } from './prepare-out-dir.ts';
import { removeStale } from './remove-stale.ts';

export interface PageCacheCounts {
  /** Files in the output. */
  readonly files: number;
  /** Paths that carried a key (the others are generated every time). */
  readonly keyed: number;
  /** Keyed paths taken from the cache instead of generated: left in place, or copied back from the cache's copy. */
  readonly restored: number;
  /** Of the restored, the files left in place from the last build. */
  readonly kept: number;
}

/** `[first, last]`: the first goes before the integrations that write into the output when the build is done, the last
 *  after them. `onCounts` hears what the build restored before the integrations listed after the last finish. */
export function pageCacheIntegration(cache: PageCache, onCounts: (counts: PageCacheCounts) => void = () => {}): [AstroIntegration, AstroIntegration] {
  let start = Date.now();
  let outDir: string | null = null;
  let publicDir: string | null = null;
  let prepared: PreparedOutDir = { kept: new Map(), reason: null, emptied: Promise.resolve() };
  let outputs: string[] = [];
  const first: AstroIntegration = {
    name: 'pantau-page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = resolve(fileURLToPath(config.outDir));
        publicDir = resolve(fileURLToPath(config.publicDir));
      },
      'astro:build:start': ({ logger }) => {
        start = Date.now();
        if (cache.dir === null) logger.info(`page cache not used (${cache.reason})`);
        else if (outDir !== null) {
          prepared = prepareOutDir(outDir, cache.dir);
          logger.info(prepared.reason === null ? `output folder left in place (${prepared.kept.size} files)` : `output folder moved aside: ${prepared.reason}`);
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        await prepared.emptied;
        if (cache.dir === null) return;
        const root = resolve(fileURLToPath(dir));
        outputs = manifestOutputs(cache.dir, root, prepared.kept.size > 0);
        // Vite copies public/ anew every build, but a file it skipped would be untouched: never stale all the same.
        const produced = new Set([...outputs, ...(publicDir === null ? [] : listDist(publicDir).keys())]);
        const stale = staleFiles(prepared.kept, produced, (file) => fileStamp(join(root, file)));
        removeStale(root, stale);
        if (stale.length > 0) logger.info(`removed ${stale.length} files no path of this build wrote (the sitemap and _headers among them are written again next)`);
      },
    },
  };
  const last: AstroIntegration = {
    name: 'pantau-page-cache-listing',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (cache.dir === null) return;
        const root = resolve(fileURLToPath(dir));
        const files = listDist(root);
        if (!contendedWhileHeld(cache.dir)) writeListing(cache.dir, { outDir: root, manifest: fileStamp(join(cache.dir, MANIFEST)), files });
        else logger.info('output folder not listed: another build asked for the page cache meanwhile, and may have written into it');
        const counts = pageCacheCounts(cache.dir, outputs, files, prepared.kept, start);
        writeFileSync(join(cache.dir, 'last-build.json'), JSON.stringify(counts));
        onCounts(counts);
        releasePageCache(cache.dir);
        logger.info(`page cache ${cache.dir}: ${counts.restored} of ${counts.files} files restored (${counts.kept} left in place), ${counts.files - counts.restored} generated`);
      },
    },
  };
  return [first, last];
}

interface Manifest {
  readonly routes: Record<string, { readonly paths: Record<string, { readonly outputFile: string }> }>;
}

/** The output file of every keyed path of this build (the manifest Astro just wrote), relative to the output folder.
 *  Without the manifest, files left in place cannot be told from stale ones: the build fails rather than guess. */
function manifestOutputs(cacheDir: string, root: string, needed: boolean): string[] {
  const path = join(cacheDir, MANIFEST);
  if (!existsSync(path) && needed) throw new Error(`page cache: Astro wrote no ${path}; the output folder's old files cannot be sorted (build again, or with PAGE_CACHE=off)`);
  const manifest = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { routes: {} }) as Manifest;
  const base = pathToFileURL(`${root}/`);
  // Astro records the file's URL-encoded path.
  const decoded = (file: string): string => (file.includes('%') ? relative(root, fileURLToPath(new URL(file, base))) : file);
  return Object.values(manifest.routes).flatMap((r) => Object.values(r.paths).map((p) => decoded(p.outputFile)));
}

/** A keyed path was left in place when its file is untouched since the last build, generated when this build wrote
 *  its copy into the cache, and copied back from the cache otherwise. */
export function pageCacheCounts(cacheDir: string, outputs: readonly string[], files: ReadonlyMap<string, string>, kept: ReadonlyMap<string, string>, start: number): PageCacheCounts {
  const inPlace = (file: string): boolean => kept.has(file) && kept.get(file) === files.get(file);
  const writtenNow = (file: string): boolean => (statSync(join(cacheDir, 'dist', file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= start - 1000;
  const written = outputs.filter((file) => !inPlace(file) && writtenNow(file)).length;
  return { files: files.size, keyed: outputs.length, restored: outputs.length - written, kept: outputs.filter(inPlace).length };
}
