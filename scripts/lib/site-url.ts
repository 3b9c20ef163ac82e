// The public address a production build writes into canonical links, Open Graph images, embed snippets and
// printed PNGs. A build without one would publish the placeholder everywhere, so `npm run build` refuses it.

const placeholderHosts = /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost)$/i;

/** Why a SITE_URL cannot be deployed, or null when it can. */
export function siteUrlProblem(value: string | undefined): string | null {
  const how = 'Set the address the site will be published at, e.g. SITE_URL=https://netralitas.your-domain.id npm run build; to build for this machine only, run npm run build:local (npm start does).';
  if (value === undefined || value.trim() === '') {
    return `npm run build: SITE_URL is not set. A production build writes the site's address into every canonical link, Open Graph image, embed snippet and printed PNG, which would all point at a placeholder. ${how}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `npm run build: SITE_URL "${value}" is not an absolute address (it needs https:// and a host name). ${how}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `npm run build: SITE_URL "${value}" must start with https:// (or http://), not ${url.protocol}. ${how}`;
  if (placeholderHosts.test(url.hostname)) return `npm run build: SITE_URL "${value}" is a placeholder or local address (${url.hostname}), not where readers will find the site. ${how}`;
  return null;
}
