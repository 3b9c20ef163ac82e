// The order the build generates paths in: a kecamatan's page, embeds and downloads together (so its charts are
// drawn once and let go), the social cards last (drawn on worker threads meanwhile), nothing lost or doubled.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generationOrder, kecamatanIn } from '../../src/integrations/generation-order.ts';

test('a kecamatan code is found in page, embed and download paths, never in a kelurahan code or a date', () => {
  assert.equal(kecamatanIn('/kecamatan/32.71.01/'), '32.71.01');
  assert.equal(kecamatanIn('/en/kecamatan/32.71.01/'), '32.71.01');
  assert.equal(kecamatanIn('/embed/cases-monthly-32-71-01/'), '32.71.01');
  assert.equal(kecamatanIn('/en/export/cases-monthly-32-71-01.xlsx'), '32.71.01');
  assert.equal(kecamatanIn('/og/kecamatan-32-71-01.png'), '32.71.01');
  assert.equal(kecamatanIn('/kelurahan/32.71.01.1001/'), null);
  assert.equal(kecamatanIn('/export/timeline-pemilu-2024-02-14.csv'), null);
  assert.equal(kecamatanIn('/kota/kota-bogor/'), null);
  assert.equal(kecamatanIn('/data/signings.csv'), null);
});

test("each kecamatan's paths come together where its first was; cards come last; every path once", () => {
  const paths = [
    '/', '/export/cases-monthly-32-71-01.svg', '/export/cases-monthly-32-71-02.svg', '/export/city-kota-bogor.svg',
    '/og/home.png', '/og/kecamatan-32-71-01.png', '/embed/cases-monthly-32-71-01/', '/embed/cases-monthly-32-71-02/',
    '/kecamatan/32.71.01/', '/en/kecamatan/32.71.01/', '/kecamatan/32.71.02/', '/tentang/',
  ].map((pathname) => ({ pathname }));
  const order = generationOrder(paths, (p) => p.pathname.startsWith('/og/')).map((p) => p.pathname);
  assert.deepEqual(order, [
    '/',
    '/export/cases-monthly-32-71-01.svg', '/embed/cases-monthly-32-71-01/', '/kecamatan/32.71.01/', '/en/kecamatan/32.71.01/',
    '/export/cases-monthly-32-71-02.svg', '/embed/cases-monthly-32-71-02/', '/kecamatan/32.71.02/',
    '/export/city-kota-bogor.svg', '/tentang/',
    '/og/home.png', '/og/kecamatan-32-71-01.png',
  ]);
  assert.deepEqual([...order].sort(), paths.map((p) => p.pathname).sort());
});
