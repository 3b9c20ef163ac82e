// PNG rendering that costs only what changed: off the main thread (drawn and encoded on worker threads,
// png-workers.ts), with fonts cut to the characters the images use
// (png-fonts.ts), once per distinct content in a build, and kept in a content-addressed cache outside dist/,
// so a rebuild after a data change renders only the images whose SVG changed. The cached bytes are the
// renderer's own bytes: a cached build is byte-identical to a cold one. Each entry read or written is
// touched, so pruning (png-cache-prune.ts) can drop what recent builds no longer use.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { touch } from './png-cache-prune.ts';
import { FONT_FILES, subsetCovers, subsetFontFiles } from './png-fonts.ts';
import { PNG_ENCODER } from './png-encode.ts';
import { inFlight, renderOnWorker, workerCount } from './png-workers.ts';

const require = createRequire(import.meta.url);

/** Where rendered PNGs are kept between builds; `PNG_CACHE=off` renders everything afresh. */
export function pngCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['PNG_CACHE'] === 'off') return null;
  return env['PNG_CACHE_DIR'] ?? join('node_modules', '.cache', 'pantau-png');
}

/** The fonts of this build and the renderer's identity: resvg-js version, the PNG encoder and its zlib, and the bytes of every font resvg may read. */
interface Renderer {
  readonly id: string;
  readonly subset: readonly string[];
}

let renderer: Promise<Renderer> | undefined;
function prepare(): Promise<Renderer> {
  renderer ??= subsetFontFiles(join(pngCacheDir() ?? join(tmpdir(), 'pantau-png'), 'fonts')).then((subset) => {
    const hash = createHash('sha256').update(`resvg-js ${(require('@resvg/resvg-js/package.json') as { version: string }).version}\n${PNG_ENCODER}, zlib ${process.versions.zlib}\n`);
    for (const file of [...FONT_FILES, ...subset]) hash.update(readFileSync(file));
    return { id: hash.digest('hex'), subset };
  });
  return renderer;
}

/** The cache key of one image: renderer, width and SVG text. */
const pngKey = (id: string, svg: string, width: number): string => createHash('sha256').update(id).update(`\n${width}\n`).update(svg).digest('hex');

const options = (width: number, fontFiles: readonly string[]): ResvgRenderOptions => ({ fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false, fontFiles: [...fontFiles], defaultFontFamily: 'Noto Sans' } });
const pending = new Map<string, Promise<Buffer>>();

/** The PNG of an SVG at a width: from the cache when this content was rendered before, else rendered and kept. */
export function renderPng(svg: string, width: number): Promise<Buffer> {
  return cachedOrRendered(svg, width, readCached);
}

/**
 * What `found` makes of the kept file when there is one (its bytes, or only a touch), else the render in flight
 * for this content, else a new render on the workers, kept in the cache when it is done.
 */
async function cachedOrRendered<T>(svg: string, width: number, found: (file: string) => T | null): Promise<T | Buffer> {
  const { id, subset } = await prepare();
  const key = pngKey(id, svg, width);
  const running = pending.get(key);
  if (running) return running;
  const dir = pngCacheDir();
  const file = dir ? join(dir, key.slice(0, 2), `${key}.png`) : null;
  const cached = file ? found(file) : null;
  if (cached !== null) return cached;
  const job = renderOnWorker(svg, options(width, subsetCovers(svg) ? subset : FONT_FILES)).then((png) => {
    if (file) keep(file, png);
    return png;
  });
  pending.set(key, job);
  void job.finally(() => pending.delete(key)).catch(() => undefined);
  return job;
}

/**
 * Renders into the cache, on the workers and while the build goes on with other pages, every image a later
 * request will ask for: the request then reads it from the cache. A few images at a time are prepared ahead,
 * so the SVG texts never pile up in memory; an image already kept costs a hash and a touch. Without a cache
 * there is nowhere to keep them, and nothing is done.
 */
export async function prefetchPngs(svgs: Iterable<string>, width: number): Promise<void> {
  if (pngCacheDir() === null) return;
  const ahead = workerCount() * 2;
  const waiting = new Set<Promise<unknown>>();
  for (const svg of svgs) {
    while (inFlight() >= ahead && waiting.size > 0) await Promise.race(waiting);
    const job: Promise<unknown> = cachedOrRendered(svg, width, touched).then(() => waiting.delete(job), () => waiting.delete(job));
    waiting.add(job);
  }
  await Promise.all(waiting);
}

/** A kept PNG, touched so that pruning sees this build used it; null when there is none (or another build just pruned it). */
function readCached(file: string): Buffer | null {
  try {
    const png = readFileSync(file);
    touch(file);
    return png;
  } catch {
    return null;
  }
}

/** Whether a PNG is kept, touched as readCached does (true), without reading its bytes. */
function touched(file: string): true | null {
  try {
    touch(file);
    return true;
  } catch {
    return null;
  }
}

/** Written beside, then renamed: two builds sharing the cache never read half a file. */
function keep(file: string, png: Buffer): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
}
