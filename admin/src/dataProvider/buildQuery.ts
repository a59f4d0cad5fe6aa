import { gql } from '@apollo/client';
import { validate } from 'graphql';
import type { BuildQuery, BuildQueryFactory } from 'ra-data-graphql';
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, HttpError, UPDATE, UPDATE_MANY } from 'react-admin';
import { AUDIT_RESOURCE, auditListQuery } from './audit';
import { formErrors } from './errors';
import { BULK_SAVE_FRAGMENTS, type SaveRowResult } from './save';
import { flatten, selection, toInput } from './resources';
import { schema, shapeOf } from './schema';

type Row = Record<string, unknown>;

/** The API refuses pages larger than this. */
export const MAX_LIMIT = 500;

/** The API refuses an operation with more aliases than this (its query limits): a bulk deletion is sent in chunks of it. */
export const MAX_ALIASES = 100;

interface ListParams {
  filter?: Row;
  sort?: { field: string; order: string };
  pagination?: { page: number; perPage: number };
  /** Explicit window, for reading more than MAX_LIMIT rows in several calls (see ./index.ts). */
  meta?: { offset?: number; limit?: number };
}

interface Page {
  items: Row[];
  totalCount: number;
}

/**
 * A react-admin list's filter and sort as the API list's arguments (`asOf` is an argument, not a filter field; a
 * sort on a field the API does not sort is left out). Shared by the list query and the server export (`exportUrl`).
 */
export const listArguments = (resource: string, params: Pick<ListParams, 'filter' | 'sort'>, extraFilter: Row = {}) => {
  const { asOf, ...filter } = { ...(params.filter ?? {}), ...extraFilter };
  const sort =
    params.sort && shapeOf(resource).sortable.includes(params.sort.field)
      ? [{ field: params.sort.field, order: params.sort.order === 'DESC' ? 'DESC' : 'ASC' }]
      : undefined;
  return { filter, sort, asOf: (asOf as string | undefined) || undefined };
};

const listQuery = (resource: string, params: ListParams, extraFilter: Row = {}) => {
  const n = shapeOf(resource);
  const { filter, sort, asOf } = listArguments(resource, params, extraFilter);
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const limit = Math.min(params.meta?.limit ?? perPage, MAX_LIMIT);
  const offset = params.meta?.offset ?? (page - 1) * perPage;
  return {
    query: gql`
      query ${n.list}($filter: ${n.filterType}, $offset: Int!, $limit: Int!, $sort: [SortInput!], $asOf: Date) {
        page: ${n.list}(filter: $filter, offset: $offset, limit: $limit, sort: $sort, asOf: $asOf) {
          items { ${selection(resource)} }
          totalCount
        }
      }
    `,
    variables: { filter, offset, limit, sort, asOf },
    parseResponse: ({ data }: { data: { page: Page } }) => ({
      data: data.page.items.map((item) => flatten(resource, item)),
      total: data.page.totalCount,
    }),
  };
};

/** Message summing up the refused rows of a `saveTs` call. */
const saveFailure = (rows: SaveRowResult[]) => {
  const lines = rows
    .filter((r) => r.violations.length)
    .map((r) => `Ligne ${r.index + 1} : ${r.violations.map((v) => v.message).join(' ')}`);
  const message = `Modification groupée refusée. ${lines.join(' ')}`.trim();
  return new HttpError(message, 400, { rows, errors: formErrors([], message) });
};

/**
 * Builds the GraphQL operation of each dataProvider call from the API conventions, with the names
 * and fields read in the API schema (./schema.ts). `updateMany` and `deleteMany` expect `params.records` (the current records, for
 * their versions), which the data provider adds (see ./index.ts).
 */
