// Astro keeps one prerenderer, and each `setPrerenderer` call replaces the one before: two integrations that each
// change a part of it would undo each other. The parts are layers instead, each wrapping the prerenderer it is
// given, and this one integration sets them all, the first innermost.
import type { AstroIntegration, AstroPrerenderer } from 'astro';

export type PrerendererLayer = (given: AstroPrerenderer) => AstroPrerenderer;

export function prerendererLayers(layers: readonly PrerendererLayer[]): AstroIntegration {
  return {
    name: 'pantau-prerenderer-layers',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        if (layers.length > 0) setPrerenderer((given) => layers.reduce((inner, layer) => layer(inner), given));
      },
    },
  };
}
