// The embed snippet's fixed height: enough for the tallest layout between 360 and 760 px, a map capped so a
// tall city does not make the frame a page long, more text needing more room.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedFrameHeight } from '../../src/lib/export/embed-frame-height.ts';

const texts = { title: 'Kasus netralitas ASN per bulan di Kota Bogor', subtitle: 'Jumlah ASN yang dilaporkan dan yang terbukti melanggar', source: 'Sumber: Pantau Netralitas ASN.' };

test('a chart gets the height of its phone layout at 360 px when that is the taller one', () => {
  // Phone layout 340 × 680 drawn 336 px wide is 672 px; the wide one 720 × 300 at 736 px is 307 px.
  const height = embedFrameHeight({ ...texts, wide: { width: 720, height: 300 }, narrow: { width: 340, height: 680 } });
  assert.ok(height >= 672 + 24 + 60, `${height}`);
  assert.ok(height <= 672 + 24 + 220, `${height}`);
  assert.equal(height % 10, 0);
});

test('a chart without a phone layout is sized by its wide drawing at both widths', () => {
  const height = embedFrameHeight({ ...texts, wide: { width: 720, height: 400 } });
  assert.ok(height >= (736 * 400) / 720 + 24 + 60, `${height}`);
});

test('a tall map is capped, and its legend is counted', () => {
  const tall = embedFrameHeight({ ...texts, wide: { width: 760, height: 1100 }, legend: { title: texts.subtitle, labels: ['< 1,7', '1,7–2,19', '2,2–3,09', '3,1–4,39', '4,4+', 'Tidak ada data'] } });
  assert.ok(tall < 900, `${tall}`);
  const withoutLegend = embedFrameHeight({ ...texts, wide: { width: 760, height: 1100 }, legend: { title: '', labels: [] } });
  assert.ok(tall > withoutLegend);
});

test('a longer title needs a taller frame', () => {
  const short = embedFrameHeight({ ...texts, wide: { width: 720, height: 300 } });
  const long = embedFrameHeight({ ...texts, title: texts.title.repeat(4), wide: { width: 720, height: 300 } });
  assert.ok(long > short);
});
