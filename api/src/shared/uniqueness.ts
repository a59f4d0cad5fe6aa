import type { EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { violation, type Violation } from './errors';
import { isUuid } from './ids';

/** A row of a save as the uniqueness check sees it: its record (if it updates one) and its input values. */
export interface UniqueRow {
  id?: string | null;
  values: Record<string, unknown>;
  existing?: object;
}

type Key = { fields: string[]; columns: string[]; references: boolean[] };

/** A property as an input field: a reference `service` is given as `serviceId`. */
const inputField = (meta: EntityMetadata, property: string) =>
  meta.properties[property as never]?.kind === 'm:1' ? `${property}Id` : property;

/**
 * The unique keys of an entity, from its metadata (a `unique` column, an `@Unique` of several) and the resource's
 * declaration: every constraint the database would enforce at the flush, checked first so that it lands on its row.
 */
function uniqueKeys(meta: EntityMetadata, declared: string[]): Key[] {
  const keys = new Map<string, string[]>();
  for (const prop of meta.props) if (prop.unique === true && !prop.primary) keys.set(prop.name, [prop.name]);
  for (const unique of meta.uniques) {
    const properties = ([] as string[]).concat((unique.properties as string | string[] | undefined) ?? []);
    if (properties.length) keys.set(properties.join(','), properties);
  }
  for (const field of declared) {
    const property = field.endsWith('Id') && meta.properties[field.slice(0, -2) as never] ? field.slice(0, -2) : field;
    keys.set(property, [property]);
  }
  return [...keys.values()].map((properties) => ({
    fields: properties.map((p) => inputField(meta, p)),
    columns: properties.map((p) => meta.properties[p as never].fieldNames[0]),
    references: properties.map((p) => meta.properties[p as never].kind === 'm:1'),
  }));
}

/** A row's value for an input field after the change (given, else the record's). */
function after(row: UniqueRow, field: string): unknown {
  if (row.values[field] !== undefined) return row.values[field];
  const existing = row.existing as Record<string, unknown> | undefined;
  if (!existing) return undefined;
  if (field.endsWith('Id') && !(field in existing)) return (existing[field.slice(0, -2)] as { id?: string } | null)?.id ?? null;
  return existing[field];
}

/**
 * Each unique key of each row against **every** record of the table, not only those the caller may read (the
 * constraint does not know scopes), and against the other rows of the batch. A value taken by a record the caller
 * cannot see is reported on its row like any other, without saying which record holds it. `skip(index, field)`: a
 * value already refused (e.g. a bad text), not to be sent to the database.
 */
export async function uniquenessChecks(
  em: EntityManager,
  meta: EntityMetadata,
  declared: string[],
  label: (field: string) => string,
  rows: UniqueRow[],
  skip: (index: number, field: string) => boolean,
): Promise<Violation[][]> {
  const out: Violation[][] = rows.map(() => []);
  for (const key of uniqueKeys(meta, declared)) {
    // A key is checked on the rows that create a record or change one of its fields; a null part never collides.
    const tuples = rows.map((row, index) => {
      if (row.existing && !key.fields.some((f) => row.values[f] !== undefined)) return null;
      if (key.fields.some((f) => skip(index, f))) return null;
      const values = key.fields.map((f) => after(row, f));
      // An id that is no UUID is refused by the reference check; PostgreSQL would refuse it with an error.
      return values.some((v, i) => v === undefined || v === null || (key.references[i] && !isUuid(v))) ? null : values;
    });
    const wanted = tuples.filter((t): t is unknown[] => t !== null);
    if (!wanted.length) continue;
    // Raw SQL, outside the scope filter (the ORM's filters do not apply to a plain query builder).
    const columns = key.columns.map((c) => `"${c}"`).join(', ');
    const where =
      key.columns.length === 1
        ? `${columns} in (?)`
        : wanted.map(() => `(${key.columns.map((c) => `"${c}" = ?`).join(' and ')})`).join(' or ');
    const hits = await em
      .getConnection()
      .execute<Record<string, unknown>[]>(
        `select "id", ${columns} from "${meta.tableName}" where ${where}`,
        (key.columns.length === 1 ? [wanted.map((t) => t[0])] : wanted.flat()) as never[],
        'all',
        em.getTransactionContext(),
      );
    const owners = new Map(hits.map((h) => [JSON.stringify(key.columns.map((c) => String(h[c]))), String(h.id)]));
    const seen = new Map<string, number>();
    tuples.forEach((values, index) => {
      if (!values) return;
      const signature = JSON.stringify(values.map(String));
      const owner = owners.get(signature);
      const first = seen.get(signature);
      if ((owner && owner !== rows[index].id) || first !== undefined) {
        const where = first !== undefined ? ` (déjà saisi à la ligne ${first + 1})` : '';
        const field = key.fields[key.fields.length - 1];
        out[index].push(
          key.fields.length === 1
            ? violation(field, 'DUPLICATE', `« ${label(field)} » : la valeur « ${String(values[0])} » est déjà utilisée${where}.`)
            : violation(
                field,
                'DUPLICATE',
                `« ${key.fields.map(label).join(' » et « ')} » : cette combinaison est déjà enregistrée${where}.`,
              ),
        );
      }
      if (first === undefined) seen.set(signature, index);
    });
  }
  return out;
}
