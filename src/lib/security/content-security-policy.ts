// One Content-Security-Policy for the whole site, so the page's <meta>, the `_headers` file and the
// nginx snippet can never disagree. Every script is a file of our own ('self'): no inline script,
// no third-party script, no eval. Styles allow inline attributes because the map swatches and the
// build-time SVG carry `style="..."`, which holds colours drawn from our own palette, never data text.

/** Where a page may be shown in a frame: embeds anywhere, every other page nowhere. */
export type Framing = 'anyone' | 'none' | 'unset';

/** The origin (with `*` for Leaflet's `{s}` subdomains) that a tile URL template loads images from. */
export function tileOrigin(template: string | undefined): string | null {
  if (!template) return null;
  const match = /^(https?):\/\/([^/]+)/.exec(template.trim());
  if (!match) return null;
  const host = (match[2] ?? '').replace(/\{s\}/g, '*').replace(/\{[^}]*\}/g, '*');
  return `${match[1] ?? 'https'}://${host}`;
}

/** The policy text; `unset` leaves frame-ancestors out, as a <meta> policy must (browsers ignore it there). */
export function contentSecurityPolicy(framing: Framing, tileUrl?: string): string {
  const tiles = tileOrigin(tileUrl);
  const directives = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${tiles ? ` ${tiles}` : ''}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ];
  if (framing === 'anyone') directives.push('frame-ancestors *');
  if (framing === 'none') directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** The other response headers every page gets, whatever its framing. */
export const commonHeaders: readonly (readonly [string, string])[] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // "Use my location" needs geolocation on our own pages; nothing needs camera, microphone or payment.
  ['Permissions-Policy', 'geolocation=(self), camera=(), microphone=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];
