// The order pages are generated in. Astro generates route after route, in its routing order; two changes:
// - a kecamatan's paths come together, at the place of its first one: its page, embeds and downloads in both
//   languages one after another, so its charts are drawn once and then let go (src/lib/charts/chart-of.ts keeps
//   only the last few; a national build has 7,285 kecamatan);
// - the routes `last` accepts come after all others: the social cards (/og/<page>.png) are drawn on worker
//   threads while the main thread writes every other page (src/pages/og/[key].png.ts starts them when the
//   paths are listed), and the build waits on few of them.
// Each file's bytes are the same in any order.
import type { AstroPrerenderer } from 'astro';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** A kecamatan's code in a path ("32.71.01" in /kecamatan/32.71.01/, "32-71-01" in /export/cases-monthly-32-71-01.svg), dotted. */
export function kecamatanIn(pathname: string): string | null {
  const found = /(?<![\d])(\d{2})[.-](\d{2})[.-](\d{2})(?![.-]?\d)/.exec(pathname);
  return found ? `${found[1]}.${found[2]}.${found[3]}` : null;
}

/** The paths in generation order: each kecamatan's together where its first one was, then those `last` accepts. */
export function generationOrder<T extends { readonly pathname: string }>(paths: readonly T[], last: (path: T) => boolean): T[] {
  const byPlace = new Map<string, T[]>();
  for (const path of paths) {
    const code = last(path) ? null : kecamatanIn(path.pathname);
    if (code === null) continue;
    const group = byPlace.get(code);
    if (group) group.push(path);
    else byPlace.set(code, [path]);
  }
  const out: T[] = [];
  for (const path of paths) {
    if (last(path)) continue;
    const code = kecamatanIn(path.pathname);
    const group = code === null ? [path] : byPlace.get(code);
    if (group === undefined) continue;
    out.push(...group);
    if (code !== null) byPlace.delete(code);
  }
  return [...out, ...paths.filter(last)];
}

/** The prerenderer layer (src/integrations/prerenderer-layers.ts): routes whose source file `last` accepts
 *  (e.g. "src/pages/og/[key].png.ts") come last. */
export function generationOrderLayer(last: (component: string) => boolean): (given: AstroPrerenderer) => AstroPrerenderer {
  // Astro's own prerenderer keeps its state in its closure: its methods work copied onto another object.
  return (given) => ({
    ...given,
    getStaticPaths: async () => generationOrder(await given.getStaticPaths(), (p: PathWithRoute) => last(p.route.component)),
  });
}
