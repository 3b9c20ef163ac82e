// The tally on its own: a hand-made city, every expected figure worked out by hand below (no pipeline,
// no fixture files). City 32.98 has kecamatan A = 32.98.01 and B = 32.98.02; elections e1 and e2.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Tally, type CaseTally } from '../../src/lib/metrics/tally.ts';
import { ALL, type Totals } from '../../src/lib/model.ts';

const CITY = '32.98';
const A = '32.98.01';
const B = '32.98.02';

// ASN per kecamatan and election; B has no headcount for e2, so neither has the city. For all elections
// the pipeline passes each election's headcount added up (A: 100 + 120), and null when one is missing.
const headcounts: Record<string, Record<string, number | null>> = {
  e1: { [A]: 100, [B]: 50 },
  e2: { [A]: 120, [B]: null },
  [ALL]: { [A]: 220, [B]: null },
};

const cases: readonly CaseTally[] = [
  { election: 'e1', kecamatan: A, status: 'sanctioned', category: 'social_media', position_group: 'teacher', reported_date: '2018-03-01', decision_date: '2018-03-11', demo: false },
  { election: 'e1', kecamatan: A, status: 'violation', category: 'campaign', position_group: 'teacher', reported_date: '2018-03-02', decision_date: '2018-03-22', demo: true },
  // Undecided: its date does not make a handling time.
  { election: 'e1', kecamatan: A, status: 'clarification', category: 'social_media', position_group: 'staff', reported_date: '2018-04-01', decision_date: '2018-04-30' },
  { election: 'e1', kecamatan: B, status: 'not_violation', category: 'other', position_group: 'lurah', reported_date: '2018-04-01', decision_date: '2018-04-06', demo: false },
  { election: 'e2', kecamatan: A, status: 'not_followed_up', category: 'campaign', position_group: 'staff', reported_date: '2024-01-01', decision_date: '2024-02-10', demo: false },
  { election: 'e2', kecamatan: A, status: 'recommended', category: 'campaign', position_group: 'staff', reported_date: '2024-02-01', decision_date: '2024-03-02', demo: false },
];

function handMadeTally(): Tally {
  const tally = new Tally();
  // One school in A signs twice in e1 (the same unit however its name is typed): its best signing counts.
  tally.addSigning('e1', A, 'pact', 'school', 'SDN 1 Bogor', 20, 25, false);
  tally.addSigning('e1', A, 'pledge', 'school', 'sdn 1  BOGOR', 22, 25, true);
  // A socialisation is an event, never signatories.
  tally.addSigning('e1', A, 'socialisation', 'school', 'SDN 1 Bogor', 99, 99, false);
  tally.addSigning('e1', B, 'pact', 'puskesmas', 'Puskesmas B', 10, 12, false);
  // The same school in another election counts again there.
  tally.addSigning('e2', A, 'pact', 'school', 'SDN 1 Bogor', 18, 25, false);
  // A city-wide signing (no kecamatan): the city's own line.
  tally.addSigning('e1', CITY, 'pact', 'opd', 'Dinas Pendidikan', 30, 40, false);
  for (const c of cases) tally.addCase(c);
  return tally;
}

const cityMap = new Map([[CITY, [A, B]]]);
const totals = handMadeTally().totals(['e1', 'e2'], cityMap, (election, kec) => headcounts[election]?.[kec] ?? null);
const of = (election: string, area: string): Totals => {
  const t = totals[election]?.[area];
  assert.ok(t, `totals for ${election} ${area}`);
  return t;
};

