// The chart registry: ids are unique within a scope, every place of a scope gets its charts under stable
// ids, and the downloads list every exported chart at every place, the kecamatan trend included.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chartOf, chartsAt } from '../../src/lib/charts/chart-of.ts';
import { CHARTS } from '../../src/lib/charts/registry.ts';
import type { SiteData } from '../../src/lib/model.ts';
import { runOn } from '../support/pipeline.ts';

let site: SiteData | undefined;
async function fixtureSite(): Promise<SiteData> {
  site ??= (await runOn('tests/fixtures/clean')).site;
  assert.ok(site);
  return site;
}

test('no two charts of one scope share an id', () => {
  const keys = CHARTS.map((c) => `${c.scope}:${c.id}`);
  assert.deepEqual([...new Set(keys)], keys);
});

test("a city's charts come in the registry's order, each id ending in the city's slug", async () => {
  const ids = chartsAt(await fixtureSite(), { scope: 'city', code: '32.71' }, 'id').map((c) => c.id);
  assert.deepEqual(ids, ['cases-monthly-bogor', 'coverage-bogor', 'kecamatan-rates-bogor', 'outcomes-bogor', 'categories-bogor', 'timeline-bogor']);
});

test("a kecamatan's trend is its own months, with a machine table keyed by its code", async () => {
  const data = await fixtureSite();
  const trend = chartOf(data, { scope: 'kecamatan', code: '32.73.22' }, 'cases-monthly', 'en');
  assert.equal(trend.id, 'cases-monthly-32-73-22');
  assert.match(trend.title, /Buahbatu/);
  const months = data.monthly['32.73.22'] ?? [];
  assert.ok(months.length > 0, 'the fixture has cases in Buahbatu');
  assert.deepEqual(trend.table.data?.rows.map((r) => r[3]), months.map((m) => m.reported));
  assert.ok(trend.table.data?.rows.every((r) => r[0] === '32.73.22'));
  assert.equal(trend.exported, undefined);
});

test("the city timeline on a kecamatan page is the city's own events, marked as not exported again", async () => {
  const data = await fixtureSite();
  const onKecamatan = chartOf(data, { scope: 'kecamatan', code: '32.71.03' }, 'timeline', 'id');
  const ofCity = chartOf(data, { scope: 'city', code: '32.71' }, 'timeline', 'id');
  assert.equal(onKecamatan.id, 'timeline-32-71-03');
  assert.equal(onKecamatan.exported, false);
  assert.deepEqual(onKecamatan.table, ofCity.table);
});

test("a city's kecamatan pages share one drawing of its timeline per language and width, the city's own drawing", async () => {
  const data = await fixtureSite();
  const [one, two] = ['32.71.03', '32.71.04'].map((code) => chartOf(data, { scope: 'kecamatan', code }, 'timeline', 'id'));
  assert.ok(one !== undefined && two !== undefined);
  assert.notEqual(one.id, two.id);
  assert.equal(one.wide, two.wide, 'the same wide drawing');
  assert.equal(one.narrow, two.narrow, 'the same narrow drawing');
  assert.deepEqual(one.wide, chartOf(data, { scope: 'city', code: '32.71' }, 'timeline', 'id').wide, "the city page's drawing");
  const english = chartOf(data, { scope: 'kecamatan', code: '32.71.03' }, 'timeline', 'en');
  assert.notEqual(english.wide, one.wide);
  const bandung = chartOf(data, { scope: 'kecamatan', code: '32.73.22' }, 'timeline', 'id');
  assert.notEqual(bandung.wide, one.wide);
});

test('a chart is drawn once per dataset, place and language', async () => {
  const data = await fixtureSite();
  assert.equal(chartOf(data, { scope: 'kecamatan', code: '32.71.03' }, 'cases-monthly', 'id'), chartOf(data, { scope: 'kecamatan', code: '32.71.03' }, 'cases-monthly', 'id'));
  assert.notEqual(chartOf(data, { scope: 'kecamatan', code: '32.71.03' }, 'cases-monthly', 'id'), chartOf(data, { scope: 'kecamatan', code: '32.71.03' }, 'cases-monthly', 'en'));
});

test('a place the data does not have is an error, not an empty chart', async () => {
  const data = await fixtureSite();
  assert.throws(() => chartOf(data, { scope: 'kecamatan', code: '99.99.99' }, 'cases-monthly', 'id'), /unknown kecamatan 99\.99\.99/);
  assert.throws(() => chartOf(data, { scope: 'city', code: '99.99' }, 'coverage', 'id'), /unknown city 99\.99/);
});
