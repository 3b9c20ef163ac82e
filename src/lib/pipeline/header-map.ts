// Maps the headers a steward wrote onto the schema's columns, refusing personal-data and unknown columns.
import { editDistance } from '../geo/area-key.ts';
import type { Column, FileSchema } from '../schema/column.ts';
import { termKey } from '../vocab/vocabulary.ts';
import type { Issue } from './issues.ts';
import { personalDataHeader } from './personal-data.ts';

export interface HeaderMap {
  /** For each schema column found: its field index and the header as written. */
  readonly found: readonly { readonly column: Column; readonly index: number; readonly header: string }[];
  readonly width: number;
  readonly issues: readonly Issue[];
  /** A second column for an area (Kode Kecamatan beside Nama Kecamatan): read too, and checked against the first. */
  readonly twins: readonly { readonly column: Column; readonly index: number; readonly header: string; readonly of: string }[];
}

/** Resolves headers by canonical name or alias (case, spaces and punctuation ignored). */
export function mapHeader(schema: FileSchema, fields: readonly string[], line = 1): HeaderMap {
  const byKey = new Map<string, Column>();
  for (const column of schema.columns) for (const name of [column.key, ...column.aliases]) byKey.set(termKey(name), column);
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  const found: { column: Column; index: number; header: string }[] = [];
  const twins: { column: Column; index: number; header: string; of: string }[] = [];
  const issue = (header: string, rule: Issue['rule'], params: Record<string, string>): void => {
    issues.push({ file: schema.file, line, column: header || '*', value: header, rule, params });
  };
  fields.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const column = byKey.get(termKey(header));
    if (column === undefined) {
      const kind = personalDataHeader(header);
      if (kind !== undefined) issue(header, 'personal-data-column', { kind });
      else issue(header, 'unknown-column', { suggestion: closestColumn(schema, header), accepted: schema.columns.map((c) => c.key).join(', ') });
      return;
    }
    const earlier = seen.get(column.key);
    if (earlier !== undefined) {
      if ((column.kind === 'kecamatan' || column.kind === 'city') && !twins.some((t) => t.column.key === column.key)) twins.push({ column, index, header, of: earlier });
      else issue(header, 'duplicate-column', { other: earlier });
      return;
    }
    seen.set(column.key, header);
    found.push({ column, index, header });
  });
  for (const column of schema.columns) {
    if (column.required && !seen.has(column.key)) {
      issues.push({ file: schema.file, line, column: column.key, value: column.key, rule: 'missing-column', params: { aliases: column.aliases.join(', ') || '-' } });
    }
  }
  return { found, width: fields.length, issues, twins };
}

function closestColumn(schema: FileSchema, header: string): string {
  const key = termKey(header);
  let best = '';
  let bestDistance = Infinity;
  for (const column of schema.columns) {
    for (const name of [column.key, ...column.aliases]) {
      const distance = editDistance(key, termKey(name));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = column.key;
      }
    }
  }
  return bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : '';
}
