// Without boundaries the site still builds, says why there is no map, and keeps every table.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { load } from 'cheerio';

test('a build with no boundaries passes, warns, and the city pages say the map layer is missing', () => {
  const work = mkdtempSync(join(tmpdir(), 'pantau-nomap-'));
  const out = join(work, 'generated');
  const dist = join(work, 'dist');
  const env = { ...process.env, BOUNDARIES_DIR: join(work, 'no-such-folder'), OUT_DIR: out };
  const data = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  assert.equal(data.status, 0, data.stderr);
  assert.match(data.stderr, /batas wilayah tidak ditemukan/);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', dist], { env, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  for (const [path, message] of [['kota/bogor', 'Lapisan peta tidak tersedia'], ['en/city/bandung', 'The map layer is missing']] as const) {
    const $ = load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
    assert.match($('.map-missing').text(), new RegExp(message));
    assert.equal($('kecamatan-map svg').length, 0, 'no map drawn');
    assert.equal($('script[src*="MapSection"]').length + $('script.map-config').length, 0, 'no map script');
    assert.ok($('table.kecamatan-table tbody tr').length >= 6, 'the kecamatan table is still there');
  }
  assert.equal(existsSync(join(dist, 'geo')), false, 'no boundary files published');
});
