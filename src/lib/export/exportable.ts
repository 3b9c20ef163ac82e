// One thing a reader can embed or download: a chart or a city map, with its texts, drawing and numbers.
import type { ChartTable } from '../charts/chart.ts';
import type { Scene } from '../charts/scene.ts';
import type { Choropleth } from '../map/choropleth-svg.ts';

export interface Exportable {
  readonly id: string;
  readonly kind: 'chart' | 'map';
  readonly title: string;
  readonly subtitle: string;
  readonly source: string;
  readonly summary: string;
  /** The drawing the exports print. */
  readonly scene: Scene;
  /** For charts: the phone layout the embed page shows on narrow frames. */
  readonly narrow?: Scene;
  /** For maps: the choropleth the embed page shows. */
  readonly map?: Choropleth;
  readonly legend?: readonly { readonly color: string; readonly label: string }[];
  readonly table: ChartTable;
  /** The full page this comes from. */
  readonly page: string;
  readonly demo: boolean;
}

/** An exportable listed without drawing it: the build lists every one to name its paths, and draws each when its page or file is generated. */
export interface ExportableEntry {
  readonly id: string;
  readonly kind: Exportable['kind'];
  /** The full page it comes from (its page-cache key follows that page's data). */
  readonly page: string;
  readonly draw: () => Exportable;
}
