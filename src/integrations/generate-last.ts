// The order pages are generated in: Astro generates route after route, in its routing order, which puts the
// social cards (/og/<page>.png) near the start. Generated last instead, the cards are drawn on worker threads
// while the main thread writes every other page (src/pages/og/[key].png.ts starts them when the paths are
// listed), and the build waits on few of them. The output is the same in any order.
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** Routes whose source file `last` accepts (e.g. "src/pages/og/[key].png.ts") are generated after all others. */
export function generateLast(last: (component: string) => boolean): AstroIntegration {
  return {
    name: 'pantau-generate-last',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((given: AstroPrerenderer): AstroPrerenderer => ({
          ...given,
          name: given.name,
          setup: given.setup?.bind(given),
          teardown: given.teardown?.bind(given),
          render: given.render.bind(given),
          collectStaticImages: given.collectStaticImages?.bind(given),
          getStaticPaths: async () => {
            const paths = await given.getStaticPaths();
            return [...paths.filter((p) => !last(p.route.component)), ...paths.filter((p) => last(p.route.component))];
          },
        }));
      },
    },
  };
}
