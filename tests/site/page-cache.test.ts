// The page cache (src/lib/build-cache/) never shows a stale figure: after each kind of data change, a rebuild
// that restores unchanged pages from the cache is byte-identical to a build without the cache, and a change
// confined to one city really leaves the other city's kecamatan pages restored. Every cached build writes the same
// folder, so rebuilds leave unchanged files in place and delete what no path wrote any more (a removed city's
// pages); a folder edited by hand or written by a build without the cache is not trusted. The data is the repo's
// demo data (Kota Bogor 32.71 and Kota Bandung 32.73), copied to a temporary folder and edited there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { assertSame } from '../support/dist-digests.ts';

const work = mkdtempSync(join(tmpdir(), 'pantau-page-cache-'));
const data = join(work, 'data');
const cacheDir = join(work, 'page-cache');
/** The folder every cached build writes. */
const cached = join(work, 'cached');
const env = { ...process.env, DATA_DIR: data, OUT_DIR: join(work, 'generated'), PAGE_CACHE_DIR: cacheDir };
cpSync('data', data, { recursive: true, filter: (from) => !from.includes('boundaries') });

after(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[], extra: NodeJS.ProcessEnv = {}): void {
  const done = spawnSync(process.execPath, args, { env: { ...env, ...extra }, encoding: 'utf8' });
  assert.equal(done.status, 0, done.stderr + done.stdout);
}

const build = (outDir: string, extra: NodeJS.ProcessEnv = {}): void => run(['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', join(work, outDir)], extra);

/** Edits a data file line by line: each rule replaces the first line it matches (null removes it); `append` adds lines. */
function edit(file: string, rules: readonly [RegExp, (line: string) => string | null][], append: readonly string[] = []): void {
  const lines = readFileSync(join(data, file), 'utf8').split('\n');
  for (const [pattern, change] of rules) {
    const i = lines.findIndex((l) => pattern.test(l));
    assert.ok(i >= 0, `${file}: a line matching ${pattern}`);
    const next = change(lines[i]!);
    if (next === null) lines.splice(i, 1);
    else lines[i] = next;
  }
  const text = lines.join('\n').replace(/\n*$/, '\n');
  writeFileSync(join(data, file), text + append.map((l) => `${l}\n`).join(''));
}

/** Removes every line (the header kept) whose first five fields name a code of the city. */
function dropCity(file: string, city: string): void {
  const [header, ...lines] = readFileSync(join(data, file), 'utf8').split('\n');
  const ofCity = (line: string): boolean => line.split(',').slice(0, 5).some((field) => field === city || field.startsWith(`${city}.`));
  writeFileSync(join(data, file), [header, ...lines.filter((line) => !ofCity(line))].join('\n'));
}

/** Rebuilds with the cache (into the cached folder) and without it after a change; returns when the cached build started. */
function rebuildBothWays(name: string): number {
  run(['scripts/data.ts']);
  const start = Date.now();
  build('cached');
  build(`${name}-cold`, { PAGE_CACHE: 'off' });
  assertSame(join(work, `${name}-cold`), cached, 500);
  return start;
}

/** What the last cached build counted. */
const counts = (): { files: number; restored: number; kept: number } => JSON.parse(readFileSync(join(cacheDir, 'last-build.json'), 'utf8')) as { files: number; restored: number; kept: number };

/** A file of the cached output as the file system knows it: the same inode and time when it was left in place. */
const identity = (file: string): string => {
  const s = statSync(join(cached, file), { bigint: true });
  return `${s.ino} ${s.mtimeNs}`;
};

/** When the cache's copy of a file was last written. */
const written = (file: string): number => statSync(join(cacheDir, 'dist', file)).mtimeMs;

