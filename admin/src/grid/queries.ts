/**
 * The GraphQL operations of a grid, built from the API conventions: the resource's list query (server-side
 * filter, sort, pages), its bulk mutation `saveTs(rows, dryRun)`, and the referenced lists for lookups.
 */
import { BULK_ROW_FRAGMENTS } from '../dataProvider/save';
import { shapeOf } from '../dataProvider/schema';
import { referenceName, type ReferenceName } from './convert';
import { type GridColumn, gridSelection, type ReferenceTarget } from './model';
import type { BaseRow } from './staging';

export function listQuery(resource: string, columns: GridColumn[]): string {
  const n = shapeOf(resource);
  return `query Grid_${n.list}($filter: ${n.filterType}, $offset: Int!, $limit: Int!, $sort: [SortInput!], $asOf: Date) {
  page: ${n.list}(filter: $filter, offset: $offset, limit: $limit, sort: $sort, asOf: $asOf) { totalCount items { ${gridSelection(columns)} } }
}`;
}

export function saveMutation(resource: string, columns: GridColumn[]): string {
  const n = shapeOf(resource);
  const selection = gridSelection(columns);
  return `mutation Grid_${n.save}($rows: [${n.rowType}!]!, $dryRun: Boolean!) {
  result: ${n.save}(rows: $rows, dryRun: $dryRun) {
    ok
    rows { ...BulkRow current { ${selection} } }
    items { ${selection} }
  }
}
${BULK_ROW_FRAGMENTS}`;
}

/** Lookups per request: each a page of LOOKUP_LIMIT rows, well within the API's alias and cost limits. */
export const LOOKUPS_PER_REQUEST = 12;
export const LOOKUP_LIMIT = 50;

/** One aliased search per text (`r0`, `r1`, …) in the referenced list, by its `q` filter. */
export function candidatesQuery(target: ReferenceTarget, count: number): string {
  const fields = ['id', target.key, ...target.details].join(' ');
  const sort = target.sortable ? `, sort: [{ field: "${target.key}" }]` : '';
  const vars = Array.from({ length: count }, (_, i) => `$q${i}: String`).join(', ');
  const aliases = Array.from(
    { length: count },
    (_, i) => `r${i}: ${target.list}(filter: { q: $q${i} }, limit: ${LOOKUP_LIMIT}${sort}) { items { ${fields} } }`,
  );
  return `query Lookup_${target.list}(${vars}) {\n  ${aliases.join('\n  ')}\n}`;
}

type ApiRecord = Record<string, unknown>;

/** An API record → a base row (references as `xId`) and the names of the records it references. */
export function toBaseRow(
  columns: GridColumn[],
  record: ApiRecord,
  key = String(record.id),
): { row: BaseRow; names: [string, ReferenceName][] } {
  const values: Record<string, unknown> = {};
  const names: [string, ReferenceName][] = [];
  for (const column of columns) {
    const value = column.read ? record[column.read] : undefined;
    if (column.reference) {
      const ref = value as ApiRecord | null | undefined;
      values[column.field] = ref?.id ?? null;
      if (ref?.id) names.push([String(ref.id), referenceName(column.reference, ref)]);
    } else values[column.field] = value ?? null;
  }
  return { row: { key, id: String(record.id), version: Number(record.version), values }, names };
}
