// Leaving the output folder in place (src/lib/build-cache/): it is trusted only when it holds exactly the files the
// last cached build of this cache listed, untouched, in the same folder and beside the same manifest; a build that
// trusted it deletes the files it left in place but neither produced nor touched. Pure parts table-driven, then the
// file-system parts on temporary folders.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeListing, encodeListing, LISTING, listDist, readListing, writeListing, type DistListing } from '../../src/lib/build-cache/dist-listing.ts';
import { distrust, staleFiles } from '../../src/lib/build-cache/keep-in-place.ts';
import { moveAside } from '../../src/lib/build-cache/move-aside.ts';
import { contendedWhileHeld, MANIFEST, pageCacheSetup } from '../../src/lib/build-cache/page-cache-setup.ts';
import { prepareOutDir } from '../../src/lib/build-cache/prepare-out-dir.ts';
import { removeStale } from '../../src/lib/build-cache/remove-stale.ts';

const files = new Map([
  ['index.html', '10:1:1'],
  ['kecamatan/32.71.01/index.html', '20:2:2'],
  ['_astro/app.1a2b.js', '30:3:3'],
]);
const last: DistListing = { outDir: '/site/dist', manifest: '100:9:9', files };
const now = (change: Partial<DistListing> = {}, edit: (files: Map<string, string>) => void = () => {}): DistListing => {
  const copy = new Map(files);
  edit(copy);
  return { ...last, ...change, files: copy };
};

const distrusted: [string, DistListing | null, DistListing, RegExp][] = [
  ['no listing (first build, or the last died)', null, now(), /no listing/],
  ['another output folder', last, now({ outDir: '/elsewhere/dist' }), /wrote \/site\/dist/],
  ['the manifest rewritten since (another build, or dropped)', last, now({ manifest: '100:9:10' }), /manifest changed/],
  ['no manifest now', last, now({ manifest: null }), /manifest changed/],
  ['a file edited (mtime)', last, now({}, (f) => f.set('index.html', '10:5:5')), /1 files changed/],
  ['a file replaced with one of the same size and mtime (ctime)', last, now({}, (f) => f.set('index.html', '10:1:7')), /1 files changed/],
  ['a file deleted', last, now({}, (f) => f.delete('index.html')), /1 files changed/],
  ['a file added', last, now({}, (f) => f.set('extra.html', '1:1:1')), /1 files changed/],
  ['a symlink where a file was', last, now({}, (f) => f.set('index.html', 'other')), /1 files changed/],
];

const check = (recorded: DistListing | null, { files: current, ...head }: DistListing): string | null => distrust(recorded, head, () => current);

for (const [name, recorded, current, reason] of distrusted) {
  test(`the output folder is moved aside when ${name}`, () => assert.match(check(recorded, current) ?? 'trusted', reason));
}

test('the output folder stays in place when it holds exactly the listed files, untouched, beside the same manifest', () => {
  assert.equal(check(last, now()), null);
});

test('the output folder is walked only when the listing, its folder and the manifest match', () => {
  let walks = 0;
  const walk = (): ReadonlyMap<string, string> => {
    walks++;
    return files;
  };
  distrust(null, last, walk);
  distrust(last, { ...last, outDir: '/elsewhere/dist' }, walk);
  distrust(last, { ...last, manifest: '1:1:1' }, walk);
  assert.equal(walks, 0);
  assert.equal(distrust(last, last, walk), null);
  assert.equal(walks, 1);
});

test('a file left in place is stale when no path of this build produced it and nothing touched it', () => {
  const kept = new Map([
    ['kecamatan/32.71.01/index.html', 's1'], // a keyed page this build kept: produced
    ['kecamatan/32.71.09/index.html', 's2'], // a removed kecamatan's page: stale
    ['_astro/app.old.js', 's3'], // an old bundle: stale
    ['_astro/app.new.js', 's4'], // written again by Vite: touched, kept
    ['export/gone.csv', 's5'], // deleted meanwhile: nothing to remove
  ]);
  const stamps: Record<string, string | null> = { 'kecamatan/32.71.01/index.html': 's1', 'kecamatan/32.71.09/index.html': 's2', '_astro/app.old.js': 's3', '_astro/app.new.js': 's9', 'export/gone.csv': null };
  const stale = staleFiles(kept, new Set(['kecamatan/32.71.01/index.html']), (file) => stamps[file] ?? null);
  assert.deepEqual(stale, ['kecamatan/32.71.09/index.html', '_astro/app.old.js']);
  assert.deepEqual(staleFiles(new Map(), new Set(), () => 's'), [], 'nothing is stale after a move aside');
});

test('a listing reads back as written; anything else reads as none', () => {
  assert.deepEqual(decodeListing(encodeListing(last)), last);
  assert.deepEqual(decodeListing(encodeListing({ ...last, manifest: null, files: new Map() })), { ...last, manifest: null, files: new Map() });
  assert.equal(decodeListing(Buffer.from('not gzip')), null);
  const truncated = encodeListing(last).subarray(0, 20);
  assert.equal(decodeListing(truncated), null);
});

