// Determinism: the same input builds byte-identical output, so a data change shows as a readable diff
// and a published file can be checked against a rebuild. A build that takes its PNGs from the image cache
// (src/lib/export/png-cache.ts) must be byte-identical to one that renders them all, and so must one that
// restores its pages from the page cache (src/lib/build-cache/).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertSame, digests } from '../support/dist-digests.ts';

test('a second build of the same data is byte-identical to the first, whether its PNGs are rendered afresh or taken from the image cache, or its pages restored from the page cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'pantau-again-'));
  const cache = join(work, 'png-cache');
  const env = { ...process.env, OUT_DIR: join(work, 'generated'), PNG_CACHE_DIR: cache, PAGE_CACHE_DIR: join(work, 'page-cache') };
  const data = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  assert.equal(data.status, 0, data.stderr);
  assertSame('generated', join(work, 'generated'), 5);
  const dist = process.env['DIST_DIR'] ?? 'dist';

  const build = (outDir: string, extra: NodeJS.ProcessEnv = {}): void => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], { env: { ...env, ...extra }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  };
  // The cache's images only: it also holds the cut fonts and a marker per build (png-cache-prune.ts).
  const images = (): Map<string, string> => new Map([...digests(cache)].filter(([file]) => file.endsWith('.png')));
  build(join(work, 'cold'));
  const rendered = images();
  const pngs = [...digests(join(work, 'cold')).keys()].filter((f) => f.endsWith('.png')).length;
  assert.ok(rendered.size > 40 && rendered.size <= pngs, `the cold build rendered ${rendered.size} distinct images for ${pngs} PNG files and kept them`);
  assertSame(dist, join(work, 'cold'), 500);

  build(join(work, 'cached'), { PAGE_CACHE: 'off' });
  assert.deepEqual(images(), rendered, 'the cached build rendered nothing anew and pruned nothing it used');
  assertSame(dist, join(work, 'cached'), 500);

  build(join(work, 'restored'));
  const counts = JSON.parse(readFileSync(join(work, 'page-cache', 'last-build.json'), 'utf8')) as { files: number; restored: number };
  assert.ok(counts.restored > 500 && counts.restored < counts.files, `${counts.restored} of ${counts.files} files restored from the page cache`);
  assertSame(dist, join(work, 'restored'), 500);
  rmSync(work, { recursive: true, force: true });
});
