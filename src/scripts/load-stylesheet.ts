// Adds a stylesheet when a script needs it, so a page does not wait for CSS only an enhancement uses.

/** Links `href` as a stylesheet (once per page, before the site's own, so the site's rules still win) and resolves when it has loaded. */
export function loadStylesheet(href: string): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`);
  if (existing?.sheet) return Promise.resolve();
  const link = existing ?? Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve, reject) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => reject(new Error(`stylesheet ${href} did not load`)), { once: true });
  });
  if (!existing) document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"], style'));
  return loaded;
}
