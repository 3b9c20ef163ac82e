// The clean fixture builds exactly the expected folder, and its messy Excel-style twin builds the same.
import assert from 'node:assert/strict';
import { cp, rm } from 'node:fs/promises';
import { test } from 'node:test';
import { readTree, runOn } from '../support/pipeline.ts';

const expectedDir = 'tests/fixtures/expected';

async function assertMatchesExpected(dataDir: string): Promise<void> {
  const result = await runOn(dataDir);
  assert.deepEqual(result.lines, [], 'the fixture must ingest without problems');
  const actual = await readTree(result.out);
  const expected = await readTree(expectedDir);
  const changed = `${expectedDir}-changed`;
  try {
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
    for (const [file, text] of expected) assert.equal(actual.get(file), text, `${file} differs from ${expectedDir}`);
    await rm(changed, { recursive: true, force: true });
  } catch (error) {
    await cp(result.out, changed, { recursive: true });
    throw new Error(`${String(error)}\nThe new output is in ${changed}: diff it, and copy it over ${expectedDir} if the change is intended.`);
  }
}

test('the clean fixture builds the expected normalised output', () => assertMatchesExpected('tests/fixtures/clean'));

test('the messy export (; BOM CRLF dd/mm/yyyy KEC. names BPS codes Indonesian headers) builds the same output', () =>
  assertMatchesExpected('tests/fixtures/messy'));

test('golden figures are the ones worked out by hand', async () => {
  const { site } = await runOn('tests/fixtures/clean');
  assert.ok(site);
  const bogorTengah = site.totals['pilkada-2018']?.['32.71.03'];
  // One unit signed twice (40/50 then 45/50): counted once at its best; the apel does not count.
  // Coverage is over all 1,000 ASN of the kecamatan; over the signing unit's own staff (unit uptake) 45/50.
  assert.equal(bogorTengah?.coverage, 0.045);
  assert.equal(bogorTengah?.unitUptake, 0.9);
  assert.equal(bogorTengah?.signingEvents, 3);
  // c1 sanctioned, c3 recommended, c2 not a violation.
  assert.deepEqual([bogorTengah?.reported, bogorTengah?.proven, bogorTengah?.recommended, bogorTengah?.sanctioned], [3, 2, 2, 1]);
  // Sanctioned over proven: c1 of c1 and c3.
  assert.equal(bogorTengah?.followThrough, 0.5);
  assert.equal(bogorTengah?.shareProven, 2 / 3);
  const buahbatu = site.totals['pemilu-2024']?.['32.73.22'];
  // c5 sanctioned, c4 proven but not followed up: 50 %, not 100 %.
  assert.deepEqual([buahbatu?.proven, buahbatu?.sanctioned, buahbatu?.notFollowedUp, buahbatu?.followThrough], [2, 1, 1, 0.5]);
  assert.equal(bogorTengah?.medianHandlingDays, 10);
  assert.equal(bogorTengah?.violationsPer1000, 2);
  const bandung = site.totals['pemilu-2024']?.['32.73'];
  // Two kecamatan units (10/20, 30/30) and one city-wide OPD (90/100).
  assert.equal(bandung?.signatories, 130);
  assert.equal(bandung?.unitStaff, 150);
  assert.equal(bandung?.citywideSignatories, 90);
  // Without a headcount for every kecamatan there is no city coverage, rather than a wrong one.
  assert.equal(bandung?.coverage, null);
  // Not every Bandung kecamatan has a headcount: no city rate rather than a wrong one.
  assert.equal(bandung?.violationsPer1000, null);
});

test('published cases carry no position group and no free-text identity', async () => {
  const { out } = await runOn('tests/fixtures/clean');
  const cases = (await readTree(out)).get('publish/cases.csv') ?? '';
  assert.ok(!cases.split('\n')[0]?.includes('position_group'));
  assert.ok(!/teacher|area_head|health_worker/.test(cases));
});
