// What a run has gathered so far: the problems found, the rows each file held, and the ingested data the
// outputs are made from. Input stages add to it, in order; nothing else is shared between stages.
import type { AreaIndex } from '../geo/area-index.ts';
import type { EventInfo, SigningInfo } from '../model.ts';
import { Tally } from '../metrics/tally.ts';
import type { RecordFigure } from '../record/record-figure.ts';
import type { IngestContext } from './context.ts';
import type { FileResult } from './ingest-file.ts';
import { openInput, type InputIO, type RowSource } from './input-source.ts';
import type { Issue } from './issues.ts';
import type { Rule } from './messages.ts';

export interface Run {
  readonly ctx: IngestContext;
  readonly issues: Issue[];
  /** Problems that do not stop the release but that the steward must see (each names its file). */
  readonly warnings: Issue[];
  /** Issues counted but not listed, per file and rule. */
  readonly dropped: { readonly file: string; readonly rule: Rule; readonly count: number }[];
  readonly rowCounts: Record<string, number>;
  readonly demoCounts: Record<string, number>;
  /** ASN per kecamatan per year. */
  readonly headcount: Map<string, Map<number, number>>;
  readonly events: EventInfo[];
  readonly record: RecordFigure[];
  readonly signings: SigningInfo[];
  readonly tally: Tally;
  /** Newest date seen in accepted rows ('' if none). */
  newest: string;
}

export function newRun(areas: AreaIndex, today: string): Run {
  const ctx: IngestContext = { areas, cities: new Map(), elections: new Map(), today };
  return { ctx, issues: [], warnings: [], dropped: [], rowCounts: {}, demoCounts: {}, headcount: new Map(), events: [], record: [], signings: [], tally: new Tally(), newest: '' };
}

export function seeDate(run: Run, date: string): void {
  if (date > run.newest) run.newest = date;
}

/** Opens one input as the steward named it and reads it with `read`, recording its problems and row counts. */
export async function readInput<R extends FileResult>(io: InputIO, run: Run, file: string, read: (label: string, rows: RowSource) => Promise<R>): Promise<R | undefined> {
  const input = await openInput(io, file);
  if (!input.ok) {
    run.issues.push(...input.issues);
    return undefined;
  }
  run.warnings.push(...input.warnings);
  const result = await read(input.name, input.rows);
  run.issues.push(...input.late, ...(unreadable(input.late) ? [] : result.issues));
  run.warnings.push(...result.warnings);
  for (const [rule, count] of result.dropped) run.dropped.push({ file: input.name, rule, count });
  run.rowCounts[file] = result.rows;
  run.demoCounts[file] = result.demo;
  return result;
}

/** A file whose text could not be decoded: its other issues are artefacts of the cut-off read. */
function unreadable(late: readonly Issue[]): boolean {
  return late.some((i) => i.rule === 'not-utf8' || i.rule === 'replacement-character' || i.rule === 'unreadable-workbook');
}
