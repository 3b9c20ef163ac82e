// PNGs drawn on worker threads: the bytes resvg gives on the main thread, several at once, and a bad drawing
// fails its own render only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { renderOnWorker } from '../../src/lib/export/png-workers.ts';
import { FONT_FILES } from '../../src/lib/export/png-fonts.ts';

const options = { fitTo: { mode: 'width' as const, value: 300 }, font: { loadSystemFonts: false, fontFiles: [...FONT_FILES], defaultFontFamily: 'Noto Sans' } };
const svg = (text: string): string => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#fff"/><text x="10" y="60" font-size="24">${text}</text></svg>`;

test('a PNG drawn on a worker has the bytes resvg draws on the main thread', async () => {
  const texts = ['Bogor Tengah', 'Cibeunying Kaler', 'Tanah Sareal', 'Bojongloa Kidul', 'Kiaracondong'];
  const pngs = await Promise.all(texts.map((text) => renderOnWorker(svg(text), options)));
  texts.forEach((text, i) => assert.deepEqual(pngs[i], new Resvg(svg(text), options).render().asPng(), text));
  assert.notDeepEqual(pngs[0], pngs[1]);
});

test('a drawing resvg cannot read fails with its error; the next one is drawn', async () => {
  await assert.rejects(renderOnWorker('<svg', options), /resvg/);
  const png = await renderOnWorker(svg('lagi'), options);
  assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
});
