// The page cache (src/lib/build-cache/) never shows a stale figure: after each kind of data change, a rebuild
// that restores unchanged pages from the cache is byte-identical to a build without the cache, and a change
// confined to one city really leaves the other city's kecamatan pages restored. The data is the repo's demo data
// (Kota Bogor 32.71 and Kota Bandung 32.73), copied to a temporary folder and edited there.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { assertSame } from '../support/dist-digests.ts';

const work = mkdtempSync(join(tmpdir(), 'pantau-page-cache-'));
const data = join(work, 'data');
const cacheDir = join(work, 'page-cache');
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

/** Rebuilds with the cache and without it after a change; returns when the cached build started. */
function rebuildBothWays(name: string): number {
  run(['scripts/data.ts']);
  const start = Date.now();
  build(`${name}-cached`);
  build(`${name}-cold`, { PAGE_CACHE: 'off' });
  assertSame(join(work, `${name}-cold`), join(work, `${name}-cached`), 500);
  return start;
}

/** When the cache's copy of a file was last written. */
const written = (file: string): number => statSync(join(cacheDir, 'dist', file)).mtimeMs;

test('a change within one city regenerates that city and restores the other city\'s kecamatan pages, byte-identical to a build without the cache', () => {
  run(['scripts/data.ts']);
  build('base');
  edit('cases.csv', [[/^cs-00001,/, (l) => l.replace(',recommended,', ',not_violation,')]]);
  edit('headcount.csv', [[/^2018,32\.71\.01,/, (l) => l.replace(',903,', ',950,')]]);
  edit('signings.csv', [[/^sg-0001,/, (l) => l.replace(',pact,58,60,', ',pact,59,60,')]]);
  edit('reference/kecamatan-bps-kemendagri.csv', [[/^3271010,/, (l) => l.replace('3271010', '3271019')]]);
  const start = rebuildBothWays('one-city');
  const counts = JSON.parse(readFileSync(join(cacheDir, 'last-build.json'), 'utf8')) as { files: number; restored: number };
  assert.ok(counts.restored > 200 && counts.restored < counts.files, `${counts.restored} of ${counts.files} files restored`);
  // City pages also rest on the map scales, which span both cities (and shift with these edits): only the other city's kecamatan are sure to stay.
  for (const file of ['kecamatan/32.73.01/index.html', 'en/kecamatan/32.73.01/index.html', 'og/kecamatan-32-73-01.png', 'embed/cases-monthly-32-73-01/index.html', 'export/cases-monthly-32-73-01.xlsx']) assert.ok(written(file) < start, `${file} restored`);
  for (const file of ['kota/bogor/index.html', 'en/kecamatan/32.71.01/index.html', 'og/kecamatan-32-71-01.png', 'export/cases-monthly-32-71-01.xlsx']) assert.ok(written(file) >= start - 1000, `${file} generated`);
});

test('new, removed and changed rows that every page shows (counts, events) regenerate what they touch, byte-identical to a build without the cache', () => {
  const copy = (file: string, pattern: RegExp, id: [string, string]): string => readFileSync(join(data, file), 'utf8').split('\n').find((l) => pattern.test(l))!.replace(id[0], id[1]);
  edit('cases.csv', [], [copy('cases.csv', /^cs-00024,/, ['cs-00024', 'cs-99999'])]);
  edit('signings.csv', [[/^sg-0002,/, () => null]], [copy('signings.csv', /^sg-0080,/, ['sg-0080', 'sg-9999'])]);
  edit('events.csv', [[/^ev-2018-bogor-pact,/, (l) => l.replace('at Hotel Pangrango II', 'at the Hotel Pangrango II')]], [copy('events.csv', /^ev-2018-bogor-pact,/, ['ev-2018-bogor-pact', 'ev-2018-bogor-pact-again'])]);
  rebuildBothWays('every-page');
});
