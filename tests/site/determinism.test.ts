// Determinism: the same input builds byte-identical output, so a data change shows as a readable diff
// and a published file can be checked against a rebuild. A build that takes its PNGs from the image cache
// (src/lib/export/png-cache.ts) must be byte-identical to one that renders them all.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/** Every file below a folder, as relative path -> sha256. */
function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) out.set(file, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

function assertSame(first: string, second: string, least: number): void {
  const a = digests(first);
  const b = digests(second);
  assert.deepEqual([...b.keys()], [...a.keys()], `${second}: the same files as ${first}`);
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  assert.deepEqual(differing, [], `${second}: ${differing.length} of ${a.size} files differ from ${first}`);
  assert.ok(a.size > least, `${first}: ${a.size} files compared`);
}

test('a second build of the same data is byte-identical to the first, whether its PNGs are rendered afresh or taken from the image cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'pantau-again-'));
  const cache = join(work, 'png-cache');
  const env = { ...process.env, OUT_DIR: join(work, 'generated'), PNG_CACHE_DIR: cache };
  const data = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  assert.equal(data.status, 0, data.stderr);
  assertSame('generated', join(work, 'generated'), 5);
  const dist = process.env['DIST_DIR'] ?? 'dist';

  const build = (outDir: string): void => {
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], { env, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
  };
  // The cache's images only: it also holds the cut fonts and a marker per build (png-cache-prune.ts).
  const images = (): Map<string, string> => new Map([...digests(cache)].filter(([file]) => file.endsWith('.png')));
  build(join(work, 'cold'));
  const rendered = images();
  const pngs = [...digests(join(work, 'cold')).keys()].filter((f) => f.endsWith('.png')).length;
  assert.ok(rendered.size > 40 && rendered.size <= pngs, `the cold build rendered ${rendered.size} distinct images for ${pngs} PNG files and kept them`);
  assertSame(dist, join(work, 'cold'), 500);

  build(join(work, 'cached'));
  assert.deepEqual(images(), rendered, 'the cached build rendered nothing anew and pruned nothing it used');
  assertSame(dist, join(work, 'cached'), 500);
  rmSync(work, { recursive: true, force: true });
});
