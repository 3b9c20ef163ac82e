// PNG rendering that costs only what changed: off the main thread (resvg's renderAsync runs on libuv's
// worker pool, one render per core at a time), once per distinct content in a build, and kept in a
// content-addressed cache outside dist/, so a rebuild after a data change renders only the images whose
// SVG changed. The cached bytes are the renderer's own bytes: a cached build is byte-identical to a cold one.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
/** The bundled font files: the same glyphs on every machine that builds the site. */
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

/** Where rendered PNGs are kept between builds; `PNG_CACHE=off` renders everything afresh. */
export function pngCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['PNG_CACHE'] === 'off') return null;
  return env['PNG_CACHE_DIR'] ?? join('node_modules', '.cache', 'pantau-png');
}

let rendererId: string | undefined;
/** Everything besides the SVG that decides the bytes: the renderer's version and the fonts' contents. */
function renderer(): string {
  if (rendererId) return rendererId;
  const hash = createHash('sha256').update(`resvg-js ${(require('@resvg/resvg-js/package.json') as { version: string }).version}\n`);
  for (const file of FONT_FILES) hash.update(readFileSync(file));
  rendererId = hash.digest('hex');
  return rendererId;
}

/** The cache key of one image: renderer, width and SVG text. */
export function pngKey(svg: string, width: number): string {
  return createHash('sha256').update(renderer()).update(`\n${width}\n`).update(svg).digest('hex');
}

const options = (width: number): ResvgRenderOptions => ({ fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: 'Noto Sans' } });
const pending = new Map<string, Promise<Buffer>>();

/** The PNG of an SVG at a width: from the cache when this content was rendered before, else rendered and kept. */
export function renderPng(svg: string, width: number): Promise<Buffer> {
  const key = pngKey(svg, width);
  const running = pending.get(key);
  if (running) return running;
  const dir = pngCacheDir();
  const file = dir ? join(dir, key.slice(0, 2), `${key}.png`) : null;
  if (file) {
    try {
      return Promise.resolve(readFileSync(file));
    } catch {
      // not cached yet: render below
    }
  }
  const job = renderAsync(svg, options(width)).then((image) => {
    const png = image.asPng();
    if (file) keep(file, png);
    return png;
  });
  pending.set(key, job);
  void job.finally(() => pending.delete(key)).catch(() => undefined);
  return job;
}

/** Written beside, then renamed: two builds sharing the cache never read half a file. */
function keep(file: string, png: Buffer): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, png);
  renameSync(temp, file);
}
