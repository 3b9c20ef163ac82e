// publish/cases.csv: the columns of cases.csv, without the position group (it could single out a camat or
// lurah), each kecamatan with its city, and the handling time in days. Written as cases.csv streams.
import { casesSchema } from '../../schema/index.ts';
import { publishedColumns } from '../../schema/published-columns.ts';
import type { RowOf } from '../../schema/row-of.ts';
import type { OutputColumn } from '../csv-write.ts';
import type { AreaNames } from './area-names.ts';
import { handlingDays } from '../../metrics/tally.ts';

type CaseRow = RowOf<typeof casesSchema>;

export function casesCsvColumns(names: AreaNames): readonly OutputColumn<CaseRow>[] {
  return publishedColumns<CaseRow>()(casesSchema, {
    kecamatan: [
      { name: 'city_code', cell: (r) => r.kecamatan.slice(0, 5), plain: true, of: 'kecamatan' },
      { name: 'city', cell: (r) => names.city(r.kecamatan.slice(0, 5)), of: 'kecamatan' },
      { name: 'kecamatan_code', cell: (r) => r.kecamatan, plain: true, of: 'kecamatan' },
      { name: 'kecamatan', cell: (r) => names.kecamatan(r.kecamatan), of: 'kecamatan' },
    ],
    position_group: [],
    decision_date: [
      { name: 'decision_date', cell: (r) => r.decision_date, plain: true, field: 'decision_date' },
      { name: 'handling_days', cell: handlingDays, plain: true },
    ],
    demo: [{ name: 'demo', cell: (r) => r.demo === true, plain: true }],
  });
}
