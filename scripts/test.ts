// npm test: type check and lint, build the site from the shipped data, then every test file in one run.
import { spawnSync } from 'node:child_process';
import { preflight } from './lib/preflight.ts';

// Every tool runs on this Node (the pinned one under npm), whatever `node` the shell would find.
const node = process.execPath;
const astro = 'node_modules/astro/bin/astro.mjs';
const eslint = 'node_modules/eslint/bin/eslint.js';
const steps: [string, string[]][] = [
  ['astro check (TypeScript strictest)', [astro, 'check', '--minimumSeverity', 'hint']],
  ['eslint (zero warnings)', [eslint, '--max-warnings', '0', '.']],
  ['data: ingest data/', ['scripts/data.ts']],
  ['build: astro build', [astro, 'build', '--silent']],
  ['budgets: gzip HTML, CSS and JavaScript per page type', ['scripts/budgets.ts']],
  ['npm audit: production dependencies, no high or critical advisory', ['scripts/audit-deps.ts']],
  ['tests', ['--test', '--test-reporter=spec', 'tests/**/*.test.ts']],
];

const lacking = preflight();
if (lacking) {
  console.error('npm test needs what this machine lacks:');
  for (const r of lacking.missing) console.error(`  - ${r.what}`);
  console.error(`Install it with (as root):\n  ${lacking.command}\nthen run npm test again.`);
  process.exit(1);
}

for (const [label, args] of steps) {
  console.log(`\n== ${label}`);
  const result = spawnSync(node, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n== ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
