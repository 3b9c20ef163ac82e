// Types that only ESLint's view of .astro files needs. astro-eslint-parser reads each .astro file as TSX
// in a program of its own, without the JSX namespace and globals that Astro's language server adds.
// Without them every template expression would be an error type, which the no-unsafe-* rules flag.

/** A template node is opaque to the frontmatter: it is rendered, never read. */
declare namespace JSX {
  type Element = unknown;
  interface IntrinsicElements {
    [name: string]: Record<string, unknown>;
  }
}

/** Astro's own declaration is `any`; to code it is just as opaque as a template node. */
declare const Fragment: unknown;
