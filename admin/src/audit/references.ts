import type { RaRecord } from 'react-admin';
import { flatten, selection } from '../dataProvider/resources';
import { resourceOfType, shapeOf } from '../dataProvider/schema';

export interface ReferenceQuery {
  document: string;
  variables: Record<string, string[]>;
  /** The records read, by `Type:id`, each with its resource (for its representation). */
  parse: (data: Record<string, { items: Record<string, unknown>[] }>) => Map<string, { resource: string; record: RaRecord }>;
}

export const referenceKey = (type: string, id: string) => `${type}:${id}`;

/**
 * One GraphQL request naming every record an audit page points to: an aliased list per type, filtered by
 * `ids` (the API's list convention), instead of one request per row or per field. Records the caller
 * may not read simply do not come back. Undefined when there is nothing to name.
 */
export const referenceQuery = (wanted: Map<string, string[]>): ReferenceQuery | undefined => {
  const parts = [...wanted]
    .map(([type, ids]) => ({ type, ids, resource: resourceOfType(type) }))
    .filter((p): p is { type: string; ids: string[]; resource: string } => p.resource !== undefined);
  if (!parts.length) return undefined;
  const variables = Object.fromEntries(parts.map((p, i) => [`ids${i}`, p.ids]));
  const fields = parts.map(
    (p, i) =>
      `r${i}: ${shapeOf(p.resource).list}(filter: { ids: $ids${i} }, limit: ${p.ids.length}) { items { ${selection(p.resource)} } }`,
  );
  return {
    document: `query auditReferences(${parts.map((_, i) => `$ids${i}: [ID!]`).join(', ')}) { ${fields.join(' ')} }`,
    variables,
    parse: (data) => {
      const out = new Map<string, { resource: string; record: RaRecord }>();
      parts.forEach((p, i) => {
        for (const item of data[`r${i}`]?.items ?? []) {
          const record = flatten(p.resource, item) as RaRecord;
          out.set(referenceKey(p.type, String(record.id)), { resource: p.resource, record });
        }
      });
      return out;
    },
  };
};
