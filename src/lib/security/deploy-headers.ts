// Response headers for static hosts, written from the one policy: a `_headers` file (Netlify,
// Cloudflare Pages) and an nginx snippet. Embed pages may be framed by anyone; no other page may.
import { commonHeaders, contentSecurityPolicy } from './content-security-policy.ts';
import { langs } from '../../i18n/langs.ts';
import { joinPath, slugs } from '../../i18n/routes.ts';

/** The folders of the languages not served at / (en), from the route table. */
export const languageFolders: readonly string[] = langs.map((lang) => slugs[lang].prefix).filter((prefix) => prefix !== '');
const embedDirs: readonly string[] = langs.map((lang) => `/${joinPath(lang, [slugs[lang].pages.embed])}/`);
const immutable = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file. Hosts apply every rule whose path matches and join repeated headers, so the
 * base policy goes on `/*` and the framing rule goes on each top-level folder that is not an embed:
 * two policies are both enforced, which is what we want, and none has to be taken back.
 */
export function headersFile(topLevelDirs: readonly string[], languageDirs: Readonly<Record<string, readonly string[]>>, tileUrl?: string): string {
  const deny = ["  Content-Security-Policy: frame-ancestors 'none'", '  X-Frame-Options: DENY'];
  const lines = ['# Written by the build from src/lib/security/content-security-policy.ts; do not edit.', '/*', `  Content-Security-Policy: ${contentSecurityPolicy('unset', tileUrl)}`];
  for (const [name, value] of commonHeaders) lines.push(`  ${name}: ${value}`);
  const framed = [...embedDirs];
  const denied = ['/', '/index.html', '/404.html', ...languageFolders.flatMap((folder) => [`/${folder}/`, `/${folder}/index.html`])];
  for (const dir of topLevelDirs) if (!framed.includes(`/${dir}/`) && !languageFolders.includes(dir)) denied.push(`/${dir}/*`);
  for (const [folder, dirs] of Object.entries(languageDirs)) for (const dir of dirs) if (!framed.includes(`/${folder}/${dir}/`)) denied.push(`/${folder}/${dir}/*`);
  for (const path of denied.sort()) lines.push(path, ...deny);
  for (const dir of framed) lines.push(`${dir}*`, '  Content-Security-Policy: frame-ancestors *');
  lines.push('/_astro/*', `  Cache-Control: ${immutable}`);
  return `${lines.join('\n')}\n`;
}

/** An nginx snippet to `include` in the site's `server { }` block (nginx's `add_header` in a location replaces the outer ones, so each location repeats them). */
export function nginxSnippet(tileUrl?: string): string {
  const headers = (framing: 'anyone' | 'none', extra: readonly (readonly [string, string])[] = []): string[] => {
    const list: (readonly [string, string])[] = [['Content-Security-Policy', contentSecurityPolicy(framing, tileUrl)], ...commonHeaders, ...extra];
    if (framing === 'none') list.push(['X-Frame-Options', 'DENY']);
    return list.map(([name, value]) => `add_header ${name} "${value}" always;`);
  };
  const indent = (lines: string[]): string[] => lines.map((l) => `    ${l}`);
  const lines = [
    '# Pantau Netralitas ASN: response headers. Written from src/lib/security/content-security-policy.ts',
    '# by `node scripts/write-deploy-config.ts` (a test checks it is current); include it in the server block.',
    'error_page 404 /404.html;',
    ...headers('none'),
    'location / {',
    '    try_files $uri $uri/ =404;',
    '}',
  ];
  for (const dir of embedDirs) lines.push(`location ^~ ${dir} {`, ...indent(headers('anyone')), '    try_files $uri $uri/ =404;', '}');
  lines.push('location ^~ /_astro/ {', ...indent(headers('none', [['Cache-Control', immutable]])), '}');
  return `${lines.join('\n')}\n`;
}
