// The kecamatan verdict says "higher" or "lower" than the city only when chance cannot explain the gap
// (the city's rate outside the exact 95 % interval of the kecamatan's count); ranks count ties once.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { poissonInterval } from '../../src/lib/metrics/poisson-interval.ts';
import { compare, kecamatanVerdict } from '../../src/lib/verdict/kecamatan-verdict.ts';
import type { Totals } from '../../src/lib/model.ts';
import { runOn } from '../support/pipeline.ts';

const totals = (proven: number, headcount: number | null): Totals => ({ proven, headcount, violationsPer1000: headcount ? (proven / headcount) * 1000 : null }) as Totals;
const rateInterval = (proven: number, headcount: number): [number, number] => poissonInterval(proven).map((n) => (n / headcount) * 1000) as [number, number];

// proven, headcount, city rate -> comparison. 4 of 1,000 = 4.0 per 1,000, range about 1.09 to 10.24.
const cases: [number, number | null, number | null, string][] = [
  [0, 1000, 2, 'none'],
  [4, 1000, 2, 'similar'],
  [4, 1000, 0.5, 'higher'],
  [4, 1000, 12, 'lower'],
  [40, 1000, 20, 'higher'],
  [4, null, 2, 'unknown'],
  [4, 1000, null, 'unknown'],
];
for (const [proven, headcount, cityRate, expected] of cases) {
  test(`${proven} proven of ${headcount ?? 'unknown'} ASN against a city rate of ${cityRate ?? 'none'} reads "${expected}"`, () => {
    assert.equal(compare(totals(proven, headcount), cityRate, headcount === null ? null : rateInterval(proven, headcount)), expected);
  });
}

test('the fixture verdict of Bogor Tengah: its latest election with data, rank and change since the last Pilkada', async () => {
  const { site } = await runOn('tests/fixtures/clean');
  assert.ok(site);
  const v = kecamatanVerdict(site, '32.71.03');
  // Bogor's latest election with any case or signing is Pilkada 2018 (c1 to c3, s1 to s3).
  assert.equal(v?.election.id, 'pilkada-2018');
  assert.deepEqual([v?.totals.reported, v?.totals.proven], [3, 2]);
  assert.deepEqual(v?.rank, { position: 1, of: 1 });
  assert.equal(v?.previous, null, 'no earlier Pilkada in the fixture');
  assert.equal(v?.few, true);
  const bandung = kecamatanVerdict(site, '32.73.16');
  // Bandung's latest is Pilkada 2024 (c7 proven in Kiaracondong); the previous Pilkada (2018) had no case there.
  assert.equal(bandung?.election.id, 'pilkada-2024');
  assert.equal(bandung?.previous?.election.id, 'pilkada-2018');
  assert.equal(bandung?.previous?.totals.proven, 0);
});
