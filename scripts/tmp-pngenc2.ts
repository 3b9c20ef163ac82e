import { Resvg } from '@resvg/resvg-js';
import { deflateSync, crc32, constants } from 'node:zlib';
import { ogCardSvg } from '../src/lib/export/og-card.ts';
import { subsetFontFiles } from '../src/lib/export/png-fonts.ts';
const subset = await subsetFontFiles('/tmp/mk/fonts');
const svg = ogCardSvg({ site: 'Pantau Netralitas ASN', title: 'Kecamatan Bogor Tengah, Kota Bogor', headline: '12 laporan · 3 terbukti', detail: '12 reports · 3 proven', demo: 'DATA CONTOH · DEMO DATA', address: 'pantau-netralitas.example.org/kecamatan/32-71-03/' });
const opts = { fitTo: { mode: 'width' as const, value: 1200 }, font: { loadSystemFonts: false, fontFiles: subset, defaultFontFamily: 'Noto Sans' } };
const img = new Resvg(svg, opts).render(); const px = img.pixels as Buffer; const w = img.width, h = img.height;
const N = 20;
function raw(rgb: boolean, up: boolean): Buffer { const bpp = rgb ? 3 : 4; const stride = w * bpp; const out = Buffer.alloc((stride + 1) * h);
  for (let y = 0; y < h; y++) { const o = y * (stride + 1); out[o] = up && y > 0 ? 2 : 0;
    if (!rgb) px.copy(out, o + 1, y * w * 4, (y + 1) * w * 4); else { let j = o + 1; for (let i = y * w * 4, e = i + w * 4; i < e; i += 4) { out[j++] = px[i]!; out[j++] = px[i + 1]!; out[j++] = px[i + 2]!; } }
  }
  if (up) { for (let y = h - 1; y > 0; y--) { const o = y * (stride + 1) + 1, p = o - stride - 1; for (let i = 0; i < stride; i++) out[o + i] = (out[o + i]! - out[p + i]!) & 255; } }
  return out; }
for (const rgb of [false, true]) for (const up of [false, true]) { let s = 0; let r = Buffer.alloc(0); for (let i = 0; i < N; i++) { const a = performance.now(); r = raw(rgb, up); s += performance.now() - a; }
  const prep = s / N; 
  for (const [level, strat] of [[1, 0], [2, 0], [3, 0], [4,0], [6, 0], [1, constants.Z_RLE]] as const) { let t = 0; let o = Buffer.alloc(0); for (let i = 0; i < N; i++) { const a = performance.now(); o = deflateSync(r, { level, strategy: strat }); t += performance.now() - a; }
    console.log(`${rgb ? 'rgb ' : 'rgba'} ${up ? 'up  ' : 'none'} L${level}${strat ? 'rle' : ''}: prep ${prep.toFixed(1)} + deflate ${(t / N).toFixed(1)} ms = ${(prep + t / N).toFixed(1)}; ${o.length} B`); } }
