// A production build cannot go out with the placeholder address: npm run build stops, naming what to do.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { siteUrlProblem } from '../../scripts/lib/site-url.ts';

const refused: [string | undefined, RegExp][] = [
  [undefined, /SITE_URL is not set/],
  ['', /SITE_URL is not set/],
  ['netralitas.go.id', /not an absolute address/],
  ['ftp://netralitas.go.id/', /must start with https:\/\//],
  ['https://example.org', /placeholder or local address \(example\.org\)/],
  ['https://pantau-netralitas.example.org/', /placeholder/],
  ['http://localhost:4321/', /placeholder or local address \(localhost\)/],
];
for (const [value, message] of refused) {
  test(`SITE_URL ${JSON.stringify(value)} is refused, and the message says how to build`, () => {
    const problem = siteUrlProblem(value);
    assert.match(problem ?? '', message);
    assert.match(problem ?? '', /npm run build:local/);
  });
}

test('a real public address is accepted', () => {
  assert.equal(siteUrlProblem('https://netralitas.bogorkota.go.id'), null);
  assert.equal(siteUrlProblem('https://pantau.example.id/netralitas/'), null);
});

test('npm run build without SITE_URL stops before building, with the message', () => {
  const env = { ...process.env };
  delete env['SITE_URL'];
  const run = spawnSync(process.execPath, ['scripts/build.ts'], { env, encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stderr, /SITE_URL is not set/);
});
