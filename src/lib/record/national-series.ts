// The national series per election: for each election, the one statement that says most about reported -> proven -> sanctioned.
import type { ElectionInfo } from '../model.ts';
import type { RecordFigure } from './record-figure.ts';
import { statementGroups, type StatementGroup } from './statement-shares.ts';

export const SERIES_STAGES = ['reported', 'proven', 'sanctioned'] as const;
export type SeriesStage = (typeof SERIES_STAGES)[number];

export interface SeriesPoint {
  readonly election: ElectionInfo;
  /** The chosen statement, or null when the record has no national figure for the election. */
  readonly group: StatementGroup | null;
  /** Figure per stage; "reported" falls back to Bawaslu's findings when no report count was stated. */
  readonly stages: Readonly<Record<SeriesStage, RecordFigure | null>>;
}

const stagesOf = (g: StatementGroup): Record<SeriesStage, RecordFigure | null> => ({
  reported: g.figures['reported'] ?? g.figures['findings'] ?? null,
  proven: g.figures['proven'] ?? null,
  sanctioned: g.figures['sanctioned'] ?? null,
});
const stated = (g: StatementGroup): number => SERIES_STAGES.filter((s) => stagesOf(g)[s] !== null).length;

/** One point per election, oldest first: the national statement with most stages, then the latest "as of", then the latest statement. */
export function nationalSeries(elections: readonly ElectionInfo[], figures: readonly RecordFigure[]): SeriesPoint[] {
  const national = statementGroups(figures.filter((f) => f.scope === 'national'));
  return elections.map((election) => {
    const best = national
      .filter((g) => g.election === election.id && stated(g) > 0)
      .sort((a, b) => stated(b) - stated(a) || b.as_of.localeCompare(a.as_of) || b.stated_date.localeCompare(a.stated_date) || a.statement.localeCompare(b.statement))[0];
    return { election, group: best ?? null, stages: best ? stagesOf(best) : { reported: null, proven: null, sanctioned: null } };
  });
}
