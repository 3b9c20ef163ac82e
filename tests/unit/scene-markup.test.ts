// A chart's inline SVG: every text escaped (a place or tip text cannot open a tag or end an attribute), one tab
// stop on the first mark with a tip, each mark's tip as its accessible name, and the same string for the same
// scene and labels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Scene } from '../../src/lib/charts/scene.ts';
import { sceneMarkup } from '../../src/lib/charts/scene-markup.ts';

const hostile = `<script>alert("x")</script> & 'Ci"wi'`;
const scene: Scene = {
  width: 300,
  height: 120,
  shapes: [
    { t: 'text', x: 0, y: 12, text: hostile, cls: 'legend' },
    { t: 'rect', x: 0, y: 20, w: 10, h: 30, fill: '#08519c' },
    { t: 'rect', x: 20, y: 20, w: 10, h: 40, fill: '#08519c', tip: `Mei 2024: 3 "terbukti" & <1>` },
    { t: 'circle', x: 50, y: 50, r: 4, fill: '#fff', stroke: '#000', tip: 'Juni 2024: 1' },
    { t: 'line', x1: 0, y1: 100, x2: 300, y2: 100, stroke: '#d5dbe0', dash: '3 2' },
    { t: 'path', d: 'M0,0L10,10', stroke: '#000' },
    { t: 'text', x: 298, y: 110, text: 'DATA DEMO', anchor: 'end', fill: '#ffffff', size: 10.5, weight: 700 },
  ],
};
const labels = { id: 'cases-monthly-32-71-01-wide', title: `Kasus di "Bogor" <Tengah>`, desc: `A & B's`, className: 'chart-wide' };

test('every text and attribute is escaped: the markup has exactly the tags of the scene', () => {
  const svg = sceneMarkup(scene, labels);
  assert.ok(!svg.includes('<script'), svg);
  assert.match(svg, /<text x="0" y="12" text-anchor="start" class="legend">&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &#39;Ci&quot;wi&#39;<\/text>/);
  assert.match(svg, /data-tip="Mei 2024: 3 &quot;terbukti&quot; &amp; <1>"/);
  assert.match(svg, /<title id="cases-monthly-32-71-01-wide-t">Kasus di &quot;Bogor&quot; &lt;Tengah&gt;<\/title><desc id="cases-monthly-32-71-01-wide-d">A &amp; B&#39;s<\/desc>/);
  const tags = [...svg.matchAll(/<([a-z]+)[\s>]/g)].map((m) => m[1]);
  assert.deepEqual(tags, ['svg', 'title', 'desc', 'text', 'rect', 'rect', 'title', 'circle', 'title', 'line', 'path', 'text']);
});

test('the first mark with a tip is the one tab stop; each tip is its mark\'s accessible name and title', () => {
  const svg = sceneMarkup(scene, labels);
  assert.deepEqual([...svg.matchAll(/tabindex="(-?\d)"/g)].map((m) => m[1]), ['0', '-1']);
  assert.match(svg, /<circle cx="50" cy="50" r="4" fill="#fff" stroke="#000" data-tip="Juni 2024: 1" tabindex="-1" role="img" aria-label="Juni 2024: 1"><title>Juni 2024: 1<\/title><\/circle>/);
  assert.match(svg, /^<svg class="chart chart-wide" id="cases-monthly-32-71-01-wide" viewBox="0 0 300 120" role="img" aria-labelledby="cases-monthly-32-71-01-wide-t cases-monthly-32-71-01-wide-d" xmlns="http:\/\/www.w3.org\/2000\/svg">/);
  assert.match(svg, /<line x1="0" y1="100" x2="300" y2="100" stroke="#d5dbe0" stroke-width="1" stroke-dasharray="3 2"><\/line><path d="M0,0L10,10" stroke="#000" stroke-width="1.5" fill="none"><\/path>/);
  assert.match(svg, /<text x="298" y="110" text-anchor="end" fill="#ffffff" font-size="10.5" font-weight="700">DATA DEMO<\/text><\/svg>$/);
});

test('the same scene and labels give the same string; other labels give their own', () => {
  assert.equal(sceneMarkup(scene, labels), sceneMarkup(scene, { ...labels }));
  const narrow = sceneMarkup(scene, { ...labels, id: 'cases-monthly-32-71-01-narrow', className: 'chart-narrow' });
  assert.match(narrow, /^<svg class="chart chart-narrow" id="cases-monthly-32-71-01-narrow"/);
  assert.match(sceneMarkup(scene, { ...labels, className: undefined }), /^<svg class="chart" id=/);
});
