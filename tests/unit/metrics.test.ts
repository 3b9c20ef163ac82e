// Medians from histograms and ratios that refuse to divide by zero.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapMetrics, metricIds, metrics, ratio, restsOnFewCases, tableMetrics } from '../../src/lib/metrics/definitions.ts';
import { totalsOf } from '../../src/lib/metrics/totals.ts';
import type { AreaCounts } from '../../src/lib/metrics/area-counts.ts';
import { langs, t } from '../../src/i18n/index.ts';
import { Tally } from '../../src/lib/metrics/tally.ts';
import { poissonInterval } from '../../src/lib/metrics/poisson-interval.ts';
import { formatMetric } from '../../src/lib/format-metric.ts';
import type { Totals } from '../../src/lib/model.ts';
import { histogramMedian } from '../../src/lib/metrics/median.ts';

const medians: [[number, number][], number | null][] = [
  [[], null],
  [[[5, 1]], 5],
  [[[4, 1], [10, 1], [20, 1]], 10],
  [[[4, 1], [10, 1]], 7],
  [[[1, 3], [100, 1]], 1],
  [[[2, 2], [8, 2]], 5],
];
for (const [pairs, expected] of medians) {
  test(`median of ${JSON.stringify(pairs)} is ${expected}`, () => assert.equal(histogramMedian(new Map(pairs)), expected));
}

test('ratio is null without a denominator', () => {
  assert.equal(ratio(3, 0), null);
  assert.equal(ratio(45, 50), 0.9);
});

// Hand-worked city: 32.99 with kecamatan .01 (200 ASN) and .02 (300 ASN), one election "e".
// Signings: .01 office 40/50 then 45/50 (best 45); .02 school 30/40; a 100/100 apel (not a signing);
// a city-wide OPD 80/90 with no kecamatan. Cases in .01: one of each outcome below.
function workedCity(): Record<string, Totals> {
  const tally = new Tally();
  tally.addSigning('e', '32.99.01', 'pact', 'kecamatan_office', 'Kantor A', 40, 50, true);
  tally.addSigning('e', '32.99.01', 'pledge', 'kecamatan_office', 'Kantor A', 45, 50, true);
  tally.addSigning('e', '32.99.02', 'pact', 'school', 'SD B', 30, 40, true);
  tally.addSigning('e', '32.99.02', 'apel', 'school', 'SD B', 100, 100, true);
  tally.addSigning('e', '32.99', 'pact', 'opd', 'Dinas X', 80, 90, true);
  const statuses = ['sanctioned', 'not_followed_up', 'recommended', 'violation', 'not_violation', 'clarification'];
  for (const status of statuses) tally.addCase({ election: 'e', kecamatan: '32.99.01', status, category: 'other', position_group: 'staff', reported_date: '2024-10-01', demo: true });
  const headcount: Record<string, number> = { '32.99.01': 200, '32.99.02': 300 };
  return tally.totals(['e'], new Map([['32.99', ['32.99.01', '32.99.02']]]), (_e, k) => headcount[k] ?? null)['e']!;
}

test('pact coverage is signatories over all ASN of the area; unit uptake keeps the old ratio under its own name', () => {
  const t = workedCity();
  assert.equal(t['32.99.01']?.signatories, 45);
  assert.equal(t['32.99.01']?.coverage, 45 / 200);
  assert.equal(t['32.99.01']?.unitUptake, 45 / 50);
  assert.equal(t['32.99.02']?.coverage, 30 / 300);
  assert.equal(t['32.99.01']?.citywideSignatories, 0);
});

test('a city with OPD-level signings: its signatories are its kecamatan plus its own city-wide line', () => {
  const t = workedCity();
  const city = t['32.99']!;
  assert.equal(city.citywideSignatories, 80);
  assert.equal(city.signatories, 45 + 30 + 80);
  assert.equal(city.signatories, (t['32.99.01']?.signatories ?? 0) + (t['32.99.02']?.signatories ?? 0) + city.citywideSignatories);
  assert.equal(city.headcount, 500);
  assert.equal(city.coverage, 155 / 500);
  assert.equal(city.unitUptake, 155 / 180);
});

