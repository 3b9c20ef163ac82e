// The route table: every page's path in each language, read back by pageOf; the pseudo-locale's texts and
// the per-language data columns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { en } from '../../src/i18n/en.ts';
import { authored, localized, recordNote, t } from '../../src/i18n/index.ts';
import { languages, type Lang } from '../../src/i18n/languages.ts';
import { pseudo, pseudoDictionary } from '../../src/i18n/pseudo.ts';
import { exportFolder, feedFolder, pageOf, pathOf, pathParam, type PageRef } from '../../src/i18n/routes.ts';

// The site's addresses before the route table (src/pages/ and src/pages/en/ at a7d160e): they must not move.
const addresses: readonly [PageRef, string, string][] = [
  [{ page: 'home' }, '/', '/en/'],
  [{ page: 'about' }, '/tentang/', '/en/about/'],
  [{ page: 'methodology' }, '/metodologi/', '/en/methodology/'],
  [{ page: 'data' }, '/data/', '/en/data/'],
  [{ page: 'search' }, '/cari/', '/en/search/'],
  [{ page: 'updates' }, '/pembaruan/', '/en/updates/'],
  [{ page: 'record' }, '/catatan-resmi/', '/en/official-record/'],
  [{ page: 'city', slug: 'bogor' }, '/kota/bogor/', '/en/city/bogor/'],
  [{ page: 'kecamatan', code: '32.73.22' }, '/kecamatan/32.73.22/', '/en/kecamatan/32.73.22/'],
  [{ page: 'embed', id: 'cases-monthly-bogor' }, '/embed/cases-monthly-bogor/', '/en/embed/cases-monthly-bogor/'],
  [{ page: 'province', code: '32' }, '/provinsi/32/', '/en/province/32/'],
  [{ page: 'searchProvince', code: '32' }, '/cari/32/', '/en/search/32/'],
];

for (const [ref, id, english] of addresses) {
  test(`${JSON.stringify(ref)} lives at ${id} and ${english}, and pageOf reads both back`, () => {
    assert.equal(pathOf(ref, 'id'), id);
    assert.equal(pathOf(ref, 'en'), english);
    assert.deepEqual(pageOf(id), { ref, lang: 'id' });
    assert.deepEqual(pageOf(english), { ref, lang: 'en' });
  });
}

test('every page of every language, the pseudo-locale too, reads back to itself', () => {
  for (const lang of Object.keys(languages) as Lang[]) {
    for (const [ref] of addresses) {
      assert.deepEqual(pageOf(pathOf(ref, lang)), { ref, lang });
      assert.equal(`/${pathParam(ref, lang) ?? ''}/`.replace('//', '/'), pathOf(ref, lang), 'the route parameter is the path without slashes');
    }
  }
  assert.equal(pathOf({ page: 'city', slug: 'bogor' }, 'xx'), '/xx/city/bogor/');
});

test('paths that are not pages are not read as pages', () => {
  for (const path of ['/data/cases.csv/', '/kota/', '/en/kota/bogor/', '/city/bogor/', '/export/x/', '/kecamatan/32.73.22/extra/', '/tentang', 'tentang/']) assert.equal(pageOf(path), null, path);
});

test('downloads and feeds sit in each language\'s folder', () => {
  assert.deepEqual([exportFolder('id'), exportFolder('en'), exportFolder('xx')], ['export', 'en/export', 'xx/export']);
  assert.deepEqual([feedFolder('id'), feedFolder('en'), feedFolder('xx')], ['pembaruan', 'en/updates', 'xx/updates']);
});

test('the pseudo-locale brackets every text of the English dictionary, strings and functions alike', () => {
  const xx = t('xx');
  assert.equal(xx.nav.home, pseudo(en.nav.home));
  assert.equal(xx.home.title('Kota Bogor'), pseudo(en.home.title('Kota Bogor')));
  assert.deepEqual(xx.kecamatan.signingsHead, en.kecamatan.signingsHead.map(pseudo));
  assert.deepEqual(pseudoDictionary({ a: 'x', b: [1, 'y'], c: () => ['z'] }).c(), ['⟦z⟧']);
});

test('data texts come from the reader\'s language column; the pseudo-locale brackets the English one', () => {
  const election = { name_id: 'Pilkada 2018', name_en: '2018 regional elections' };
  assert.deepEqual((['id', 'en', 'xx'] as const).map((lang) => localized(lang, election, 'name')), ['Pilkada 2018', '2018 regional elections', '⟦2018 regional elections⟧']);
  assert.equal(recordNote('en', { note: 'catatan', note_en: 'a note' }), 'a note');
  assert.equal(authored('id', { id: 'Sumber', en: 'Source' }), 'Sumber');
});
