// A Chromium that has only DejaVu, the fallback most Linux phones and desktops without Noto end up with:
// a fontconfig file listing one font folder, with the system's usual aliases (sans-serif -> DejaVu Sans).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.ts';

export const DEJAVU_DIR = '/usr/share/fonts/truetype/dejavu';

export function launchWithDejaVuOnly(): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <dir>${DEJAVU_DIR}</dir>\n  <cachedir>${join(dir, 'cache')}</cachedir>\n  <include ignore_missing="yes">/etc/fonts/conf.d</include>\n</fontconfig>\n`,
  );
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumFlags], env: { ...process.env, FONTCONFIG_FILE: file } });
}
