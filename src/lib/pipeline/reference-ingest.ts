// The reference tables (kecamatan name variants, BPS-to-Kemendagri bridge), shipped and from the data folder,
// read through the same ingest as the main inputs: schema, line-numbered errors, the same wording. A data
// folder row that overrides a shipped one is a warning naming both rows.
import type { AliasRow, BpsRow, District } from '../geo/area-index.ts';
import { editDistance, kecamatanKey } from '../geo/area-key.ts';
import { aliasesSchema, bpsBridgeSchema } from '../schema/reference.ts';
import type { FileSchema } from '../schema/column.ts';
import type { IngestContext } from './context.ts';
import { ingestFile, type FileHandlers } from './ingest-file.ts';
import { openInput, type InputIO } from './input-source.ts';
import type { Issue } from './issues.ts';

export interface ReferenceSource {
  readonly io: InputIO;
  /** How rows of this source are named in an override warning, e.g. "shipped" or the data folder. */
  readonly label: string;
}

export interface ReferenceTables {
  readonly bps: BpsRow[];
  readonly aliases: AliasRow[];
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

/** "32.71.05", "32 71 05" or "327105" -> "32.71.05"; anything else unchanged. */
function districtCode(raw: string): string {
  const m = /^(\d{2})[.\s-]?(\d{2})[.\s-]?(\d{2})$/.exec(raw.trim());
  return m ? `${m[1]}.${m[2]}.${m[3]}` : raw.trim();
}

/** Reads both tables from every source in order (shipped first); later rows win, with a warning when they differ. */
export async function ingestReferences(sources: readonly ReferenceSource[], districts: ReadonlyMap<string, District>): Promise<ReferenceTables> {
  const out: ReferenceTables = { bps: [], aliases: [], issues: [], warnings: [] };
  // Text columns read no context: the tables are read before the area index they feed exists.
  const ctx = { areas: undefined, cities: new Map(), elections: new Map(), today: '9999-12-31' } as unknown as IngestContext;
  const firstSeen = { bps: new Map<string, { code: string; where: string }>(), alias: new Map<string, { code: string; where: string }>() };

  const read = async <S extends FileSchema>(source: ReferenceSource, schema: S, handlers: (label: string) => FileHandlers<S>): Promise<void> => {
    const input = await openInput(source.io, schema.file);
    if (!input.ok) return; // Optional tables: a missing one is simply absent.
    out.warnings.push(...input.warnings);
    const result = await ingestFile(schema, input.name, input.rows, ctx, handlers(input.name));
    out.issues.push(...input.late, ...result.issues);
  };
  const override = (kind: 'bps' | 'alias', key: string, code: string, file: string, line: number, column: string, value: string, source: ReferenceSource): void => {
    const earlier = firstSeen[kind].get(key);
    if (earlier !== undefined && earlier.code !== code) {
      out.warnings.push({ file, line, column, value, rule: 'reference-override', params: { shipped: earlier.where, shippedCode: earlier.code, code } });
    }
    firstSeen[kind].set(key, { code, where: `${source.label}/${file}:${line}` });
  };

  for (const source of sources) {
    await read(source, aliasesSchema, (file) => ({
      check(r, _line, report, raw) {
        if (r.code !== undefined && !districts.has(districtCode(r.code))) report('code', raw('code'), 'reference-unknown-code');
      },
      accept(r, line) {
        const code = districtCode(r.code);
        override('alias', kecamatanKey(r.alias), code, file, line, 'code', code, source);
        out.aliases.push({ alias: r.alias, code });
      },
    }));
    await read(source, bpsBridgeSchema, (file) => ({
      check(r, _line, report, raw) {
        const bps = r.bps_code ?? '';
        if (bps !== '' && !/^\d{7}$/.test(bps)) report('bps_code', raw('bps_code'), 'reference-bad-bps-code');
        const code = districtCode(r.code ?? '');
        const district = districts.get(code);
        if (r.code !== undefined && district === undefined) report('code', raw('code'), 'reference-unknown-code');
        const name = r.bps_name ?? '';
        if (district !== undefined && name !== '') {
          const a = kecamatanKey(name);
          const b = kecamatanKey(district.name);
          if (a !== b && editDistance(a, b) > 2) report('bps_name', raw('bps_name'), 'reference-name-mismatch', { code, name: district.name });
        }
      },
      accept(r, line) {
        const code = districtCode(r.code);
        override('bps', r.bps_code, code, file, line, 'code', code, source);
        out.bps.push({ bps_code: r.bps_code, code });
      },
    }));
  }
  return out;
}
