// The PNG encoder of rendered images: lossless (a decoder reads back resvg's pixels, as from resvg's own file),
// the same bytes every time, and only for opaque images.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { encodeOpaquePng } from '../../src/lib/export/png-encode.ts';
import { ogCardSvg } from '../../src/lib/export/og-card.ts';
import { FONT_FILES } from '../../src/lib/export/png-fonts.ts';

const options = { fitTo: { mode: 'width' as const, value: 1200 }, font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: 'Noto Sans' } };
const card = ogCardSvg({ site: 'Pantau Netralitas ASN', title: 'Kecamatan Bojongloa Kidul, Kota Bandung', headline: '7 laporan · 2 terbukti', detail: '7 reports · 2 proven', demo: 'DATA CONTOH · DEMO DATA', address: 'pantau-netralitas.example.org/kecamatan/32.73.06/' });

test('a social card decodes to the pixels of resvg\'s own PNG, at about its size, in the same bytes every time', () => {
  const image = new Resvg(card, options).render();
  const png = encodeOpaquePng(image.pixels, image.width, image.height, zlib);
  assert.ok(png !== null);
  const ours = PNG.sync.read(png);
  const theirs = PNG.sync.read(image.asPng());
  assert.deepEqual([ours.width, ours.height], [1200, 630]);
  assert.ok(ours.data.equals(theirs.data), 'the same pixels');
  assert.ok(png.length < image.asPng().length * 1.25, `${png.length} bytes against ${image.asPng().length}`);
  assert.deepEqual(encodeOpaquePng(image.pixels, image.width, image.height, zlib), png);
});

test('an image with a pixel that is not opaque, or pixels that do not match its size, is left to resvg', () => {
  const pixels = new Uint8Array(4 * 3 * 2).fill(255);
  assert.ok(encodeOpaquePng(pixels, 3, 2, zlib) !== null);
  pixels[4 * 4 + 3] = 254;
  assert.equal(encodeOpaquePng(pixels, 3, 2, zlib), null);
  assert.equal(encodeOpaquePng(new Uint8Array(20).fill(255), 3, 2, zlib), null);
});

test('every row and column of a small image comes back', () => {
  const pixels = new Uint8Array(4 * 5 * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = i % 4 === 3 ? 255 : (i * 37) % 256;
  const decoded = PNG.sync.read(encodeOpaquePng(pixels, 5, 3, zlib)!);
  assert.deepEqual([decoded.width, decoded.height], [5, 3]);
  assert.deepEqual([...decoded.data], [...pixels]);
});
