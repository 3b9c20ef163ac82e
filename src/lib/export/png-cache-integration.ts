// The image cache's bounds, kept by the build itself: a marker when the build starts, pruning when it ends
// (png-cache-prune.ts). `PNG_CACHE_KEEP` is the number of recent builds whose images stay (2 by default: the
// last build's and the one before, so switching between two data sets renders nothing anew). A build that restored
// pages from the page cache (src/lib/build-cache/) used their images without reading them, so it prunes nothing.
import type { AstroIntegration } from 'astro';
import { markBuildStart, pruneCache } from './png-cache-prune.ts';
import { pngCacheDir } from './png-cache.ts';

export function pngCacheIntegration(env: NodeJS.ProcessEnv = process.env, mayPrune: () => boolean = () => true): AstroIntegration {
  const dir = pngCacheDir(env);
  let marker: string | null = null;
  return {
    name: 'pantau-png-cache',
    hooks: {
      'astro:build:start': () => {
        if (dir) marker = markBuildStart(dir);
      },
      'astro:build:done': ({ logger }) => {
        if (!dir || !marker) return;
        if (!mayPrune()) {
          logger.info(`image cache ${dir}: not pruned (pages restored from the page cache use images this build did not read)`);
          return;
        }
        const { kept, removed } = pruneCache(dir, marker, Math.max(1, Number(env['PNG_CACHE_KEEP']) || 2));
        logger.info(`image cache ${dir}: ${kept} files kept, ${removed} unused by the last builds removed`);
      },
    },
  };
}
