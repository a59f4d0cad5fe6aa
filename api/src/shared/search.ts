import { Index, Property } from '@mikro-orm/core';

/**
 * The free-text search `q`: accent- and case-insensitive (« helene » finds « Hélène »), a text found anywhere in one of
 * the searched fields. Each searched column `c` has its stored copy `c_search`, unaccented and lowercased, kept by
 * PostgreSQL (a generated column) and backed by a trigram index (`pg_trgm`): a matching row is checked by a plain
 * LIKE on it, not by unaccenting its text again (Migration20261201190000_StoredSearch).
 */

/**
 * PostgreSQL's `unaccent` is STABLE (it reads a dictionary), so it cannot appear in an index: the migration
 * (Migration20261201091549_TextSearch) wraps it, with the dictionary fixed, in this IMMUTABLE function.
 */
export const UNACCENT = 'immutable_unaccent';

/**
 * Whether a search's matches are read first, then sorted: when its text has three letters or digits in a row, the
 * trigram indexes find its matches; the planner could otherwise walk the sort's index and check every row on the way,
 * not knowing that matches cluster (the 10,795 agents matching « mar » sit among the « Martin »: 5.4 s to the page).
 * A shorter text matches too many rows for that to pay, and no trigram serves it.
 */
export const readsMatchesFirst = (text: string) => /[\p{L}\p{N}]{3}/u.test(text);

/** A text matched literally inside a LIKE pattern (its %, _ and \\ escaped). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A text as the stored search columns hold it: unaccented, lowercased (SQL; `text` an SQL expression). */
const folded = (text: string) => `lower(${UNACCENT}(${text}))`;

/** The stored search column of a searched column (column names). */
export const searchColumn = (column: string) => `${column}_search`;

/**
 * The one SQL fragment of `q` over `columns` (SQL references to the stored search columns, `searchColumn`): true when
 * one of them contains `text`, accents and case aside, in the form the trigram indexes serve. `?` placeholders, one
 * per column, values in `params`. With no column, nothing matches.
 */
export function searchSql(columns: string[], text: string): { sql: string; params: string[] } {
  if (!columns.length) return { sql: 'false', params: [] };
  const pattern = `%${escapeLike(text)}%`;
  return {
    sql: `(${columns.map((c) => `${c} like ${folded('?')}`).join(' or ')})`,
    params: columns.map(() => pattern),
  };
}

const searchable = new WeakMap<object, readonly string[]>();

/** The properties `q` searches on an entity (none when it declares none). */
export const searchableFields = (entity: object): readonly string[] => searchable.get(entity) ?? [];

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Entity decorator: `q` searches these properties. Each gets its stored search column (`<column>_search`, generated)
 * and the trigram index on it (named `<table>_<column>_search`), declared to MikroORM so that `pnpm migration:create`
 * keeps them: a lazy, hidden property (`<property>Search`), never read by the ORM unless asked, never written by it.
 */
export function Searchable(...properties: string[]) {
  return (target: abstract new (...args: never[]) => object) => {
    searchable.set(target, properties);
    for (const property of properties) {
      const stored = `${property}Search`;
      Property<object>({
        type: 'string',
        columnType: 'text',
        fieldName: searchColumn(snake(property)),
        nullable: true,
        lazy: true,
        hidden: true,
        generated: (columns) => `(${folded(`"${(columns as Record<string, string>)[property]}"`)}) stored`,
      })(target.prototype, stored);
      const name = `${snake(target.name)}_${snake(property)}_search`;
      const expression = (table: { name: string }, columns: Record<string, string>) =>
        `create index "${name}" on "${table.name}" using gin ("${columns[stored]}" gin_trgm_ops)`;
      Index<object, string>({ name, expression: expression as never })(target);
    }
  };
}
