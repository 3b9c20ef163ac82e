// `npm audit` of the production dependencies, part of `npm test`: fails on any high or critical
// advisory. Where the registry's advisory service cannot be reached (this workplace's registry proxy
// answers 405 to its POST), it says so in capitals rather than passing quietly; AUDIT_REQUIRED=1
// turns that into a failure for a deploy pipeline that must have the answer.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: { statusCode?: number; message?: string; metadata?: { vulnerabilities?: Record<string, number>; dependencies?: { prod?: number } }; vulnerabilities?: Record<string, { severity: string; via: unknown[] }> };
try {
  report = JSON.parse(run.stdout) as typeof report;
} catch {
  report = { message: (run.stderr || run.stdout).trim().split('\n').at(-1) ?? 'no answer' };
}

const counts = report.metadata?.vulnerabilities;
if (counts === undefined) {
  console.log(`NOT VERIFIED: npm audit could not reach the advisory service (${report.message ?? `exit ${run.status}`}).`);
  process.exit(process.env['AUDIT_REQUIRED'] === '1' ? 1 : 0);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
console.log(`npm audit (production dependencies: ${report.metadata?.dependencies?.prod ?? '?'}): ${JSON.stringify(counts)}`);
for (const [name, v] of serious) console.error(`  ${v.severity}: ${name}`);
process.exit(serious.length === 0 ? 0 : 1);
