// The page cache's part of the build (page-cache-setup.ts): counts what was generated and what restored, writes
// the counts beside the cache (last-build.json, read by npm run bench:scale), and frees the cache.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { moveAside } from './move-aside.ts';
import { MANIFEST, releasePageCache, type PageCache } from './page-cache-setup.ts';

export interface PageCacheCounts {
  /** Files in the output. */
  readonly files: number;
  /** Paths that carried a key (the others are generated every time). */
  readonly keyed: number;
  /** Keyed paths taken from the cache instead of generated. */
  readonly restored: number;
}

/** `onCounts` hears what the build restored before the integrations listed after this one finish. */
export function pageCacheIntegration(cache: PageCache, onCounts: (counts: PageCacheCounts) => void = () => {}): AstroIntegration {
  let start = Date.now();
  let outDir: string | null = null;
  let emptied: Promise<void> = Promise.resolve();
  return {
    name: 'pantau-page-cache',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        start = Date.now();
        if (cache.dir === null) logger.info(`page cache not used (${cache.reason})`);
        else if (outDir !== null) emptied = moveAside(outDir, cache.dir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        await emptied;
        if (cache.dir === null) return;
        const counts = pageCacheCounts(cache.dir, fileURLToPath(dir), start);
        writeFileSync(join(cache.dir, 'last-build.json'), JSON.stringify(counts));
        onCounts(counts);
        releasePageCache(cache.dir);
        logger.info(`page cache ${cache.dir}: ${counts.restored} of ${counts.files} files restored, ${counts.files - counts.restored} generated`);
      },
    },
  };
}

/** A keyed path was generated when this build wrote its copy into the cache, restored otherwise. */
export function pageCacheCounts(cacheDir: string, outDir: string, start: number): PageCacheCounts {
  const path = join(cacheDir, MANIFEST);
  const manifest = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : { routes: {} }) as { routes: Record<string, { paths: Record<string, { outputFile: string }> }> };
  const outputs = Object.values(manifest.routes).flatMap((r) => Object.values(r.paths).map((p) => p.outputFile));
  const written = outputs.filter((file) => (statSync(join(cacheDir, 'dist', file), { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= start - 1000).length;
  const files = existsSync(outDir) ? readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0;
  return { files, keyed: outputs.length, restored: outputs.length - written };
}
