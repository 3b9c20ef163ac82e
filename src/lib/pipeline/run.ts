// The whole ingest as a list of stages: each input file read in order into the run, then, when nothing is
// wrong, each published file written from the model of the run.
import type { AreaIndex } from '../geo/area-index.ts';
import type { SiteData } from '../model.ts';
import { casesInput } from './inputs/cases.ts';
import { citiesInput } from './inputs/cities.ts';
import { electionsInput } from './inputs/elections.ts';
import { eventsInput } from './inputs/events.ts';
import { headcountInput } from './inputs/headcount.ts';
import type { InputStage } from './inputs/input-stage.ts';
import { reportedFiguresInput } from './inputs/reported-figures.ts';
import { signingsInput } from './inputs/signings.ts';
import { compareIssues, type Issue } from './issues.ts';
import type { Rule } from './messages.ts';
import { electionsCsv } from './outputs/elections.csv.ts';
import { eventsCsv } from './outputs/events.csv.ts';
import { geo } from './outputs/geo.ts';
import { kecamatanTotalsCsv } from './outputs/kecamatan-totals.csv.ts';
import { kecamatanTotalsJson } from './outputs/kecamatan-totals.json.ts';
import type { GeoReport, OutputStage } from './outputs/output-stage.ts';
import { publishedRecord } from './outputs/published-record.ts';
import { recordJson } from './outputs/record.json.ts';
import { reportedFiguresCsv } from './outputs/reported-figures.csv.ts';
import { reportedFiguresJson } from './outputs/reported-figures.json.ts';
import { signingsCsv } from './outputs/signings.csv.ts';
import { siteDataJson } from './outputs/site-data.json.ts';
import type { PipelineIO } from './pipeline-io.ts';
import { newRun, type Run } from './run-state.ts';
import { electionsByVotingDate, siteModel } from './site-model.ts';

export type { OutputWriter, PipelineIO } from './pipeline-io.ts';

export interface PipelineResult {
  readonly issues: readonly Issue[];
  /** Problems that do not stop the release but that the steward must see (each names its file). */
  readonly warnings: readonly Issue[];
  /** Issues counted but not listed, per file and rule. */
  readonly dropped: readonly { readonly file: string; readonly rule: Rule; readonly count: number }[];
  readonly rowCounts: Readonly<Record<string, number>>;
  readonly site: SiteData | undefined;
  /** What the geography stage found, when the IO carries boundaries and the run was clean. */
  readonly geo?: GeoReport;
}

/** References before the rows that use them: coverage and elections, denominators, timeline, record, rows. */
export const inputStages: readonly InputStage[] = [citiesInput, electionsInput, headcountInput, eventsInput, reportedFiguresInput, signingsInput, casesInput];

/** Every published file, in the order they are written; geography last. */
export const outputStages: readonly OutputStage[] = [siteDataJson, signingsCsv, eventsCsv, electionsCsv, recordJson, reportedFiguresCsv, reportedFiguresJson, kecamatanTotalsJson, kecamatanTotalsCsv, geo];

export async function runPipeline(io: PipelineIO, areas: AreaIndex, today: string): Promise<PipelineResult> {
  const run = newRun(areas, today);
  for (const stage of inputStages) if ((await stage(io, run)) === 'stop') return result(run, undefined);
  if (run.issues.length > 0) return result(run, undefined);
  const site = siteModel(run);
  const elections = electionsByVotingDate(run);
  const published = { site, areas, elections, record: await publishedRecord(run.record, elections, areas) };
  let geoReport: GeoReport | undefined;
  for (const stage of outputStages) {
    const report = await stage(io, published);
    run.issues.push(...(report?.issues ?? []));
    geoReport = report?.geo ?? geoReport;
  }
  return { ...result(run, site), ...(geoReport === undefined ? {} : { geo: geoReport }) };
}

function result(run: Run, site: SiteData | undefined): PipelineResult {
  const { warnings, dropped, rowCounts } = run;
  return { issues: site === undefined ? run.issues.sort(compareIssues) : run.issues, warnings, dropped, rowCounts, site };
}
