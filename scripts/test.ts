// npm test: type check and lint, build the site from the shipped data, then every test file in one run.
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const bin = (name: string) => `node_modules/.bin/${name}`;
const steps: [string, string, string[]][] = [
  ['astro check (TypeScript strictest)', bin('astro'), ['check', '--minimumSeverity', 'hint']],
  ['eslint (zero warnings)', bin('eslint'), ['--max-warnings', '0', '.']],
  ['data: ingest data/', node, ['scripts/data.ts']],
  ['build: astro build', bin('astro'), ['build', '--silent']],
  ['tests', node, ['--test', '--test-reporter=spec', 'tests/**/*.test.ts']],
];

for (const [label, command, args] of steps) {
  console.log(`\n== ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) {
    console.error(`\n== ${label} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}
