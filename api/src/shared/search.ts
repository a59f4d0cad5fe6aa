import { Index } from '@mikro-orm/core';

/**
 * The free-text search `q`: accent- and case-insensitive (« helene » finds « Hélène »), a text found anywhere in one of
 * the searched fields, each backed by a trigram index (PostgreSQL `pg_trgm`) on its unaccented value.
 */

/**
 * PostgreSQL's `unaccent` is STABLE (it reads a dictionary), so it cannot appear in an index: the migration
 * (Migration20261201091549_TextSearch) wraps it, with the dictionary fixed, in this IMMUTABLE function.
 */
export const UNACCENT = 'immutable_unaccent';

/** A text matched literally inside a LIKE pattern (its %, _ and \\ escaped). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The indexed expression of a searched column (an SQL column reference, e.g. `e0."last_name"`). */
export const searchedExpression = (column: string) => `${UNACCENT}(${column})`;

/**
 * The one SQL fragment of `q` over `columns` (SQL column references): true when one of them contains `text`, accents
 * and case aside, in the form the trigram indexes serve. `?` placeholders, one per column, values in `params`. With no
 * column, nothing matches.
 */
export function searchSql(columns: string[], text: string): { sql: string; params: string[] } {
  if (!columns.length) return { sql: 'false', params: [] };
  const pattern = `%${escapeLike(text)}%`;
  return {
    sql: `(${columns.map((c) => `${searchedExpression(c)} ilike ${UNACCENT}(?)`).join(' or ')})`,
    params: columns.map(() => pattern),
  };
}

const searchable = new WeakMap<object, readonly string[]>();

/** The properties `q` searches on an entity (none when it declares none). */
export const searchableFields = (entity: object): readonly string[] => searchable.get(entity) ?? [];

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Entity decorator: `q` searches these properties, and each gets its trigram index on its unaccented value (declared
 * to MikroORM, so that `pnpm migration:create` keeps them; named `<table>_<column>_search`).
 */
export function Searchable(...properties: string[]) {
  return (target: abstract new (...args: never[]) => object) => {
    searchable.set(target, properties);
    for (const property of properties) {
      const name = `${snake(target.name)}_${snake(property)}_search`;
      const expression = (table: { name: string }, columns: Record<string, string>) =>
        `create index "${name}" on "${table.name}" using gin (${searchedExpression(`"${columns[property]}"`)} gin_trgm_ops)`;
      Index<object, string>({ name, expression: expression as never })(target);
    }
  };
}
