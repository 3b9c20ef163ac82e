// Determinism: the same input builds byte-identical output, so a data change shows as a readable diff
// and a published file can be checked against a rebuild.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

/** Every file below a folder, as relative path -> sha256. */
function digests(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, file);
    if (statSync(path).isFile()) out.set(file, createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return out;
}

test('a second build of the same data is byte-identical to the first: every page, image, CSV and data file', () => {
  const work = mkdtempSync(join(tmpdir(), 'pantau-again-'));
  const env = { ...process.env, OUT_DIR: join(work, 'generated') };
  const data = spawnSync(process.execPath, ['scripts/data.ts'], { env, encoding: 'utf8' });
  assert.equal(data.status, 0, data.stderr);
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', join(work, 'dist')], { env, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  for (const [first, second] of [['generated', join(work, 'generated')], [process.env['DIST_DIR'] ?? 'dist', join(work, 'dist')]] as const) {
    const a = digests(first);
    const b = digests(second);
    assert.deepEqual([...b.keys()], [...a.keys()], `${first}: the same files`);
    const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
    assert.deepEqual(differing, [], `${first}: ${differing.length} of ${a.size} files differ`);
    assert.ok(a.size > (first === 'generated' ? 5 : 500), `${first}: ${a.size} files compared`);
  }
});
