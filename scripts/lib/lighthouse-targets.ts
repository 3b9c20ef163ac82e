// The Lighthouse budget of DESIGN.md (mobile), and which of a page's scores miss it.

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

/** Minimum score (0–100) per category: the "Budgets" line of DESIGN.md, written once for the audit and the README. */
export const lighthouseTargets: Readonly<Record<Category, number>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
};

/** The categories in the order the table prints them. */
export const categories = Object.keys(lighthouseTargets) as Category[];

/** Categories whose score is under target (a missing score counts as missed, so a broken run cannot pass). */
export function missedTargets(scores: Readonly<Partial<Record<Category, number | null>>>): Category[] {
  return categories.filter((c) => {
    const score = scores[c];
    return score === undefined || score === null || score < lighthouseTargets[c];
  });
}
