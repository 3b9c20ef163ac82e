// The Lighthouse audit's verdicts: which scores miss the budget, which audits to read, which requests left localhost.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { missedTargets } from '../../scripts/lib/lighthouse-targets.ts';
import { failingAudits, foreignRequests, type LighthouseResult } from '../../scripts/lib/lighthouse-findings.ts';

const cases: [string, Parameters<typeof missedTargets>[0], string[]][] = [
  ['all on target', { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 }, []],
  ['performance one under', { performance: 94, accessibility: 100, 'best-practices': 100, seo: 100 }, ['performance']],
  ['SEO 99 misses: the target is 100', { performance: 100, accessibility: 100, 'best-practices': 100, seo: 99 }, ['seo']],
  ['a score Lighthouse could not compute misses', { performance: null, accessibility: 100, 'best-practices': 100, seo: 100 }, ['performance']],
  ['a category left out misses', { performance: 100, accessibility: 100, 'best-practices': 100 }, ['seo']],
];
for (const [name, scores, missed] of cases) {
  test(`missedTargets: ${name}`, () => assert.deepEqual(missedTargets(scores), missed));
}

const lhr: LighthouseResult = {
  categories: { seo: { score: 0.66, auditRefs: [{ id: 'meta-description', weight: 1 }, { id: 'is-crawlable', weight: 4 }, { id: 'hreflang', weight: 1 }, { id: 'structured-data', weight: 0 }, { id: 'canonical', weight: 1 }] } },
  audits: {
    'meta-description': { title: 'Document has a meta description', score: 1, scoreDisplayMode: 'binary' },
    'is-crawlable': { title: 'Page is blocked from indexing', score: 0, scoreDisplayMode: 'binary' },
    hreflang: { title: 'hreflang', score: null, scoreDisplayMode: 'notApplicable' },
    'structured-data': { title: 'Structured data is valid', score: null, scoreDisplayMode: 'manual' },
    canonical: { title: 'Canonical', score: null, scoreDisplayMode: 'error' },
    'network-requests': { title: 'Network requests', score: null, scoreDisplayMode: 'informative', details: { items: [{ url: 'http://127.0.0.1:9/' }, { url: 'data:image/png;base64,AA' }, { url: 'https://tiles.example.org/1/2/3.png' }] } },
  },
};

test('failingAudits lists failed and errored audits, heaviest first, and skips passed, manual and not applicable ones', () => {
  assert.deepEqual(failingAudits(lhr, 'seo').map((a) => a.id), ['is-crawlable', 'canonical']);
});

test('foreignRequests names every request that left the audited origin', () => {
  assert.deepEqual(foreignRequests(lhr, 'http://127.0.0.1:9'), ['https://tiles.example.org/1/2/3.png']);
});