test('a change within one city regenerates that city and leaves the other city\'s kecamatan pages in place, byte-identical to a build without the cache', () => {
  run(['scripts/data.ts']);
  build('cached');
  const otherCity = ['kecamatan/32.73.01/index.html', 'en/kecamatan/32.73.01/index.html', 'og/kecamatan-32-73-01.png', 'embed/cases-monthly-32-73-01/index.html', 'export/cases-monthly-32-73-01.xlsx'];
  const before = otherCity.map(identity);
  edit('cases.csv', [[/^cs-00001,/, (l) => l.replace(',recommended,', ',not_violation,')]]);
  edit('headcount.csv', [[/^2018,32\.71\.01,/, (l) => l.replace(',903,', ',950,')]]);
  edit('signings.csv', [[/^sg-0001,/, (l) => l.replace(',pact,58,60,', ',pact,59,60,')]]);
  edit('reference/kecamatan-bps-kemendagri.csv', [[/^3271010,/, (l) => l.replace('3271010', '3271019')]]);
  const start = rebuildBothWays('one-city');
  const { files, restored, kept } = counts();
  assert.ok(restored > 200 && restored < files, `${restored} of ${files} files restored`);
  assert.equal(kept, restored, 'every restored file was left in place, none copied back');
  assert.deepEqual(otherCity.map(identity), before, 'the other city\'s kecamatan files are the very files of the build before');
  // City pages also rest on the map scales, which span both cities (and shift with these edits): only the other city's kecamatan are sure to stay.
  for (const file of otherCity) assert.ok(written(file) < start, `${file} restored`);
  for (const file of ['kota/bogor/index.html', 'en/kecamatan/32.71.01/index.html', 'og/kecamatan-32-71-01.png', 'export/cases-monthly-32-71-01.xlsx']) assert.ok(written(file) >= start - 1000, `${file} generated`);
});

test('new, removed and changed rows that every page shows (counts, events) regenerate what they touch, byte-identical to a build without the cache', () => {
  const copy = (file: string, pattern: RegExp, id: [string, string]): string => readFileSync(join(data, file), 'utf8').split('\n').find((l) => pattern.test(l))!.replace(id[0], id[1]);
  edit('cases.csv', [], [copy('cases.csv', /^cs-00024,/, ['cs-00024', 'cs-99999'])]);
  edit('signings.csv', [[/^sg-0002,/, () => null]], [copy('signings.csv', /^sg-0080,/, ['sg-0080', 'sg-9999'])]);
  edit('events.csv', [[/^ev-2018-bogor-pact,/, (l) => l.replace('at Hotel Pangrango II', 'at the Hotel Pangrango II')]], [copy('events.csv', /^ev-2018-bogor-pact,/, ['ev-2018-bogor-pact', 'ev-2018-bogor-pact-again'])]);
  rebuildBothWays('every-page');
});

test('a city removed from the data (Kota Bogor, and with it its six kecamatan) leaves none of its pages, embeds, exports or cards in the output', () => {
  const bogor = ['kota/bogor/index.html', 'kecamatan/32.71.01/index.html', 'en/kecamatan/32.71.06/index.html', 'embed/cases-monthly-32-71-01/index.html', 'export/cases-monthly-32-71-01.xlsx', 'og/kecamatan-32-71-01.png'];
  for (const file of bogor) assert.ok(existsSync(join(cached, file)), `${file} built before the removal`);
  for (const file of ['cities.csv', 'cases.csv', 'signings.csv', 'headcount.csv', 'events.csv', 'reported-figures.csv']) dropCity(file, '32.71');
  rebuildBothWays('removed');
  for (const file of bogor) assert.equal(existsSync(join(cached, file)), false, `${file} removed`);
  assert.equal(existsSync(join(cached, 'kecamatan', '32.71.01')), false, 'with its folder');
});

test('an output folder edited, pruned or added to by hand is not trusted: the rebuild moves it aside and still equals a build without the cache', () => {
  const untouched = identity('kecamatan/32.73.01/index.html');
  const page = join(cached, 'kecamatan', '32.73.02', 'index.html');
  // Same size, another figure: only the file's time tells.
  writeFileSync(page, readFileSync(page, 'utf8').replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10)));
  rmSync(join(cached, 'en', 'kecamatan', '32.73.03', 'index.html'));
  writeFileSync(join(cached, 'left-by-hand.html'), 'x');
  build('cached');
  assertSame(join(work, 'removed-cold'), cached, 500);
  assert.equal(counts().kept, 0, 'nothing left in place');
  assert.notEqual(identity('kecamatan/32.73.01/index.html'), untouched, 'even the untouched files were copied back from the cache');
});

test('an output folder a build without the cache wrote is not trusted, though the cache beside it is unchanged', () => {
  // Another site address changes every page: left in place, the pages whose keys did not change would keep it.
  build('cached', { PAGE_CACHE: 'off', SITE_URL: 'https://elsewhere.example.net' });
  build('cached');
  assertSame(join(work, 'removed-cold'), cached, 500);
  assert.equal(counts().kept, 0, 'nothing left in place');
});
