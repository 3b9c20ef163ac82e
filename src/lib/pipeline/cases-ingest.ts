// Ingest of cases.csv, the file that can hold millions of rows: validated, tallied and written out as it
// streams, never held in memory.
import type { Tally } from '../metrics/tally.ts';
import { casesSchema } from '../schema/index.ts';
import type { IngestContext } from './context.ts';
import { csvHeader, csvRowWriter } from './csv-write.ts';
import { caseRule } from './file-rules.ts';
import { ingestFile, type FileResult } from './ingest-file.ts';
import type { RowSource } from './input-source.ts';
import { areaNames } from './outputs/area-names.ts';
import { casesCsvColumns } from './outputs/cases.csv.ts';
import type { OutputWriter } from './pipeline-io.ts';

export interface CasesResult extends FileResult {
  /** Newest date seen in accepted rows ('' if none). */
  readonly newest: string;
}

/** Streams cases.csv through the rules into `tally` and the published copy written to `out`. */
export async function ingestCases(label: string, source: RowSource, ctx: IngestContext, out: OutputWriter, tally: Tally): Promise<CasesResult> {
  let newest = '';
  const columns = casesCsvColumns(areaNames(ctx.areas));
  const csvRow = csvRowWriter(columns);
  let pending = csvHeader(columns);
  const flush = (): Promise<void> | undefined => {
    if (pending.length === 0) return undefined;
    const ok = out.write(pending);
    pending = '';
    return ok ? undefined : out.drained();
  };
  const result = await ingestFile(
    casesSchema,
    label,
    source,
    ctx,
    {
      check: caseRule(ctx),
      afterChunk: flush,
      accept(r) {
        const decided = r.decision_date;
        const latest = decided !== undefined && decided > r.reported_date ? decided : r.reported_date;
        if (latest > newest) newest = latest;
        tally.addCase(r);
        pending += csvRow(r);
      },
    },
  );
  await flush();
  await out.close();
  return { ...result, newest };
}
