// The fonts resvg draws with, prepared once: the bundled Noto Sans cut to the characters the site's images
// use (name and layout tables kept, so fonts are matched and text shaped exactly as with the full files).
// resvg-js 2.6 takes font paths only and reads the files again for every image: 3 × 52 kB instead of
// 3 × 630 kB makes loading fonts about five times cheaper, and the PNG bytes stay the same. An image with a
// character outside the cut set is drawn with the full files, so no text ever loses a glyph.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import subsetFont from 'subset-font';
import { touch } from './png-cache-prune.ts';

const require = createRequire(import.meta.url);
/** The bundled font files: the same glyphs on every machine that builds the site. */
export const FONT_FILES = [
  require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/600SemiBold/NotoSans_600SemiBold.ttf'),
  require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
];

/**
 * Code point ranges kept (inclusive): Basic Latin, Latin-1, Latin Extended-A, general punctuation and the minus
 * sign. Every one of them renders byte for byte as with the full files (tests/unit/png-fonts.test.ts); arrows
 * and ≤ ≥ did not (Noto Sans has no glyph for them, and a cut file draws the missing glyph otherwise).
 */
const KEPT: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x2010, 0x203f],
  [0x2212, 0x2212],
];

/** Every name record: the subsetter keeps only ids 0-6 by default, and fonts are matched by the typographic family (16, "Noto Sans" for SemiBold too). */
const NAME_IDS = Array.from({ length: 256 }, (_, i) => i);

const kept = (code: number): boolean => KEPT.some(([from, to]) => code >= from && code <= to);

/** The characters the cut fonts keep. */
export const SUBSET_TEXT = KEPT.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

/** Whether the cut fonts draw every character of an SVG (markup is ASCII; a character reference could name anything, so it says no). */
export function subsetCovers(svg: string): boolean {
  if (svg.includes('&#')) return false;
  for (const char of svg) {
    const code = char.codePointAt(0) ?? 0;
    if (code !== 0x09 && code !== 0x0a && code !== 0x0d && !kept(code)) return false;
  }
  return true;
}

/** Paths of the cut fonts in `dir`, each named by the hash of its source and the kept characters, made once and reused by later builds. */
export async function subsetFontFiles(dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  return Promise.all(
    FONT_FILES.map(async (source) => {
      const bytes = readFileSync(source);
      const key = createHash('sha256').update(bytes).update('\n').update(SUBSET_TEXT).update(`\n${NAME_IDS.length}`).digest('hex').slice(0, 16);
      const file = join(dir, `${basename(source, '.ttf')}-${key}.ttf`);
      if (exists(file)) {
        touch(file);
        return file;
      }
      const cut = await subsetFont(bytes, SUBSET_TEXT, { targetFormat: 'sfnt', preserveNameIds: NAME_IDS });
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, cut);
      renameSync(temp, file);
      return file;
    }),
  );
}

function exists(file: string): boolean {
  try {
    return statSync(file).size > 0;
  } catch {
    return false;
  }
}
