// Takes screenshots of built pages in Debian's Chromium: npm run screenshot -- /path/ [/other/ ...]
import { mkdir } from 'node:fs/promises';
import { launchBrowser } from './lib/chromium.ts';
import { serveDir } from './lib/static-server.ts';

const paths = process.argv.slice(2);
const out = process.env['SHOT_DIR'] ?? 'screenshots';
await mkdir(out, { recursive: true });
const server = await serveDir(process.env['DIST_DIR'] ?? 'dist');
const browser = await launchBrowser();
try {
  for (const path of paths.length > 0 ? paths : ['/']) {
    for (const width of [1280, 360]) {
      const page = await browser.newPage({ viewport: { width, height: width === 360 ? 740 : 900 } });
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const name = `${out}/${(path.replace(/\//g, '_') || 'root').replace(/^_|_$/g, '') || 'home'}-${width}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
