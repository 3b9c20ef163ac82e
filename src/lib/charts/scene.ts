// A chart is a scene: plain shapes with coordinates, made by a chart function from data and size, and
// rendered to SVG by scene-markup.ts on pages and svg-document.ts in downloads (both escape every text).
// Scenes are easy to snapshot and test.

export interface Tip {
  /** Text shown on hover and keyboard focus; also the element's accessible name. */
  readonly tip: string;
}

export type Shape =
  | ({ readonly t: 'rect'; readonly x: number; readonly y: number; readonly w: number; readonly h: number; readonly fill: string; readonly cls?: string } & Partial<Tip>)
  | { readonly t: 'line'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly stroke: string; readonly width?: number; readonly dash?: string; readonly cls?: string }
  | { readonly t: 'path'; readonly d: string; readonly stroke: string; readonly width?: number; readonly fill?: string; readonly cls?: string }
  | ({ readonly t: 'circle'; readonly x: number; readonly y: number; readonly r: number; readonly fill: string; readonly stroke?: string } & Partial<Tip>)
  | { readonly t: 'text'; readonly x: number; readonly y: number; readonly text: string; readonly anchor?: 'start' | 'middle' | 'end'; readonly cls?: string; readonly fill?: string; readonly size?: number; readonly weight?: number };

export interface Scene {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly Shape[];
}

/** Rounds to one decimal: stable snapshots, smaller pages. */
export const r = (v: number): number => Math.round(v * 10) / 10;
