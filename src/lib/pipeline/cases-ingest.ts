// Ingest of cases.csv, the file that can hold millions of rows: validated, tallied and written out as it
// streams, never held in memory.
import type { Tally } from '../metrics/tally.ts';
import { casesSchema } from '../schema/index.ts';
import type { IngestContext } from './context.ts';
import { csvField, csvLine } from './csv-write.ts';
import { epochDay } from './dates.ts';
import { caseRule } from './file-rules.ts';
import { decidedStatuses } from '../vocab/terms.ts';
import { ingestFile, type FileResult } from './ingest-file.ts';
import type { RowSource } from './input-source.ts';
import type { OutputWriter } from './run.ts';

export const publishedCaseColumns = ['id', 'election', 'city_code', 'city', 'kecamatan_code', 'kecamatan', 'origin', 'category', 'status', 'reported_date', 'decision_date', 'handling_days', 'sanction', 'source', 'source_url', 'demo'] as const;

export interface CasesResult extends FileResult {
  /** Newest date seen in accepted rows ('' if none). */
  readonly newest: string;
}


const s = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Streams cases.csv through the rules into `tally` and the published copy written to `out`. */
export async function ingestCases(label: string, source: RowSource, ctx: IngestContext, out: OutputWriter, tally: Tally): Promise<CasesResult> {
  const { areas } = ctx;
  let newest = '';
  const names = new Map<string, string>();
  const placeOf = (kec: string): string => {
    let text = names.get(kec);
    if (text === undefined) {
      text = `${kec.slice(0, 5)},${csvField(areas.regencies.get(kec.slice(0, 5))?.name ?? '')},${kec},${csvField(areas.districts.get(kec)?.name ?? '')}`;
      names.set(kec, text);
    }
    return text;
  };
  const months = new Map<string, string>();
  const monthOf = (iso: string): string => {
    let month = months.get(iso);
    if (month === undefined) months.set(iso, (month = iso.slice(0, 7)));
    return month;
  };
  let pending = csvLine(publishedCaseColumns);
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
        const kec = r['kecamatan'] as string;
        const reported = r['reported_date'] as string;
        const decided = s(r['decision_date']);
        const status = r['status'] as string;
        // Handling time counts decided cases only (an open case with a date is not finished).
        const handling = decided !== '' && decidedStatuses.has(status) ? epochDay(decided) - epochDay(reported) : null;
        const latest = decided > reported ? decided : reported;
        if (latest > newest) newest = latest;
        const demo = r['demo'] === true;
        const election = r['election'] as string;
        const category = r['category'] as string;
        tally.addCase({ election, kecamatan: kec, status, category, positionGroup: r['position_group'] as string, reportedMonth: monthOf(reported), handlingDays: handling, demo });
        // Codes, keys, ISO dates and official names never need quoting; only the free-text columns do.
        pending += `${r['id'] as string},${election},${placeOf(kec)},${r['origin'] as string},${category},${status},${reported},${decided},${handling ?? ''},${s(r['sanction'])},${csvField(s(r['source']))},${csvField(s(r['source_url']))},${demo ? 'yes' : 'no'}\n`;
      },
    },
  );
  await flush();
  await out.close();
  return { ...result, newest };
}
