/** The grid's calls to the API (through the back office's Apollo client), errors turned into French messages. */
import { type ApolloClient, gql } from '@apollo/client';
import type { ReferenceName } from './convert';
import type { ApiRowResult } from './marks';
import type { GridColumn, ReferenceTarget } from './model';
import { candidatesQuery, listQuery, LOOKUP_LIMIT, LOOKUPS_PER_REQUEST, saveMutation, toBaseRow } from './queries';
import type { FetchCandidates } from './references';
import type { BaseRow, StagedRow } from './staging';
import { normalizeError } from '../dataProvider/errors';
import { gridMessages } from './messages';

const TOO_LARGE = gridMessages.tooLarge;

type ApiRecord = Record<string, unknown>;

export interface PageRequest {
  filter: Record<string, unknown>;
  sort?: { field: string; order: 'ASC' | 'DESC' };
  asOf?: string;
  offset: number;
  limit: number;
}

export interface SaveOutcome {
  ok: boolean;
  rows: ApiRowResult[];
  items: ApiRecord[];
}

/** The API's largest page. */
export const PAGE_LIMIT = 500;

/**
 * Errors come back as HttpErrors carrying the server's French message (see ../dataProvider/errors.ts); a request
 * body over the API's limit (2 MB) is refused before GraphQL sees it.
 */
async function guarded<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if ((error as { networkError?: { statusCode?: number } }).networkError?.statusCode === 413)
      throw new Error(TOO_LARGE, { cause: error });
    throw normalizeError(error);
  }
}

export function gridApi(client: ApolloClient<unknown>, resource: string, columns: GridColumn[]) {
  const list = gql(listQuery(resource, columns));
  const save = gql(saveMutation(resource, columns));
  const lookups = new Map<string, ReturnType<typeof gql>>();
  const lookupQuery = (target: ReferenceTarget, count: number) => {
    const id = `${target.list}:${count}`;
    if (!lookups.has(id)) lookups.set(id, gql(candidatesQuery(target, count)));
    return lookups.get(id)!;
  };

  const fetchCandidates: FetchCandidates = async (target, texts) => {
    const out: ApiRecord[][] = [];
    for (let start = 0; start < texts.length; start += LOOKUPS_PER_REQUEST) {
      const chunk = texts.slice(start, start + LOOKUPS_PER_REQUEST);
      const variables = Object.fromEntries(chunk.map((q, i) => [`q${i}`, q]));
      const { data } = await guarded(() => client.query({ query: lookupQuery(target, chunk.length), variables, fetchPolicy: 'no-cache' }));
      chunk.forEach((_, i) => out.push((data as Record<string, { items: ApiRecord[] }>)[`r${i}`].items));
    }
    return out;
  };

  return {
    /** One page of the filtered, sorted list, as base rows, with the names of the records they reference. */
    async page(request: PageRequest): Promise<{ rows: BaseRow[]; names: [string, ReferenceName][]; total: number }> {
      const { filter, sort, asOf, offset, limit } = request;
      const variables = {
        filter,
        offset,
        limit,
        asOf: asOf || undefined,
        sort: sort ? [{ field: sort.field, order: sort.order }] : undefined,
      };
      const { data } = await guarded(() => client.query({ query: list, variables, fetchPolicy: 'no-cache' }));
      const page = (data as { page: { items: ApiRecord[]; totalCount: number } }).page;
      const read = page.items.map((item) => toBaseRow(columns, item));
      return { rows: read.map((r) => r.row), names: read.flatMap((r) => r.names), total: page.totalCount };
    },

    /** The bulk mutation: every row validated, then all written or none (`dryRun`: validated only). */
    async save(rows: StagedRow[], dryRun: boolean): Promise<SaveOutcome> {
      const variables = { dryRun, rows: rows.map((r) => ({ id: r.id, version: r.version, values: r.values })) };
      const { data } = await guarded(() => client.mutate({ mutation: save, variables, fetchPolicy: 'no-cache' }));
      return (data as { result: SaveOutcome }).result;
    },

    fetchCandidates,

    /** Records of a referenced list matching a typed text, for the reference picker. */
    async search(target: ReferenceTarget, q: string): Promise<ApiRecord[]> {
      const [found] = await fetchCandidates(target, [q]);
      return found.slice(0, LOOKUP_LIMIT);
    },

    toBaseRow: (key: string, record: ApiRecord) => toBaseRow(columns, record, key),
  };
}

export type GridApi = ReturnType<typeof gridApi>;
