// The page cache's data slices (src/lib/build-cache/data-slices.ts): every kind of record lands in its city's
// digest and in no other city's, what belongs to no city lands in the global digest, and the cache's lock lets
// one build at a time use it (src/lib/build-cache/page-cache-setup.ts).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { dataDigests, type SliceInputs } from '../../src/lib/build-cache/data-slices.ts';
import { moveAside } from '../../src/lib/build-cache/move-aside.ts';
import { MANIFEST, pageCacheSetup, releasePageCache } from '../../src/lib/build-cache/page-cache-setup.ts';
import type { GeoIndex, SiteData } from '../../src/lib/model.ts';

/** The fields of the site data these tests change, loosely typed so a test can add what the real type forbids. */
interface Fake {
  dataUpTo: string;
  rowCounts: Record<string, number>;
  kecamatan: { name: string }[];
  events: unknown[];
  signings: { id: string; cityCode: string; signatories: number }[];
  totals: Record<string, Record<string, { reported: number }>>;
  monthly: Record<string, unknown[]>;
  positionGroups: Record<string, Record<string, Record<string, number>>>;
  [field: string]: unknown;
}

// Two cities of one kecamatan each: A (32.71, kecamatan 32.71.01) and B (32.73, kecamatan 32.73.01).
const base = {
  dataUpTo: '2024-12-01',
  rowCounts: { 'cases.csv': 2 },
  demoRowCounts: { 'cases.csv': 0 },
  cities: [{ code: '32.71', slug: 'a', name: 'A', kecamatan: ['32.71.01'] }, { code: '32.73', slug: 'b', name: 'B', kecamatan: ['32.73.01'] }],
  kecamatan: [{ code: '32.71.01', name: 'A1', cityCode: '32.71', bpsCode: null, villages: [] }, { code: '32.73.01', name: 'B1', cityCode: '32.73', bpsCode: null, villages: [] }],
  elections: [],
  events: [],
  signings: [{ id: 's1', cityCode: '32.71', kecamatan: '32.71.01', signatories: 5 }, { id: 's2', cityCode: '32.73', kecamatan: '32.73.01', signatories: 7 }],
  totals: { all: { '32.71': { reported: 1 }, '32.71.01': { reported: 1 }, '32.73': { reported: 1 }, '32.73.01': { reported: 1 } } },
  monthly: { '32.71': [], '32.71.01': [], '32.73': [], '32.73.01': [] },
  positionGroups: { all: { '32.71': { teacher: 1 }, '32.73': { teacher: 1 } } },
  headcountYears: { all: 2024 },
  nearby: [],
} as unknown as SiteData;
const geo: GeoIndex = { source: null, attribution: '', cities: {} };
const cases: Record<string, unknown[]> = { '32.71.01': [{ status: 'recommended' }], '32.73.01': [{ status: 'recommended' }] };
const inputs = (site: SiteData, casesOf = (code: string): readonly unknown[] => cases[code] ?? []): SliceInputs => ({ site, geo, shared: null, casesOf, geoFile: () => null });
const before = dataDigests(inputs(base));

/** A copy of the base data with one change (a deep copy, so the base stays as it is). */
const changed = (change: (site: Fake) => void): SliceInputs => {
  const site = structuredClone(base) as unknown as Fake;
  change(site);
  return inputs(site as unknown as SiteData);
};

const cityCases: [string, SliceInputs][] = [
  ['a kecamatan renamed', changed((s) => (s.kecamatan[0]!.name = 'A one'))],
  ['a signing changed', changed((s) => (s.signings[0]!.signatories = 6))],
  ['a kecamatan total changed', changed((s) => (s.totals['all']!['32.71.01']!.reported = 2))],
  ['the city total changed', changed((s) => (s.totals['all']!['32.71']!.reported = 2))],
  ['a month of the trend added', changed((s) => void s.monthly['32.71.01']!.push({ month: '2024-01', reported: 1 }))],
  ['position groups changed', changed((s) => (s.positionGroups['all']!['32.71']!['teacher'] = 2))],
  ['a case status flipped', inputs(base, (code) => (code === '32.71.01' ? [{ status: 'not_violation' }] : (cases[code] ?? [])))],
];

for (const [name, input] of cityCases) {
  test(`${name} in city A changes A's digest only`, () => {
    const after = dataDigests(input);
    assert.notEqual(after.cities.get('32.71'), before.cities.get('32.71'));
    assert.equal(after.cities.get('32.73'), before.cities.get('32.73'));
    assert.equal(after.global, before.global);
  });
}

const globalCases: [string, SliceInputs][] = [
  ['a row count', changed((s) => (s.rowCounts['cases.csv'] = 3))],
  ['the data-up-to date', changed((s) => (s.dataUpTo = '2024-12-02'))],
  ['an event', changed((s) => void s.events.push({ id: 'e1' }))],
  ['a field no slice knows', changed((s) => (s['somethingNew'] = 1))],
  ['a signing of no covered city', changed((s) => void s.signings.push({ id: 's3', cityCode: '32.01', signatories: 1 }))],
];

for (const [name, input] of globalCases) {
  test(`${name} changes the global digest`, () => assert.notEqual(dataDigests(input).global, before.global));
}

test('one build at a time takes the page cache; a dead build\'s lock and half-written manifest are dropped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-page-lock-'));
  const env = { PAGE_CACHE_DIR: dir };
  const alive = (pid: number): boolean => pid === 101;
  assert.equal(pageCacheSetup(env, ['astro', 'build'], 101, alive).dir, dir);
  assert.match(pageCacheSetup(env, ['astro', 'build'], 102, alive).reason ?? '', /in use by build 101/);
  writeFileSync(join(dir, MANIFEST), '{}');
  // 101 dies before it is done: its dirty mark stays, so the next build must not trust the manifest.
  assert.equal(pageCacheSetup(env, ['astro', 'build'], 103, (pid) => pid === 103).dir, dir);
  assert.equal(existsSync(join(dir, MANIFEST)), false);
  releasePageCache(dir, 103);
  assert.equal(existsSync(join(dir, 'dirty')), false);
  assert.equal(existsSync(join(dir, 'lock')), false);
  assert.equal(pageCacheSetup({ ...env, PAGE_CACHE: 'off' }, ['astro', 'build'], 104).reason, 'PAGE_CACHE=off');
  assert.equal(pageCacheSetup(env, ['astro', 'check'], 104).dir, null);
  assert.equal(existsSync(join(dir, 'lock')), false, 'only a build takes the lock');
  rmSync(dir, { recursive: true, force: true });
});

test('the old output is moved aside at once and deleted in the background, with what an earlier build left in the trash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-move-aside-'));
  const [out, cache] = [join(dir, 'dist'), join(dir, 'cache')];
  mkdirSync(join(out, 'kota'), { recursive: true });
  writeFileSync(join(out, 'kota', 'index.html'), 'old');
  mkdirSync(join(cache, 'trash', 'left-by-a-crash'), { recursive: true });
  const deleted = moveAside(out, cache, 101);
  assert.equal(existsSync(out), false, 'the output folder is gone before the build starts');
  await deleted;
  assert.deepEqual(readdirSync(join(cache, 'trash')), []);
  rmSync(dir, { recursive: true, force: true });
});
