// The newcomer's two commands: npm test stops at once with the one install command for what is missing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { preflight, requirements, type Requirement } from '../../scripts/lib/preflight.ts';

const req = (debianPackage: string, present: boolean): Requirement => ({ what: debianPackage, debianPackage, present: () => present });

test('nothing missing: no command to run', () => {
  assert.equal(preflight([req('chromium', true), req('nginx', true)]), null);
});

test('every missing package named in one apt-get command, each once', () => {
  const result = preflight([req('chromium', false), req('nginx', true), req('fonts-noto-core', false), req('fonts-noto-core', false)]);
  assert.deepEqual(result?.missing.map((r) => r.debianPackage), ['chromium', 'fonts-noto-core', 'fonts-noto-core']);
  assert.equal(result?.command, 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-core');
});

test('the requirements this machine checks name the packages .ci/run installs', async () => {
  const ciRun = await import('node:fs').then((fs) => fs.readFileSync('.ci/run', 'utf8'));
  for (const r of requirements) assert.match(ciRun, new RegExp(`\\b${r.debianPackage}\\b`), `.ci/run installs ${r.debianPackage}`);
});