test('share proven, follow-through and the rate, with a case proven but never sanctioned and one undecided', () => {
  const k = workedCity()['32.99.01']!;
  assert.deepEqual([k.reported, k.proven, k.undecided, k.sanctioned, k.notFollowedUp, k.awaitingSanction], [6, 4, 1, 1, 1, 2]);
  assert.equal(k.shareProven, 4 / 6);
  // Sanctioned over proven: the proven-but-pending cases stay in the denominator (not 1 of 2 recommendations).
  assert.equal(k.followThrough, 1 / 4);
  assert.equal(k.violationsPer1000, (4 / 200) * 1000);
  assert.equal(restsOnFewCases('violationsPer1000', k), true);
  assert.equal(restsOnFewCases('shareProven', k), false);
  assert.equal(formatMetric('id', 'violationsPer1000', k), '20,00 †');
  assert.equal(formatMetric('en', 'followThrough', k), '25.0% †');
});

test('the KASN Pilkada 2020 figures come out as KASN states them: 78.5 % proven, 90.8 % sanctioned', () => {
  const tally = new Tally();
  const add = (status: string, n: number): void => {
    for (let i = 0; i < n; i++) tally.addCase({ election: 'e', kecamatan: '32.99.01', status, category: 'other', position_group: 'staff', reported_date: '2020-10-01', decision_date: '2020-10-02', demo: false });
  };
  add('sanctioned', 1450);
  add('recommended', 1597 - 1450);
  add('not_violation', 2034 - 1597);
  const k = tally.totals(['e'], new Map([['32.99', ['32.99.01']]]), () => null)['e']!['32.99.01']!;
  assert.equal(formatMetric('en', 'shareProven', k), '78.5%');
  assert.equal(formatMetric('en', 'followThrough', k), '90.8%');
  assert.equal(k.awaitingSanction, 147);
});

// Exact Poisson limits, from the chi-square tables (Garwood 1936): k -> [lower, upper].
const intervals: [number, number, number][] = [
  [0, 0, 3.689],
  [1, 0.0253, 5.572],
  [4, 1.09, 10.242],
  [10, 4.795, 18.39],
];
for (const [k, lower, upper] of intervals) {
  test(`the 95 % interval of ${k} cases is ${lower} to ${upper}`, () => {
    const [l, u] = poissonInterval(k);
    assert.ok(Math.abs(l - lower) < 0.01, `lower ${l}`);
    assert.ok(Math.abs(u - upper) < 0.01, `upper ${u}`);
  });
}

// The registry: what derives from it.
test('the map switch lists the metrics with a map entry by rank, the rate first (the default)', () => {
  assert.deepEqual(mapMetrics, ['violationsPer1000', 'reported', 'proven', 'coverage', 'followThrough']);
});

test('the tables show every metric marked for them, in registry order', () => {
  assert.deepEqual(tableMetrics, ['coverage', 'reported', 'proven', 'shareProven', 'violationsPer1000', 'followThrough', 'medianHandlingDays']);
});

test('every metric has its heading, definition and formula text in every language, and every map metric its label and unit', () => {
  for (const lang of langs) {
    const d = t(lang);
    for (const id of metricIds) {
      for (const text of [d.table[id], d.methodology.metrics[id], d.verdict.formulas[id]]) assert.ok(text.length > 0, `${lang} ${id}`);
    }
    for (const id of mapMetrics) assert.ok(d.map.metrics[id].length > 0 && d.map.units[id].length > 0, `${lang} map ${id}`);
  }
});

test('published totals carry each metric as its registry formula computes it from the tallies', () => {
  // 3 of 8 reported proven, 2 of them sanctioned; 40 of 400 ASN signed; handling 4, 6 and 11 days.
  const counts: AreaCounts = {
    signingEvents: 2, signatories: 40, units: 2, unitStaff: 50, citywideSignatories: 0,
    reported: 8, proven: 3, undecided: 1, recommended: 2, sanctioned: 2, notFollowedUp: 0, headcount: 400,
    handling: new Map([[4, 1], [6, 1], [11, 1]]), byCategory: {}, byStatus: {}, demoRows: 0, rows: 10,
  };
  const totals = totalsOf(counts);
  assert.deepEqual(
    metricIds.map((id) => [id, metrics[id].value(totals)]),
    [['coverage', 0.1], ['reported', 8], ['proven', 3], ['shareProven', 3 / 8], ['violationsPer1000', 7.5], ['followThrough', 2 / 3], ['medianHandlingDays', 6]],
  );
  assert.equal(totals.unitUptake, 40 / 50);
  assert.equal(totals.awaitingSanction, 1);
  assert.equal('handling' in totals, false);
});
