// Rows are typed by their schema: a misspelt field, or a published row that lacks a column the schema
// publishes, is a compile error (`npm run check` type-checks this file; each @ts-expect-error must fire),
// and every published file's header is its schema's columns.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EventInfo, SigningInfo } from '../../src/lib/model.ts';
import { csvFile } from '../../src/lib/pipeline/csv-write.ts';
import type { RowCheck } from '../../src/lib/pipeline/ingest-file.ts';
import { casesCsvColumns } from '../../src/lib/pipeline/outputs/cases.csv.ts';
import { electionsCsvColumns } from '../../src/lib/pipeline/outputs/elections.csv.ts';
import { eventsCsvColumns } from '../../src/lib/pipeline/outputs/events.csv.ts';
import { reportedFiguresCsvColumns } from '../../src/lib/pipeline/outputs/reported-figures.csv.ts';
import { signingsCsvColumns } from '../../src/lib/pipeline/outputs/signings.csv.ts';
import { casesSchema, electionsSchema, eventsSchema, reportedFiguresSchema, signingsSchema } from '../../src/lib/schema/index.ts';
import { publishedColumns } from '../../src/lib/schema/published-columns.ts';
import type { RowOf } from '../../src/lib/schema/row-of.ts';

const names = { city: () => 'Kota', kecamatan: () => 'Kecamatan' };
const keys = (schema: { readonly columns: readonly { readonly key: string }[] }) => schema.columns.map((c) => c.key);
const header = (text: string) => text.split('\n')[0];

test('a misspelt field of a row does not compile', () => {
  const row = { decision_date: '2024-10-20' } as RowOf<typeof casesSchema>;
  // @ts-expect-error: cases.csv has no column decison_date
  assert.equal(row.decison_date, undefined);
  // @ts-expect-error: nor with an index
  assert.equal(row['decison_date'], undefined);
  const check: RowCheck<typeof casesSchema> = (_record, _line, report) => {
    // @ts-expect-error: a rule may only name a column of its file
    report('decison_date', '', 'required');
  };
  assert.equal(typeof check, 'function');
});

test('a published row that lacks a column the schema publishes does not compile', () => {
  // @ts-expect-error: a signing published as itself has no city column (it is replaced by city_code and city)
  const columns = publishedColumns<SigningInfo>()(signingsSchema, {});
  // @ts-expect-error: a replaced key must be a column of the file
  publishedColumns<EventInfo>()(eventsSchema, { titel_id: [] });
  assert.ok(columns.length > 0);
});

test('every published file carries its schema columns, in order, with only the named replacements', () => {
  const expected = (schema: { readonly columns: readonly { readonly key: string }[] }, replaced: Record<string, readonly string[]>) =>
    keys(schema).flatMap((k) => replaced[k] ?? [k]).join(',');
  assert.equal(header(csvFile(eventsCsvColumns, [])), expected(eventsSchema, {}));
  assert.equal(header(csvFile(electionsCsvColumns, [])), expected(electionsSchema, { demo: [] }));
  assert.equal(header(csvFile(signingsCsvColumns(names), [])), expected(signingsSchema, { city: ['city_code', 'city'], kecamatan: ['kecamatan_code', 'kecamatan'] }));
  assert.equal(
    header(csvFile(casesCsvColumns(names), [])),
    expected(casesSchema, { kecamatan: ['city_code', 'city', 'kecamatan_code', 'kecamatan'], position_group: [], decision_date: ['decision_date', 'handling_days'] }),
  );
  assert.equal(header(csvFile(reportedFiguresCsvColumns({}), [])), expected(reportedFiguresSchema, { region: ['region', 'region_name'] }));
});

test('the published header is the one the site has always published', () => {
  // Locked so a schema edit that renames or reorders a published column is seen, not shipped silently.
  assert.equal(header(csvFile(casesCsvColumns(names), [])), 'id,election,city_code,city,kecamatan_code,kecamatan,origin,category,status,reported_date,decision_date,handling_days,sanction,source,source_url,demo');
  assert.equal(header(csvFile(signingsCsvColumns(names), [])), 'id,election,date,city_code,city,kecamatan_code,kecamatan,unit_type,unit_name,activity,signatories,staff_total,source,source_url,demo');
});
