// Test support: the built site on a local port, and Debian's Chromium driven by playwright-core.
import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveDir } from '../../scripts/lib/static-server.ts';

export { chromiumPath, launchBrowser } from '../../scripts/lib/chromium.ts';

/** Serves a built directory on 127.0.0.1 and a free port, with the headers its `_headers` file ships. */
export function serveDist(dir = process.env['DIST_DIR'] ?? 'dist'): ReturnType<typeof serveDir> {
  return serveDir(dir);
}

/** Registers the built site and one Chromium for a test file; read them inside tests. */
export function useSiteAndBrowser(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDist>> | undefined;
  before(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (browser === undefined) throw new Error('browser not started');
      return browser;
    },
    get url() {
      return server?.url ?? '';
    },
  };
}