/** A temporary folder with an output folder and a cache folder in it. */
function site(): { dir: string; out: string; cache: string; write: (file: string, text: string) => void } {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-in-place-'));
  const [out, cache] = [join(dir, 'dist'), join(dir, 'cache')];
  mkdirSync(cache);
  const write = (file: string, text: string): void => {
    mkdirSync(join(out, file, '..'), { recursive: true });
    writeFileSync(join(out, file), text);
  };
  return { dir, out, cache, write };
}

test('the listing of an output folder names every file but Astro\'s .git, and a file written again gets another stamp', () => {
  const { dir, out, write } = site();
  write('index.html', 'home');
  write('kecamatan/32.71.01/index.html', 'page');
  write('.git/HEAD', 'ref');
  const before = listDist(out);
  assert.deepEqual([...before.keys()].sort(), ['index.html', 'kecamatan/32.71.01/index.html']);
  // A clock tick later, as a rebuild comes seconds after the listing (file times move by ticks on some kernels).
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  write('index.html', 'home');
  assert.notEqual(listDist(out).get('index.html'), before.get('index.html'), 'same bytes, written again');
  assert.equal(listDist(out).get('kecamatan/32.71.01/index.html'), before.get('kecamatan/32.71.01/index.html'));
  rmSync(dir, { recursive: true, force: true });
});

test('stale files go with the folders they leave empty; folders holding anything else stay', () => {
  const { dir, out, write } = site();
  for (const file of ['kecamatan/32.71.09/index.html', 'en/kecamatan/32.71.09/index.html', 'kecamatan/32.71.01/index.html', '_astro/old.js', '_astro/new.js']) write(file, 'x');
  removeStale(out, ['kecamatan/32.71.09/index.html', 'en/kecamatan/32.71.09/index.html', '_astro/old.js']);
  assert.deepEqual([...listDist(out).keys()].sort(), ['_astro/new.js', 'kecamatan/32.71.01/index.html']);
  assert.deepEqual(readdirSync(out).sort(), ['_astro', 'kecamatan']);
  assert.deepEqual(readdirSync(join(out, 'kecamatan')), ['32.71.01']);
  rmSync(dir, { recursive: true, force: true });
});

test('a build keeps the output folder the last listed, moves aside one touched since, and drops the listing until it ends', async () => {
  const { dir, out, cache, write } = site();
  write('index.html', 'home');
  write('kecamatan/32.71.01/index.html', 'page');
  writeFileSync(join(cache, MANIFEST), '{}');
  const listed = (): void => writeListing(cache, { outDir: out, manifest: listDist(cache).get(MANIFEST) ?? null, files: listDist(out) });
  listed();
  const kept = prepareOutDir(out, cache);
  await kept.emptied;
  assert.equal(kept.reason, null);
  assert.equal(kept.kept.size, 2);
  assert.equal(existsSync(join(cache, LISTING)), false, 'no listing while the build runs');
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'home');

  listed();
  write('index.html', 'edited by hand');
  const moved = prepareOutDir(out, cache);
  await moved.emptied;
  assert.match(moved.reason ?? '', /1 files changed/);
  assert.equal(moved.kept.size, 0);
  assert.equal(existsSync(out), false, 'moved aside');
  assert.deepEqual(readdirSync(join(cache, 'trash')), [], 'and deleted');
  rmSync(dir, { recursive: true, force: true });
});

test('an output folder with Astro\'s .git inside is emptied around it, never moved away whole', async () => {
  const { dir, out, cache, write } = site();
  write('index.html', 'old');
  write('.git/HEAD', 'ref');
  await moveAside(out, cache, 101);
  assert.deepEqual(readdirSync(out), ['.git']);
  assert.equal(readFileSync(join(out, '.git', 'HEAD'), 'utf8'), 'ref');
  rmSync(dir, { recursive: true, force: true });
});

test('a build that finds the cache dirty drops the listing with the manifest', () => {
  const { dir, out, cache } = site();
  const env = { PAGE_CACHE_DIR: cache };
  assert.equal(pageCacheSetup(env, ['astro', 'build'], 101, (pid) => pid === 101).dir, cache);
  writeFileSync(join(cache, MANIFEST), '{}');
  writeListing(cache, { outDir: out, manifest: null, files: new Map() });
  // 101 dies before it is done: its dirty mark stays.
  assert.equal(pageCacheSetup(env, ['astro', 'build'], 102, (pid) => pid === 102).dir, cache);
  assert.equal(readListing(cache), null);
  assert.equal(existsSync(join(cache, MANIFEST)), false);
  rmSync(dir, { recursive: true, force: true });
});

test('a build that finds the cache in use tells the holder, which then lists no output folder it may have shared', () => {
  const { dir, cache } = site();
  const env = { PAGE_CACHE_DIR: cache };
  const alive = (pid: number): boolean => pid === 101;
  assert.equal(pageCacheSetup(env, ['astro', 'build'], 101, alive).dir, cache);
  assert.equal(contendedWhileHeld(cache, 101), false, 'alone so far');
  assert.equal(pageCacheSetup(env, ['astro', 'build'], 102, alive).dir, null);
  assert.equal(contendedWhileHeld(cache, 103), false, 'the mark is for the holder only');
  assert.equal(contendedWhileHeld(cache, 101), true);
  assert.equal(contendedWhileHeld(cache, 101), false, 'and taken away once read');
  rmSync(dir, { recursive: true, force: true });
});
