// One thing that can be embedded or downloaded (a chart or a map): what its embed page and exports print.
// Its own module so that the modules making exportables need not import the list of them.
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
