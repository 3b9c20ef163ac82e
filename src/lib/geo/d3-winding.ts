// d3-geo reads rings clockwise as the outside of a polygon; GeoJSON (RFC 7946) writes outer rings
// counter-clockwise. Reversing every ring makes d3 draw the polygon, not the rest of the globe.
import type { Feature, FeatureCollection } from 'geojson';
import type { AreaGeometry } from './simplify-boundaries.ts';

export function forD3<P>(f: Feature<AreaGeometry, P>): Feature<AreaGeometry, P> {
  const geometry: AreaGeometry =
    f.geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: f.geometry.coordinates.map((ring) => [...ring].reverse()) }
      : { type: 'MultiPolygon', coordinates: f.geometry.coordinates.map((poly) => poly.map((ring) => [...ring].reverse())) };
  return { ...f, geometry };
}

export function collectionForD3<P>(fc: FeatureCollection<AreaGeometry, P>): FeatureCollection<AreaGeometry, P> {
  return { type: 'FeatureCollection', features: fc.features.map(forD3) };
}
