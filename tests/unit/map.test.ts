// Map building blocks: classes of a threshold scale, breaks, legend labels, boundary checks, simplification.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Feature, Polygon } from 'geojson';
import { boundaryFileName, prepareCityGeometry } from '../../src/lib/geo/boundaries.ts';
import { simplifyLayers, vertexCount, type AreaCollection, type AreaProps } from '../../src/lib/geo/simplify-boundaries.ts';
import { classIndex } from '../../src/lib/map/class-index.ts';
import { classLabels, quantileBreaks } from '../../src/lib/map/scales.ts';
import { drawChoropleth } from '../../src/lib/map/choropleth-svg.ts';

const classes: [number | null, number][] = [[null, -1], [0, 0], [0.59, 0], [0.6, 1], [0.8, 2], [0.95, 4], [1, 4]];
for (const [value, expected] of classes) {
  test(`classIndex(${value}) with breaks 0.6/0.75/0.85/0.95 is ${expected}`, () => assert.equal(classIndex([0.6, 0.75, 0.85, 0.95], value), expected));
}

test('quantile breaks are rounded, ascending and distinct', () => {
  assert.deepEqual(quantileBreaks([1, 1, 1, 2, 2, 3, 5, 8, 13, 21], 0), [1, 2, 5, 13]);
  assert.deepEqual(quantileBreaks([0.04, 0.05], 1), [0.1]);
  assert.deepEqual(quantileBreaks([], 1), [1]);
});

test('legend labels state each class in the page language, and no value fits two labels', () => {
  const scale = { metric: 'coverage' as const, breaks: [0.6, 0.75, 0.85, 0.95], colors: ['a', 'b', 'c', 'd', 'e'] };
  assert.deepEqual(classLabels(scale, 'id'), ['< 60%', '60%–74,9%', '75%–84,9%', '85%–94,9%', '95%+']);
  const rate = { metric: 'violationsPer1000' as const, breaks: [1.5, 2, 3.5, 5], colors: ['a', 'b', 'c', 'd', 'e'] };
  assert.deepEqual(classLabels(rate, 'en'), ['< 1.5', '1.5–1.99', '2–3.49', '3.5–4.99', '5+']);
  // Counts are whole numbers: a class of one value is named by that value.
  const count = { metric: 'reported' as const, breaks: [1, 2, 3, 5], colors: ['a', 'b', 'c', 'd', 'e'] };
  assert.deepEqual(classLabels(count, 'en'), ['0', '1', '2', '3–4', '5+']);
});

test('boundary file names follow the regency name', () => {
  assert.equal(boundaryFileName('kecamatan', 'Kota Bogor'), 'kecamatan-kota-bogor.geojson');
  assert.equal(boundaryFileName('kelurahan', 'Kota Depok'), 'kelurahan-kota-depok.geojson');
});

// Two unit squares sharing a wiggly edge at x = 1 (a fixture written here): the same vertices on both sides.
const edge: [number, number][] = Array.from({ length: 51 }, (_, i) => [i % 2 && i < 50 ? 1.0001 : 1, i / 50]);
function square(code: string, side: 'left' | 'right'): Feature<Polygon, AreaProps> {
  const ring: [number, number][] = side === 'left' ? [[0, 0], ...edge, [0, 1], [0, 0]] : [[1, 0], [2, 0], [2, 1], ...[...edge].reverse().slice(0, -1), [1, 0]];
  return { type: 'Feature', properties: { code, name: code }, geometry: { type: 'Polygon', coordinates: [ring] } };
}

test('a covered kecamatan without a polygon, or with two, is refused by code', () => {
  const fc: AreaCollection = { type: 'FeatureCollection', features: [square('32.71.01', 'left'), square('32.71.01', 'right')] };
  const { issues } = prepareCityGeometry(['32.71.01', '32.71.02'], fc, null, 'kecamatan-kota-bogor.geojson');
  assert.deepEqual(issues.map((i) => [i.rule, i.value]), [['boundary-duplicate', '32.71.01'], ['boundary-missing', '32.71.02']]);
});

test('simplification keeps every feature and keeps shared edges shared', () => {
  const fc: AreaCollection = { type: 'FeatureCollection', features: [square('a', 'left'), square('b', 'right')] };
  const out = simplifyLayers(fc, null, 0.2);
  assert.equal(out.kecamatan.features.length, 2);
  assert.ok(vertexCount(out.kecamatan) < vertexCount(fc), 'fewer vertices');
  const onEdge = (f: Feature<Polygon | import('geojson').MultiPolygon>) =>
    new Set((f.geometry.type === 'Polygon' ? f.geometry.coordinates[0]! : []).filter(([x]) => x !== undefined && Math.abs(x - 1) < 0.001).map(([x, y]) => `${x},${y}`));
  assert.deepEqual(onEdge(out.kecamatan.features[0]!), onEdge(out.kecamatan.features[1]!), 'both sides keep the same edge vertices');
});

test('the static choropleth fills by class, hatches no data, links every kecamatan', () => {
  const fc: AreaCollection = { type: 'FeatureCollection', features: [square('a', 'left'), square('b', 'right')] };
  const map = drawChoropleth({
    geometry: fc, width: 200, breaks: [1, 2], colors: ['#c1', '#c2', '#c3'], noDataColor: '#nd',
    value: (code) => (code === 'a' ? 1.5 : null), describe: (code) => `${code}: x`, url: (code) => `/kecamatan/${code}/`,
    labels: { a: [0.5, 0.5], b: [1.5, 0.5] }, names: { a: 'Alpha', b: 'Beta' },
  });
  assert.deepEqual(map.shapes.map((s) => [s.code, s.fill, s.noData, s.href]), [['a', '#c2', false, '/kecamatan/a/'], ['b', '#nd', true, '/kecamatan/b/']]);
  assert.deepEqual(map.labels.map((l) => l.text), ['Alpha', 'Beta']);
  assert.ok(map.height > 50 && map.shapes.every((s) => s.d.startsWith('M')));
});
