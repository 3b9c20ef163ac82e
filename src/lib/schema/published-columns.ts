// The columns of a published file, derived from its input schema: every input column is published as
// itself, in the schema's order, unless the file replaces it (an area code becomes code and name) or
// leaves it out ([]). A new input column is therefore published without another edit.
import type { Cell, OutputColumn } from '../pipeline/csv-write.ts';
import type { ColumnKind, FileSchema } from './column.ts';
import type { KeyOf } from './row-of.ts';

type Replaced<S extends FileSchema, R> = { readonly [K in KeyOf<S>]?: readonly OutputColumn<R>[] };
type Kept<S extends FileSchema, O> = Exclude<KeyOf<S>, keyof O>;
/** Compiles only when the published row type holds every column published as itself (else names those it lacks). */
type RowHasKept<S extends FileSchema, O, R> = R extends { readonly [K in Kept<S, O>]: Cell } ? unknown : { readonly rowLacks: Exclude<Kept<S, O>, keyof R> };
/** A replaced key must be a column of the schema. */
type OnlyColumns<S extends FileSchema, O> = Record<Exclude<keyof O, KeyOf<S>>, never>;

/** Kinds whose parsed values are codes, keys, ISO dates, numbers or flags: never quoted. Text and URLs may need quotes. */
const plainKinds: ReadonlySet<ColumnKind> = new Set<ColumnKind>(['id', 'election', 'enum', 'date', 'kecamatan', 'city', 'region', 'count', 'year', 'flag']);

/** `publishedColumns<Row>()(schema, replaced)`: the published columns of rows of type `Row`. */
export function publishedColumns<R>() {
  return <S extends FileSchema, O extends Replaced<S, R>>(schema: S, replaced: O & OnlyColumns<S, O> & RowHasKept<S, O, R>): readonly OutputColumn<R>[] => {
    const byKey = replaced as Readonly<Record<string, readonly OutputColumn<R>[] | undefined>>;
    return schema.columns.flatMap((c) => byKey[c.key] ?? [{ name: c.key, cell: (row: R) => (row as Readonly<Record<string, Cell>>)[c.key], plain: plainKinds.has(c.kind), field: c.key }]);
  };
}
