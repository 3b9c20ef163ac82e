// After the build, writes `_headers` beside the pages: the shipped response headers for static hosts
// (and for the test server, so every browser test runs under the policy a reader gets).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, languageFolders } from '../lib/security/deploy-headers.ts';

const dirsIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();

/** The integration; the tile layer's origin comes from the same TILE_URL the map uses. */
export function deployHeaders(): AstroIntegration {
  return {
    name: 'pantau-deploy-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const languageDirs = Object.fromEntries(languageFolders.map((folder) => [folder, dirsIn(join(root, folder))]));
        writeFileSync(join(root, '_headers'), headersFile(dirsIn(root), languageDirs, process.env['TILE_URL']));
      },
    },
  };
}