// [election, area, field, expected]: each worked out by hand from the rows above.
const expected: [string, string, keyof Totals, unknown][] = [
  // e1, A: signings 22 of the school's 25 (best of 20 and 22); 3 events; cases sanctioned, violation, clarification.
  ['e1', A, 'signingEvents', 3],
  ['e1', A, 'signatories', 22],
  ['e1', A, 'units', 1],
  ['e1', A, 'unitStaff', 25],
  ['e1', A, 'citywideSignatories', 0],
  ['e1', A, 'coverage', 22 / 100],
  ['e1', A, 'unitUptake', 22 / 25],
  ['e1', A, 'reported', 3],
  ['e1', A, 'proven', 2],
  ['e1', A, 'undecided', 1],
  ['e1', A, 'shareProven', 2 / 3],
  ['e1', A, 'recommended', 1],
  ['e1', A, 'sanctioned', 1],
  ['e1', A, 'awaitingSanction', 1],
  ['e1', A, 'notFollowedUp', 0],
  ['e1', A, 'followThrough', 1 / 2],
  ['e1', A, 'medianHandlingDays', 15],
  ['e1', A, 'headcount', 100],
  ['e1', A, 'violationsPer1000', (2 / 100) * 1000],
  ['e1', A, 'byCategory', { campaign: 1, social_media: 2 }],
  ['e1', A, 'byStatus', { clarification: 1, sanctioned: 1, violation: 1 }],
  ['e1', A, 'demoRows', 2],
  ['e1', A, 'rows', 6],
  // e1, B: one case, not a violation: nothing proven, so no follow-through, and a rate of zero.
  ['e1', B, 'reported', 1],
  ['e1', B, 'proven', 0],
  ['e1', B, 'shareProven', 0],
  ['e1', B, 'followThrough', null],
  ['e1', B, 'violationsPer1000', 0],
  ['e1', B, 'medianHandlingDays', 5],
  ['e1', B, 'coverage', 10 / 50],
  // e1, city: A + B + its own OPD line (30 of 40).
  ['e1', CITY, 'signingEvents', 5],
  ['e1', CITY, 'signatories', 22 + 10 + 30],
  ['e1', CITY, 'citywideSignatories', 30],
  ['e1', CITY, 'units', 3],
  ['e1', CITY, 'unitStaff', 25 + 12 + 40],
  ['e1', CITY, 'headcount', 150],
  ['e1', CITY, 'coverage', 62 / 150],
  ['e1', CITY, 'reported', 4],
  ['e1', CITY, 'proven', 2],
  ['e1', CITY, 'medianHandlingDays', 10],
  ['e1', CITY, 'violationsPer1000', (2 / 150) * 1000],
  ['e1', CITY, 'byCategory', { campaign: 1, other: 1, social_media: 2 }],
  ['e1', CITY, 'rows', 4 + 5],
  // e2, A: two proven, none sanctioned, one not followed up: one still awaits its sanction.
  ['e2', A, 'reported', 2],
  ['e2', A, 'proven', 2],
  ['e2', A, 'recommended', 2],
  ['e2', A, 'sanctioned', 0],
  ['e2', A, 'notFollowedUp', 1],
  ['e2', A, 'awaitingSanction', 1],
  ['e2', A, 'followThrough', 0],
  ['e2', A, 'medianHandlingDays', 35],
  ['e2', A, 'coverage', 18 / 120],
  ['e2', A, 'violationsPer1000', (2 / 120) * 1000],
  // e2, B: no row at all and no headcount: counts are zero, every ratio is null.
  ['e2', B, 'reported', 0],
  ['e2', B, 'rows', 0],
  ['e2', B, 'shareProven', null],
  ['e2', B, 'medianHandlingDays', null],
  ['e2', B, 'coverage', null],
  ['e2', B, 'unitUptake', null],
  ['e2', B, 'violationsPer1000', null],
  // e2, city: one kecamatan without a headcount leaves the city without one.
  ['e2', CITY, 'headcount', null],
  ['e2', CITY, 'coverage', null],
  ['e2', CITY, 'signatories', 18],
  // All elections, A: both elections added up; the median of 10, 20, 30 and 40 days.
  [ALL, A, 'signatories', 40],
  [ALL, A, 'units', 2],
  [ALL, A, 'reported', 5],
  [ALL, A, 'proven', 4],
  [ALL, A, 'awaitingSanction', 2],
  [ALL, A, 'shareProven', 4 / 5],
  [ALL, A, 'followThrough', 1 / 4],
  [ALL, A, 'medianHandlingDays', 25],
  [ALL, A, 'violationsPer1000', (4 / 220) * 1000],
  [ALL, CITY, 'reported', 6],
  [ALL, CITY, 'demoRows', 2],
];
for (const [election, area, field, value] of expected) {
  test(`tally: ${field} of ${area} in ${election} is ${JSON.stringify(value)}`, () => assert.deepEqual(of(election, area)[field], value));
}

test('tally: totals keep the published key order of site-data.json (counts, side figures and metrics interleaved)', () => {
  assert.deepEqual(Object.keys(of('e1', A)), [
    'signingEvents', 'signatories', 'units', 'unitStaff', 'citywideSignatories', 'coverage', 'unitUptake',
    'reported', 'proven', 'undecided', 'shareProven', 'recommended', 'sanctioned', 'awaitingSanction',
    'notFollowedUp', 'followThrough', 'medianHandlingDays', 'headcount', 'violationsPer1000',
    'byCategory', 'byStatus', 'demoRows', 'rows',
  ]);
});

test('tally: cases per month for each kecamatan and, summed, for the city', () => {
  const monthly = handMadeTally().monthly(cityMap);
  assert.deepEqual(monthly[A], [
    { election: 'e1', month: '2018-03', reported: 2, proven: 2 },
    { election: 'e1', month: '2018-04', reported: 1, proven: 0 },
    { election: 'e2', month: '2024-01', reported: 1, proven: 1 },
    { election: 'e2', month: '2024-02', reported: 1, proven: 1 },
  ]);
  assert.deepEqual(monthly[B], [{ election: 'e1', month: '2018-04', reported: 1, proven: 0 }]);
  assert.deepEqual(monthly[CITY]?.find((m) => m.month === '2018-04'), { election: 'e1', month: '2018-04', reported: 2, proven: 0 });
});

test('tally: position groups are summed to the city only, per election and for all elections', () => {
  const groups = handMadeTally().positionGroups(['e1', 'e2'], [CITY]);
  assert.deepEqual(groups['e1']?.[CITY], { lurah: 1, staff: 1, teacher: 2 });
  assert.deepEqual(groups['e2']?.[CITY], { staff: 2 });
  assert.deepEqual(groups[ALL]?.[CITY], { lurah: 1, staff: 3, teacher: 2 });
  assert.deepEqual(Object.keys(groups), ['e1', 'e2', ALL]);
});
