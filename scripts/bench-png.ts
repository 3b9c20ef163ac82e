// npm run bench:png: where one PNG render's time goes (parse with fonts and text to paths, rasterising,
// PNG encoding), with the full font files and with the cut ones (src/lib/export/png-fonts.ts), taken in
// turns so that a shared machine's load weighs on both alike; and whether both give the same bytes.
// Renders a social card and the chart and map downloads of the last build (dist/export/*.svg).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { ogCardSvg } from '../src/lib/export/og-card.ts';
import { FONT_FILES, subsetFontFiles } from '../src/lib/export/png-fonts.ts';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 10);
const load = (): string => loadavg().map((n) => n.toFixed(2)).join(' ');

interface Phases {
  parse: number;
  raster: number;
  encode: number;
  png: Buffer;
}

function renderOnce(svg: string, width: number, fontFiles: string[]): Phases {
  const t0 = performance.now();
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' } });
  const t1 = performance.now();
  const image = resvg.render();
  const t2 = performance.now();
  const png = image.asPng();
  return { parse: t1 - t0, raster: t2 - t1, encode: performance.now() - t2, png };
}

function samples(): { name: string; svg: string; width: number }[] {
  const og = ogCardSvg({ site: 'Pantau Netralitas ASN', title: 'Kecamatan Bogor Tengah, Kota Bogor', headline: '12 laporan · 3 terbukti', detail: '12 reports · 3 proven', demo: 'DATA CONTOH · DEMO DATA', address: 'pantau-netralitas.example.org/kecamatan/32-71-03/' });
  const out = [{ name: 'social card', svg: og, width: 1200 }];
  const dir = join('dist', 'export');
  if (!existsSync(dir)) return out;
  const svgs = readdirSync(dir).filter((f) => f.endsWith('.svg')).sort();
  for (const file of [svgs.find((f) => f.startsWith('map-')), svgs.find((f) => !f.startsWith('map-'))]) {
    if (!file) continue;
    const svg = readFileSync(join(dir, file), 'utf8');
    out.push({ name: file, svg, width: 2 * Number(/width="(\d+)"/.exec(svg)?.[1] ?? 768) });
  }
  return out;
}

const fontDir = mkdtempSync(join(tmpdir(), 'pantau-fonts-'));
const started = performance.now();
const subset = await subsetFontFiles(fontDir);
console.log(`fonts cut in ${(performance.now() - started).toFixed(0)} ms: ${subset.map((f) => `${(readFileSync(f).length / 1024).toFixed(0)} kB`).join(', ')} (full: ${FONT_FILES.map((f) => `${(readFileSync(f).length / 1024).toFixed(0)} kB`).join(', ')})`);
console.log(`machine load average (1, 5, 15 min) before: ${load()}; ${ROUNDS} rounds, ms per image (median)`);
for (const { name, svg, width } of samples()) {
  const runs: Record<'full' | 'cut', Phases[]> = { full: [], cut: [] };
  for (let i = 0; i < ROUNDS; i++) {
    runs.full.push(renderOnce(svg, width, FONT_FILES));
    runs.cut.push(renderOnce(svg, width, subset));
  }
  const same = runs.full.every((r, i) => r.png.equals(runs.cut[i]?.png ?? Buffer.alloc(0)));
  for (const fonts of ['full', 'cut'] as const) {
    const m = (phase: 'parse' | 'raster' | 'encode'): number => median(runs[fonts].map((r) => r[phase]));
    const total = m('parse') + m('raster') + m('encode');
    console.log(`${name} (${width} px), ${fonts} fonts: ${total.toFixed(1)} ms = parse, fonts and text ${m('parse').toFixed(1)} + rasterise ${m('raster').toFixed(1)} + encode ${m('encode').toFixed(1)}`);
  }
  console.log(`  same PNG bytes with either fonts: ${same ? 'yes' : 'NO'}`);
}
console.log(`machine load average (1, 5, 15 min) at the end: ${load()} (the machine may be shared: compare the two lines of an image, not runs)`);
rmSync(fontDir, { recursive: true, force: true });

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
