// Writes deploy/nginx-headers.conf from the site's one policy (TILE_URL adds the tile layer's origin).
import { mkdirSync, writeFileSync } from 'node:fs';
import { nginxSnippet } from '../src/lib/security/deploy-headers.ts';

mkdirSync('deploy', { recursive: true });
writeFileSync('deploy/nginx-headers.conf', nginxSnippet(process.env['TILE_URL']));
console.log('deploy/nginx-headers.conf written');
