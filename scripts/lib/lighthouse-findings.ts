// What a Lighthouse report says is wrong, reduced to lines a person can act on.
import type { Category } from './lighthouse-targets.ts';

/** The parts of a Lighthouse result (LHR) this project reads; kept small so tests can build one by hand. */
export interface LighthouseResult {
  environment?: { benchmarkIndex?: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: { type?: string; items?: unknown[] } }>;
}

/** Scores as whole numbers 0–100, as Lighthouse shows them. */
export function categoryScores(lhr: LighthouseResult, wanted: readonly Category[]): Record<Category, number | null> {
  const out = {} as Record<Category, number | null>;
  for (const c of wanted) {
    const score = lhr.categories[c]?.score;
    out[c] = score === undefined || score === null ? null : Math.round(score * 100);
  }
  return out;
}

/** Scored audits of a category that did not pass, heaviest first: the list to read when a target is missed. */
export function failingAudits(lhr: LighthouseResult, category: Category): { id: string; title: string; weight: number; score: number; displayValue?: string }[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const out = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || ['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode)) continue;
    // An audit that could not run is a failure too: its score is unknown, not perfect.
    const score = audit.scoreDisplayMode === 'error' ? 0 : audit.score;
    if (score === null || score >= 1) continue;
    out.push({ id: ref.id, title: audit.title, weight: ref.weight, score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) });
  }
  return out.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

/** Requests a page made to anything but the audited origin: there must be none (no network, and no leaks to third parties). */
export function foreignRequests(lhr: LighthouseResult, origin: string): string[] {
  const items = (lhr.audits['network-requests']?.details?.items ?? []) as { url?: string }[];
  return items
    .map((i) => i.url ?? '')
    .filter((url) => url !== '' && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith(origin));
}
