// The types a schema declares: the row an input file yields, the model it becomes. Written once, in the
// schema; a misspelt field is a compile error wherever a row is read.
import type { Column, ColumnKind, FileSchema } from './column.ts';

/** What a parsed value of each kind is: counts and years are numbers, flags booleans, the rest strings. */
export type KindValue<K extends ColumnKind> = K extends 'count' | 'year' ? number : K extends 'flag' ? boolean : string;

/** The canonical keys of a file's columns. */
export type KeyOf<S extends FileSchema> = S['columns'][number]['key'];

type ColumnOf<S extends FileSchema, K extends KeyOf<S>> = Extract<S['columns'][number], { readonly key: K }>;
type ValueOf<C extends Column> = KindValue<C['kind']>;

/** A row that passed every rule: required columns hold a value, optional ones may be blank (undefined). */
export type RowOf<S extends FileSchema> = {
  readonly [K in KeyOf<S>]: ColumnOf<S, K>['required'] extends true ? ValueOf<ColumnOf<S, K>> : ValueOf<ColumnOf<S, K>> | undefined;
};

/** A row as the file's cross-field rules see it: any value may be missing (blank or refused). */
export type CheckedRow<S extends FileSchema> = { readonly [K in KeyOf<S>]: ValueOf<ColumnOf<S, K>> | undefined };

/** A row as the pages read it: a blank text is '', a blank count 0, a blank flag false. */
export type ModelOf<S extends FileSchema> = { readonly [K in KeyOf<S>]: ValueOf<ColumnOf<S, K>> };

const blank = (kind: ColumnKind): string | number | boolean => (kind === 'count' || kind === 'year' ? 0 : kind === 'flag' ? false : '');

/** The model of an accepted row without the `omit` columns, its keys in the schema's column order (the order the JSON outputs keep). */
export function modelOf<S extends FileSchema, O extends KeyOf<S> = never>(schema: S, row: RowOf<S>, omit: readonly O[] = []): Omit<ModelOf<S>, O> {
  const values = row as Readonly<Record<string, string | number | boolean | undefined>>;
  const dropped = new Set<string>(omit);
  return Object.fromEntries(schema.columns.filter((c) => !dropped.has(c.key)).map((c) => [c.key, values[c.key] ?? blank(c.kind)])) as Omit<ModelOf<S>, O>;
}
