// What every chart gives a page: its texts, a wide and a narrow drawing, and the table of its numbers.
import type { Scene } from './scene.ts';

export interface ChartTable {
  readonly caption: string;
  readonly head: readonly string[];
  /** Whether each column holds numbers (right-aligned). */
  readonly numeric: readonly boolean[];
  readonly rows: readonly (readonly string[])[];
  /** The same numbers for machines (CSV and .xlsx downloads): codes and ids, ISO dates, plain numbers, units in the header. */
  readonly data?: MachineTable;
}

export interface MachineTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
}

/** Six decimals at most: enough to recompute, never a locale's thousands mark. */
export const plain = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : Math.round(v * 1e6) / 1e6);

export interface Chart {
  /** Stable id, used for anchors, embeds and exports. */
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  /** One sentence a reader in a hurry (or a screen reader) gets instead of the picture. */
  readonly summary: string;
  readonly wide: Scene;
  /** The same chart laid out for a 360 px screen. */
  readonly narrow: Scene;
  readonly table: ChartTable;
  readonly demo: boolean;
  /** False where the chart has no embed page or downloads of its own (it repeats one that has). */
  readonly exported?: false;
}

export const WIDE = 720;
export const NARROW = 340;
