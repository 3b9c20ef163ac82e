// Serves the built site (dist/) on localhost, as a static host would, and prints its address.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { staticServer } from './lib/static-server.ts';

const root = resolve(process.env['DIST_DIR'] ?? 'dist');
const port = Number(process.env['PORT'] ?? 4321);
const host = process.env['HOST'] ?? '127.0.0.1';

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}: run "npm run build:local" (or "npm run build" with SITE_URL) first.`);
  process.exit(1);
}

staticServer(root).listen(port, host, () => {
  console.log(`Pantau Netralitas ASN is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (English: /en/). Stop with Ctrl+C.`);
});