export const buildQueryFactory: BuildQueryFactory = () => {
  const buildQuery: BuildQuery = (raFetchType, resource, params) => {
    if (resource === AUDIT_RESOURCE && raFetchType === GET_LIST) return auditListQuery(params);
    const n = shapeOf(resource);
    switch (raFetchType) {
      case GET_LIST:
        return listQuery(resource, params);
      case GET_MANY: {
        const ids = (params.ids as string[]).slice(0, MAX_LIMIT);
        return listQuery(resource, { pagination: { page: 1, perPage: ids.length || 1 } }, { ids });
      }
      case GET_MANY_REFERENCE:
        return listQuery(resource, params, { [params.target]: params.id });
      case GET_ONE:
        return {
          query: gql`
            query ${n.one}($id: ID!) {
              record: ${n.one}(id: $id) { ${selection(resource, true)} }
            }
          `,
          variables: { id: params.id },
          parseResponse: ({ data }: { data: { record: Row } }) => ({ data: flatten(resource, data.record) }),
        };
      case CREATE:
        return {
          query: gql`
            mutation ${n.create}($input: ${n.inputType}!) {
              record: ${n.create}(input: $input) { ${selection(resource, true)} }
            }
          `,
          variables: { input: toInput(resource, params.data) },
          parseResponse: ({ data }: { data: { record: Row } }) => ({ data: flatten(resource, data.record) }),
        };
      case UPDATE:
        return {
          query: gql`
            mutation ${n.update}($id: ID!, $version: Int!, $input: ${n.inputType}!) {
              record: ${n.update}(id: $id, version: $version, input: $input) { ${selection(resource, true)} }
            }
          `,
          variables: {
            id: params.id,
            version: params.previousData?.version ?? params.data?.version,
            input: toInput(resource, { ...params.previousData, ...params.data }),
          },
          parseResponse: ({ data }: { data: { record: Row } }) => ({ data: flatten(resource, data.record) }),
        };
      case UPDATE_MANY: {
        const records = params.records as Row[];
        return {
          query: gql`
            mutation ${n.save}($rows: [${n.rowType}!]!) {
              result: ${n.save}(rows: $rows) {
                ...BulkSave
                items { id }
              }
            }
            ${BULK_SAVE_FRAGMENTS}
          `,
          variables: {
            rows: records.map((record) => ({
              id: record.id,
              version: record.version,
              values: toInput(resource, { ...record, ...params.data }),
            })),
          },
          parseResponse: ({ data }: { data: { result: { ok: boolean; rows: SaveRowResult[]; items: Row[] } } }) => {
            if (!data.result.ok) throw saveFailure(data.result.rows);
            return { data: data.result.items.map((item) => item.id) };
          },
        };
      }
      case DELETE:
        return {
          query: gql`
            mutation ${n.delete}($id: ID!, $version: Int!) {
              deletedId: ${n.delete}(id: $id, version: $version)
            }
          `,
          variables: { id: params.id, version: params.previousData?.version },
          parseResponse: ({ data }: { data: { deletedId: string } }) => ({
            data: params.previousData ?? { id: data.deletedId },
          }),
        };
      case DELETE_MANY: {
        // One request, one aliased mutation per record.
        const records = params.records as Row[];
        const args = records.map((_, i) => `$id${i}: ID!, $version${i}: Int!`).join(', ');
        const fields = records.map((_, i) => `d${i}: ${n.delete}(id: $id${i}, version: $version${i})`).join('\n');
        const variables: Row = {};
        records.forEach((record, i) => {
          variables[`id${i}`] = record.id;
          variables[`version${i}`] = record.version;
        });
        return {
          query: gql`mutation ${n.delete}Many(${args}) { ${fields} }`,
          variables,
          parseResponse: ({ data }: { data: Record<string, string> }) => ({ data: Object.values(data) }),
        };
      }
      default:
        throw new Error(`Opération ${raFetchType} non prise en charge pour ${resource}`);
    }
  };
  // Development: check each operation against the schema, so a drift shows at once in the console.
  if (!import.meta.env.DEV) return buildQuery;
  return (raFetchType, resource, params) => {
    const built = buildQuery(raFetchType, resource, params);
    const errors = validate(schema, built.query);
    if (errors.length)
      console.error(
        `Opération ${raFetchType} ${resource} invalide :`,
        errors.map((e) => e.message),
      );
    return built;
  };
};
