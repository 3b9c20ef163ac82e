// The release review's pieces: what counts as a jump, the row diff, and when a run makes a new release.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareHeadlines, diffFile, isJump, withRelease, type Release } from '../../src/lib/release/release-review.ts';
import { releaseFeed } from '../../src/lib/release/release-feed.ts';

test('a jump is a move of at least 5 and at least a quarter of the figure before', () => {
  assert.equal(isJump(23, 46), true);
  assert.equal(isJump(23, 27), false, '+4');
  assert.equal(isJump(100, 120), false, '+20 %');
  assert.equal(isJump(100, 75), true, '-25 %');
  assert.equal(isJump(0, 6), true);
  assert.equal(isJump(null, 3), false);
});

test('rows added, removed and changed are counted by id', () => {
  const before = 'id,x\na,1\nb,2\nc,3\n';
  const after = 'id,x\na,1\nb,20\nd,4\ne,5\n';
  assert.deepEqual(diffFile('f.csv', before, after, null), { file: 'f.csv', before: 3, after: 4, added: 2, removed: 1, changed: 1 });
  assert.deepEqual(diffFile('f.csv', undefined, after, 3), { file: 'f.csv', before: 3, after: 4, added: null, removed: null, changed: null });
});

test('a table of figures without an id is compared row by row on its election and area', () => {
  const before = 'election,area_level,area_code,area,reported\nall,kota,32.71,Kota Bogor,23\nall,kecamatan,32.71.01,Bogor Selatan,4\npemilu-2024,kota,32.71,Kota Bogor,9\n';
  const after = 'election,area_level,area_code,area,reported\nall,kota,32.71,Kota Bogor,46\nall,kecamatan,32.71.01,Bogor Selatan,4\npemilu-2024,kota,32.71,Kota Bogor,9\npemilu-2024,kecamatan,32.71.01,Bogor Selatan,2\n';
  assert.deepEqual(diffFile('kecamatan-totals.csv', before, after, null), { file: 'kecamatan-totals.csv', before: 3, after: 4, added: 1, removed: 0, changed: 1 });
});

test('headline changes list only what moved; none for a first release', () => {
  assert.deepEqual(compareHeadlines(undefined, { 'a|e|reported': 3 }), []);
  assert.deepEqual(compareHeadlines({ 'a|e|reported': 23, 'a|e|proven': 5 }, { 'a|e|reported': 46, 'a|e|proven': 5 }), [{ city: 'a', election: 'e', metric: 'reported', before: 23, after: 46, flagged: true }]);
});

const release = (fingerprint: string, date: string): Release => ({ date, fingerprint, dataUpTo: null, files: [], figures: [], flagged: 0, headline: {} });

test('a run publishing exactly the newest release adds nothing; a different one goes on top', () => {
  const history = { releases: [release('f1', '2026-11-01')] };
  assert.equal(withRelease(history, release('f1', '2026-11-02')), history);
  assert.deepEqual(withRelease(history, release('f2', '2026-11-02')).releases.map((r) => r.date), ['2026-11-02', '2026-11-01']);
});

test('the Atom feed escapes text and dates each entry by its release', () => {
  const xml = releaseFeed({ releases: [release('f2', '2026-11-02'), release('f1', '2026-11-01')] }, { title: 'A & B <c>', entryTitle: (r) => r.date, summary: () => '"x"' }, 'https://s.example/pembaruan/', 'https://s.example/pembaruan/feed.xml');
  assert.match(xml, /<title>A &amp; B &lt;c&gt;<\/title>/);
  assert.match(xml, /<updated>2026-11-02T00:00:00Z<\/updated>/);
  assert.equal((xml.match(/<entry>/g) ?? []).length, 2);
  assert.match(xml, /#rilis-2026-11-01-1"/);
});
