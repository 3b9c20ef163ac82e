// One table of chart text styles feeds the page's CSS and the standalone SVG export: the stylesheet's block
// is what the table writes, its colours are the palette's, and the export inlines the same sizes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { chartTextCss, withChartTextCss } from '../../src/lib/charts/chart-text-css.ts';
import { exportTextStyle, TEXT_FILLS, TEXT_STYLES } from '../../src/lib/charts/text-styles.ts';
import { exportSvg } from '../../src/lib/export/svg-document.ts';

const css = readFileSync('src/styles/global.css', 'utf8');

test('global.css holds the chart-text block the table writes (run `npm run css:chart-text` after editing text-styles.ts)', () => {
  assert.ok(css.includes(chartTextCss()), `expected in src/styles/global.css:\n${chartTextCss()}`);
  assert.equal(withChartTextCss(css), css);
});

test("each fill the table names is a custom property of the page with the palette's value", () => {
  for (const [name, value] of Object.entries(TEXT_FILLS)) assert.match(css, new RegExp(`--${name}: ${value};`), name);
});

test('the export gives each class the size the page gives it, and unknown classes the base size', () => {
  for (const [cls, style] of Object.entries(TEXT_STYLES)) {
    assert.equal(exportTextStyle(cls).size, style.size, cls);
    if (style.size !== 11) assert.match(chartTextCss(), new RegExp(`svg\\.chart text\\.${cls}[^{]*\\{ font-size: ${style.size}px; \\}`), cls);
  }
  assert.deepEqual(exportTextStyle(undefined), { size: 11, fill: TEXT_FILLS.ink });
  assert.deepEqual(exportTextStyle('map-label'), { size: 11, fill: TEXT_FILLS.ink });
});

test("a text's class sets its size and colour in the exported SVG; its own size, colour and weight win", () => {
  const svg = exportSvg(
    { width: 200, height: 40, shapes: [{ t: 'text', x: 0, y: 10, text: 'a', cls: 'note' }, { t: 'text', x: 0, y: 20, text: 'b', cls: 'panel-title', weight: 700, size: 14, fill: '#123456' }] },
    { title: 'T', subtitle: 'S', source: 'Src', footer: 'F', demo: null },
  );
  assert.match(svg, /<text x="0" y="10" text-anchor="start" font-size="10.5" fill="#44515e">a<\/text>/);
  assert.match(svg, /<text x="0" y="20" text-anchor="start" font-size="14" fill="#123456" font-weight="700">b<\/text>/);
});
