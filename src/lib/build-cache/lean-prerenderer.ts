// With the page cache on, Astro asks its prerenderer for what each generated path used beyond its key: the content
// entries and images it rendered (collectMetadata). The default prerenderer learns that by reading the whole
// response inside a render scope and wrapping a copy of its bytes in a new Response, which Astro then reads again
// (renderForPrerender, node_modules/astro/dist/core/app/prerender.js): one more pass over every byte of the site,
// 18 s of a national build's main thread and more garbage to collect.
// This site renders no content collection and no astro:assets image, so what it collects is empty. This prerenderer
// collects it for the first path of each route, as the default does; a route whose first path used nothing renders
// its other paths without the scope and reports them as using nothing, while a route that used something keeps the
// default's collection for every path. (A route that uses an entry or an image only on some later path would go
// untracked: the site's own code has none, `tests/unit/lean-prerenderer.test.ts` holds it.)
import type { AstroPrerenderer, PrerenderRenderMetadata, PrerenderResult } from 'astro';

type Render = AstroPrerenderer['render'];

/** What a path that rendered no content entry and no image reports. */
const NOTHING: PrerenderRenderMetadata = Object.freeze({ contentEntryKeys: [], staticImages: [], referencedImages: [] });

export const usedSomething = (m: PrerenderRenderMetadata | undefined): boolean =>
  m !== undefined && (m.contentEntryKeys.length > 0 || m.staticImages.length > 0 || (m.referencedImages?.length ?? 0) > 0);

const asResult = (r: Response | PrerenderResult): PrerenderResult => (r instanceof Response ? { response: r } : r);

export function leanPrerenderer(base: AstroPrerenderer): AstroPrerenderer {
  /** Route component -> whether its first path used a content entry or an image (absent: not yet known). */
  const tracked = new Map<string, boolean>();
  const render: Render = async (request, { routeData, collectMetadata }) => {
    if (!collectMetadata) return base.render(request, { routeData });
    const component = routeData.component;
    if (tracked.get(component) !== false) {
      const result = asResult(await base.render(request, { routeData, collectMetadata: true }));
      if (!tracked.has(component) || usedSomething(result.metadata)) tracked.set(component, usedSomething(result.metadata));
      return result;
    }
    return { response: asResult(await base.render(request, { routeData })).response, metadata: NOTHING };
  };
  return { ...base, name: `pantau-lean(${base.name})`, render };
}
