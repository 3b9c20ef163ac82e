// Enumerated values accept their documented Indonesian and English forms.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { categories, sanctions, statuses, unitTypes, yesNo } from '../../src/lib/vocab/terms.ts';
import { termKey, vocabularyLookup, type Vocabulary } from '../../src/lib/vocab/vocabulary.ts';

const cases: [Vocabulary, string, string | undefined][] = [
  [statuses, 'Sanksi dijatuhkan', 'sanctioned'],
  [statuses, 'sanction imposed', 'sanctioned'],
  [statuses, 'TIDAK TERBUKTI', 'not_violation'],
  [statuses, 'Rekomendasi ke PPK', 'recommended'],
  [statuses, 'Diteruskan ke KASN', 'forwarded'],
  [categories, 'Kampanye di media sosial', 'social_media_campaign'],
  [categories, 'like/share', 'social_media_interaction'],
  [categories, 'Use of state facilities', 'state_facilities'],
  [sanctions, 'Hukuman disiplin sedang', 'medium'],
  [sanctions, 'ringan', 'light'],
  [unitTypes, 'Kantor Kecamatan', 'kecamatan_office'],
  [unitTypes, 'Puskesmas', 'puskesmas'],
  [yesNo, 'YA', 'yes'],
  [yesNo, 'tidak', 'no'],
  [statuses, 'maybe', undefined],
];
for (const [vocab, input, key] of cases) {
  test(`${vocab.name}: ${JSON.stringify(input)} -> ${key ?? 'unknown'}`, () => {
    assert.equal(vocabularyLookup(vocab).get(termKey(input)), key);
  });
}

test('no spelling is claimed by two terms of one vocabulary', () => {
  for (const vocab of [statuses, categories, sanctions, unitTypes]) {
    const owner = new Map<string, string>();
    for (const term of vocab.terms) {
      for (const spelling of [term.key, term.id, term.en, ...(term.aliases ?? [])]) {
        const k = termKey(spelling);
        const prior = owner.get(k);
        assert.ok(prior === undefined || prior === term.key, `${vocab.name}: "${spelling}" belongs to ${prior} and ${term.key}`);
        owner.set(k, term.key);
      }
    }
  }
});
