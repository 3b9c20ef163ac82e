// PNGs drawn on worker threads: the image resvg draws on the main thread, several at once, and a bad drawing
// fails its own render only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as zlib from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { PNG } from 'pngjs';
import { renderOnWorker } from '../../src/lib/export/png-workers.ts';
import { encodeOpaquePng } from '../../src/lib/export/png-encode.ts';
import { FONT_FILES } from '../../src/lib/export/png-fonts.ts';

const options = { fitTo: { mode: 'width' as const, value: 300 }, font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: 'Noto Sans' } };
const svg = (text: string, background = '<rect width="200" height="100" fill="#fff"/>'): string => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100">${background}<text x="10" y="60" font-size="24">${text}</text></svg>`;

test('a PNG drawn on a worker is the image resvg draws on the main thread, in the same bytes as the main thread encodes it', async () => {
  const texts = ['Bogor Tengah', 'Cibeunying Kaler', 'Tanah Sareal', 'Bojongloa Kidul', 'Kiaracondong'];
  const pngs = await Promise.all(texts.map((text) => renderOnWorker(svg(text), options)));
  texts.forEach((text, i) => {
    const image = new Resvg(svg(text), options).render();
    assert.deepEqual(pngs[i], encodeOpaquePng(image.pixels, image.width, image.height, zlib), text);
    assert.ok(PNG.sync.read(pngs[i]).data.equals(PNG.sync.read(image.asPng()).data), `${text}: resvg's pixels`);
  });
  assert.notDeepEqual(pngs[0], pngs[1]);
});

test('an image with transparent pixels is encoded by resvg itself, on the worker too', async () => {
  const transparent = svg('Sukasari', '');
  assert.deepEqual(await renderOnWorker(transparent, options), new Resvg(transparent, options).render().asPng());
});

test('a drawing resvg cannot read fails with its error; the next one is drawn', async () => {
  await assert.rejects(renderOnWorker('<svg', options), /resvg/);
  const png = await renderOnWorker(svg('lagi'), options);
  assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
});
