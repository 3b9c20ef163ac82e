// The release review on disk: compares the staged output with the output it replaces, keeps the history
// of releases in the data folder (committed with the data) and beside the output (for the pages).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteData } from '../../src/lib/model.ts';
import { compareHeadlines, diffFile, headlineOf, parseHistory, withRelease, type Release, type ReleaseHistory } from '../../src/lib/release/release-review.ts';

export const HISTORY_FILE = 'releases.json';

const readIf = async (path: string): Promise<string | undefined> => (existsSync(path) ? readFile(path, 'utf8') : undefined);

/**
 * Reviews the staged release and records it. The history is the data folder's (committed with the data), or
 * the output's where that one is longer (a data folder that could not be written); a release that publishes exactly what the newest one did adds nothing,
 * so an identical re-run leaves the history, and the built site, byte for byte the same.
 */
export async function reviewRelease(opts: { dataDir: string; outDir: string; staging: string; site: SiteData; today: string }): Promise<{ release: Release; isNew: boolean; history: ReleaseHistory; savedInData: boolean }> {
  const { dataDir, outDir, staging, site, today } = opts;
  // The data folder's history is the one committed with the data; the output's is newer only where the data
  // folder could not be written. The longer one wins, the data folder's on a tie.
  const inData = parseHistory(await readIf(join(dataDir, HISTORY_FILE)));
  const inOutput = parseHistory(await readIf(join(outDir, HISTORY_FILE)));
  const history = inOutput.releases.length > inData.releases.length ? inOutput : inData;
  const files = (await readdir(join(staging, 'publish'))).filter((f) => f.endsWith('.csv')).sort();
  const digest = createHash('sha256');
  const texts = new Map<string, string>();
  for (const file of files) {
    const text = await readFile(join(staging, 'publish', file), 'utf8');
    texts.set(file, text);
    digest.update(`${file}\n${text}`);
  }
  const fingerprint = digest.digest('hex');
  const last = history.releases[0];
  if (last?.fingerprint === fingerprint) {
    await writeFile(join(staging, HISTORY_FILE), `${JSON.stringify(history, null, 1)}\n`);
    return { release: last, isNew: false, history, savedInData: true };
  }
  const changes = [];
  for (const file of files) {
    const before = await readIf(join(outDir, 'publish', file));
    changes.push(diffFile(file, before, texts.get(file) ?? '', last?.files.find((f) => f.file === file)?.after ?? null));
  }
  const headline = headlineOf(site);
  const figures = compareHeadlines(last?.headline, headline);
  const release: Release = { date: today, fingerprint, dataUpTo: site.dataUpTo, files: changes, figures, flagged: figures.filter((f) => f.flagged).length, headline };
  const next = withRelease(history, release);
  const text = `${JSON.stringify(next, null, 1)}\n`;
  await writeFile(join(staging, HISTORY_FILE), text);
  // A read-only data folder must not stop a release: the history still goes out with it, and the steward is told.
  const savedInData = await writeFile(join(dataDir, HISTORY_FILE), text).then(() => true, () => false);
  return { release, isNew: true, history: next, savedInData };
}
