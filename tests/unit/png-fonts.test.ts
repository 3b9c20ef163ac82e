// The cut fonts draw the site's images byte for byte as the full ones, and any other character goes to the full ones.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES, SUBSET_TEXT, subsetCovers, subsetFontFiles } from '../../src/lib/export/png-fonts.ts';
import { xml } from '../../src/lib/export/xml.ts';

const covers: [string, boolean][] = [
  ['<text>Kecamatan Bogor Tengah · 12 laporan – 3 terbukti</text>', true],
  ['<text>Pasirjambu, Cibeureum ’s … “Ciamis” 5 − 2 ±</text>', true],
  ['<text>≤ 5</text>', false],
  ['<text>→</text>', false],
  ['<text>Ã¢ Šiauliai Łódź</text>', true],
  ['<text>\n\t12\r\n</text>', true],
  ['<text>ǅ</text>', false],
  ['<text>北京</text>', false],
  ['<text>€ 12</text>', false],
  ['<text>&#x2603;</text>', false],
];

for (const [svg, expected] of covers) {
  test(`the cut fonts ${expected ? 'cover' : 'do not cover'} ${JSON.stringify(svg)}`, () => {
    assert.equal(subsetCovers(svg), expected);
  });
}

const render = (svg: string, fontFiles: string[]): Buffer => new Resvg(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: 'Noto Sans' } }).render().asPng();

test('text at weights 400, 600 and 700 renders to the same PNG bytes with the cut fonts as with the full ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-fonts-'));
  const cut = await subsetFontFiles(dir);
  assert.equal(cut.length, FONT_FILES.length);
  for (const file of cut) assert.ok(readFileSync(file).length < 100_000, `${file} is cut`);
  const lines = [400, 600, 700].map((w, i) => `<text x="8" y="${30 + i * 30}" font-size="20" font-weight="${w}">Coblong – Bojongloa Kaler · 1.234 (12,5 %) − “Sukasari” ’s … ±</text>`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="560" height="110" font-family="Noto Sans, sans-serif">${lines.join('')}</svg>`;
  assert.ok(subsetCovers(svg));
  assert.ok(render(svg, cut).equals(render(svg, FONT_FILES)), 'same bytes');
  assert.deepEqual(await subsetFontFiles(dir), cut, 'made once, then reused');
  rmSync(dir, { recursive: true, force: true });
});

test('every character the cut fonts keep renders the same bytes as with the full fonts, at every weight', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-fonts-'));
  const cut = await subsetFontFiles(dir);
  const chars = [...SUBSET_TEXT];
  const differing: string[] = [];
  for (let i = 0; i < chars.length; i += 16) {
    const text = chars.slice(i, i + 16).join('');
    for (const weight of [400, 600, 700]) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="30" font-family="Noto Sans, sans-serif"><text x="4" y="22" font-size="14" font-weight="${weight}">A${xml(text)}A</text></svg>`;
      if (!render(svg, cut).equals(render(svg, FONT_FILES))) differing.push(`${weight}: ${text}`);
    }
  }
  assert.deepEqual(differing, []);
  rmSync(dir, { recursive: true, force: true });
});
