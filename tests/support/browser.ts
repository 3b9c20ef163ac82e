// Test support: the built site on a local port, and Debian's Chromium driven by playwright-core.
import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright-core';
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

export interface PagePool {
  /** Runs a check on a page of the pool at this viewport (a new page when none is free). */
  use<T>(viewport: { width: number; height: number }, check: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Pages kept open and handed from one check to the next. A new page starts a renderer process, which costs this
 *  2-core machine about a second of CPU, more than loading and checking most of the site's pages (and so does a
 *  detour through about:blank: 0.17 against 0.52 CPU seconds a load). A page returns from a check that passed
 *  without the check's listeners; a check that failed closes its page. The next check's first navigation stops
 *  whatever the last one left loading, so a request that failed then could only fail the next check, never pass a
 *  broken one. Checks that emulate anything but the viewport (media, colour scheme, touch) open their own page. */
export function pagePool(browser: () => Browser): PagePool {
  const free: Page[] = [];
  return {
    async use(viewport, check) {
      const page = free.pop() ?? (await browser().newPage({ viewport }));
      await page.setViewportSize(viewport);
      let passed = false;
      try {
        const result = await check(page);
        passed = true;
        return result;
      } finally {
        page.removeAllListeners();
        if (passed) free.push(page);
        else await page.close();
      }
    },
    async close() {
      await Promise.all(free.splice(0).map((page) => page.close()));
    },
  };
}
