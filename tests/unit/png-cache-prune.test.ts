// The image cache keeps what the last builds used, never what a running build uses, and nothing else.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { markBuildStart, pruneCache } from '../../src/lib/export/png-cache-prune.ts';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 1);

/** A cache entry last used at `at` (ms since the epoch). */
function entry(dir: string, name: string, at: number): void {
  mkdirSync(join(dir, name.slice(0, 2)), { recursive: true });
  const file = join(dir, name.slice(0, 2), name);
  writeFileSync(file, name);
  utimesSync(file, new Date(at), new Date(at));
}

const entries = (dir: string): string[] => readdirSync(dir).filter((d) => /^[0-9a-f]{2}$/.test(d)).flatMap((d) => readdirSync(join(dir, d))).sort();

test('images no build among the last two used are removed; those of the last two stay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-prune-'));
  const first = markBuildStart(dir, T0);
  entry(dir, 'aa-first-only.png', T0 + MINUTE);
  entry(dir, 'bb-both.png', T0 + MINUTE);
  assert.deepEqual(pruneCache(dir, first, 2, () => false, T0 + 2 * MINUTE), { kept: 2, removed: 0 }, 'one build so far: nothing to prune');
  const second = markBuildStart(dir, T0 + 10 * MINUTE);
  entry(dir, 'bb-both.png', T0 + 11 * MINUTE);
  entry(dir, 'cc-second.png', T0 + 11 * MINUTE);
  assert.equal(pruneCache(dir, second, 2, () => false, T0 + 12 * MINUTE).removed, 0, "the first build's images stay while it is among the last two");
  const third = markBuildStart(dir, T0 + 20 * MINUTE);
  entry(dir, 'dd-third.png', T0 + 21 * MINUTE);
  assert.deepEqual(pruneCache(dir, third, 2, () => false, T0 + 22 * MINUTE), { kept: 3, removed: 1 });
  assert.deepEqual(entries(dir), ['bb-both.png', 'cc-second.png', 'dd-third.png']);
  assert.equal(readdirSync(join(dir, 'builds')).length, 2, 'markers of older builds go too');
  rmSync(dir, { recursive: true, force: true });
});

test('a build still running keeps every image it used, even one older than the last builds', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-prune-'));
  const running = markBuildStart(dir, T0);
  entry(dir, 'aa-running.png', T0 + MINUTE);
  const other = markBuildStart(dir, T0 + 10 * MINUTE);
  entry(dir, 'bb-other.png', T0 + 11 * MINUTE);
  const alive = (pid: number): boolean => pid === process.pid;
  // Both markers carry this process's pid: the first is "running" as long as it is not done.
  assert.equal(pruneCache(dir, other, 1, alive, T0 + 12 * MINUTE).removed, 0);
  assert.deepEqual(entries(dir), ['aa-running.png', 'bb-other.png']);
  assert.equal(pruneCache(dir, running, 1, alive, T0 + 13 * MINUTE).removed, 0, 'the images of the build that finished last stay');
  rmSync(dir, { recursive: true, force: true });
});

test('the marker of a build that died is forgotten, so it holds nothing back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-prune-'));
  markBuildStart(dir, T0);
  entry(dir, 'aa-old.png', T0 + MINUTE);
  const now = markBuildStart(dir, T0 + 10 * MINUTE);
  entry(dir, 'bb-new.png', T0 + 11 * MINUTE);
  assert.deepEqual(pruneCache(dir, now, 1, () => false, T0 + 12 * MINUTE), { kept: 1, removed: 1 });
  assert.deepEqual(entries(dir), ['bb-new.png']);
  assert.equal(readdirSync(join(dir, 'builds')).length, 1);
  rmSync(dir, { recursive: true, force: true });
});
