// The build fingerprint: a hash of everything besides the data that shapes the output (the code under src/ and
// public/, the configuration, the locked dependencies, the Node version and the environment the pages read).
// Any change to it makes every cached page stale: a code change rebuilds the whole site, with no cleverness.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What is hashed besides the folders: the files that configure the build. */
const CONFIG_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
const FOLDERS = ['src', 'public'];

/** Environment variables that change the output: the site address, the map tiles and every PANTAU_ setting. */
export function outputEnv(env: NodeJS.ProcessEnv): [string, string][] {
  return Object.keys(env)
    .filter((name) => name === 'SITE_URL' || name.startsWith('TILE_') || name.startsWith('PANTAU_'))
    .sort()
    .map((name) => [name, env[name] ?? '']);
}

export function buildFingerprint(root: string, env: NodeJS.ProcessEnv, node: string = process.version): string {
  const hash = createHash('sha256');
  hash.update(`node ${node}\n`);
  for (const [name, value] of outputEnv(env)) hash.update(`env ${name}=${value}\n`);
  const files = [...CONFIG_FILES, ...FOLDERS.flatMap((folder) => filesUnder(root, folder))];
  for (const file of files) {
    const path = join(root, file);
    hash.update(`file ${file}\n`);
    hash.update(existsSync(path) ? readFileSync(path) : '(none)');
  }
  return hash.digest('hex');
}

/** Every file below a folder of the project, as sorted paths relative to the root. */
function filesUnder(root: string, folder: string): string[] {
  if (!existsSync(join(root, folder))) return [];
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => join(folder, file))
    .filter((file) => statSync(join(root, file)).isFile())
    .sort();
}
