// npm run build: ingest data/ and build the site for deployment, which needs SITE_URL (the public address
// every canonical link, Open Graph image, embed snippet and PNG carries). `--local` (npm run build:local,
// npm start) builds for this machine with the placeholder address instead.
import { spawnSync } from 'node:child_process';
import { siteUrlProblem } from './lib/site-url.ts';

const local = process.argv.includes('--local');
const problem = local ? null : siteUrlProblem(process.env['SITE_URL']);
if (problem !== null) {
  console.error(problem);
  process.exit(1);
}
for (const args of [['scripts/data.ts'], ['node_modules/astro/bin/astro.mjs', 'build']]) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
