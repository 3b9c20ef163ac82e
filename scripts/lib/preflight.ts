// What `npm test` needs from the machine besides npm packages, checked before any step runs, so a
// newcomer gets the one install command at once instead of a failure deep in the browser tests.
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromiumPath } from './chromium.ts';

/** One system requirement: how to tell it is there, and the Debian package that brings it. */
export interface Requirement {
  readonly what: string;
  readonly debianPackage: string;
  readonly present: () => boolean;
}

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const fontFamilyInstalled = (family: string): boolean => {
  const listed = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return listed.status === 0 && listed.stdout.split('\n').some((line) => line.split(',').includes(family));
};

export const requirements: readonly Requirement[] = [
  { what: `Chromium at ${chromiumPath} (browser tests)`, debianPackage: 'chromium', present: () => executable(chromiumPath) },
  { what: 'nginx (the deploy snippet test)', debianPackage: 'nginx', present: () => ['/usr/sbin/nginx', '/usr/bin/nginx'].some(executable) },
  { what: 'the Noto Sans font (layout tests)', debianPackage: 'fonts-noto-core', present: () => fontFamilyInstalled('Noto Sans') },
  { what: 'the DejaVu Sans font (layout tests without Noto)', debianPackage: 'fonts-dejavu-core', present: () => fontFamilyInstalled('DejaVu Sans') },
];

/** The missing requirements and the single command that installs them all; null when none is missing. */
export function preflight(reqs: readonly Requirement[] = requirements): { missing: readonly Requirement[]; command: string } | null {
  const missing = reqs.filter((r) => !r.present());
  if (missing.length === 0) return null;
  const packages = [...new Set(missing.map((r) => r.debianPackage))].join(' ');
  return { missing, command: `apt-get update && apt-get install -y --no-install-recommends ${packages}` };
}
