import { ApolloClient, HttpLink, InMemoryCache, type ApolloLink } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';
import { getToken } from '../authProvider';
import buildGraphQLProvider from 'ra-data-graphql';
import type { DataProvider, DeleteManyParams, GetListParams, GetListResult, Identifier, RaRecord, UpdateManyParams } from 'react-admin';
import { buildQueryFactory, MAX_ALIASES, MAX_LIMIT } from './buildQuery';
import { customMethods, type CustomMethods } from './custom';
import { normalizeError } from './errors';
import { possibleTypes } from './schema';
import { runWorkflow } from './workflow';

export { AUDIT_RESOURCE, type AuditEntry } from './audit';

/** Every request carries the logged-in user's token. */
const withToken = setContext((_operation, { headers }) => {
  const token = getToken();
  return { headers: { ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) } };
});

/** `link` replaces the HTTP transport (tests). */
export const createApolloClient = (link?: ApolloLink) =>
  new ApolloClient({
    // Same origin: the API serves the admin under /admin/ (and Vite proxies /graphql in development).
    // An explicit HttpLink: Apollo 3.14 deprecates `uri` and the implicit default link.
    link: link ?? withToken.concat(new HttpLink({ uri: '/graphql' })),
    cache: new InMemoryCache({ possibleTypes }),
    defaultOptions: {
      query: { fetchPolicy: 'network-only' },
      watchQuery: { fetchPolicy: 'network-only' },
    },
  });

/** Every call goes through `normalizeError`, so forms show the server's messages on their inputs. */
const guard =
  <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    try {
      return await fn(...args);
    } catch (error) {
      throw normalizeError(error);
    }
  };

/** The data provider, plus `saveRows`/`query` (./custom.ts) and `workflow(mutation, variables)`: the explicit state transitions of the API. */
export type AppDataProvider = DataProvider &
  CustomMethods & {
    workflow(mutation: string, variables: Record<string, unknown>): Promise<{ id: string }>;
  };

export const createDataProvider = (client: ApolloClient<unknown> = createApolloClient()): AppDataProvider => {
  const base = buildGraphQLProvider({
    client,
    buildQuery: buildQueryFactory,
    // Names and fields come from the committed schema (./schema.ts): no introspection round trip.
    introspection: false,
    query: () => ({ fetchPolicy: 'network-only' }),
  });

  /** Current records in one request, for the versions the bulk mutations need. */
  const currentRecords = async (resource: string, ids: Identifier[]): Promise<RaRecord[]> => (await base.getMany(resource, { ids })).data;

  /** Pages larger than the API's limit (CSV export asks for 1,000 rows) are read in several calls. */
  const getList = async (resource: string, params: GetListParams): Promise<GetListResult> => {
    const { page = 1, perPage = 25 } = params.pagination ?? {};
    if (perPage <= MAX_LIMIT) return base.getList(resource, params);
    const start = (page - 1) * perPage;
    const data: RaRecord[] = [];
    let total = 0;
    for (let offset = start; offset < start + perPage; offset += MAX_LIMIT) {
      const limit = Math.min(MAX_LIMIT, start + perPage - offset);
      const chunk = await base.getList(resource, { ...params, meta: { ...params.meta, offset, limit } });
      data.push(...chunk.data);
      total = chunk.total ?? 0;
      if (chunk.data.length < limit) break;
    }
    return { data, total };
  };

  const custom = customMethods(client);
  return {
    saveRows: guard(custom.saveRows),
    query: guard(custom.query) as CustomMethods['query'],
    getList: guard(getList),
    getOne: guard(base.getOne),
    getMany: guard(base.getMany),
    getManyReference: guard(base.getManyReference),
    create: guard(base.create),
    update: guard(base.update),
    delete: guard(base.delete),
    // One `saveTs` mutation for all the rows.
    updateMany: guard(async (resource: string, params: UpdateManyParams) =>
      base.updateMany(resource, { ...params, records: await currentRecords(resource, params.ids) } as UpdateManyParams),
    ),
    // An aliased `deleteT` per record, MAX_ALIASES records per request.
    deleteMany: guard(async (resource: string, params: DeleteManyParams) => {
      const data: Identifier[] = [];
      for (let start = 0; start < params.ids.length; start += MAX_ALIASES) {
        const ids = params.ids.slice(start, start + MAX_ALIASES);
        const chunk = await base.deleteMany(resource, { ...params, ids, records: await currentRecords(resource, ids) } as DeleteManyParams);
        data.push(...(chunk.data ?? []));
      }
      return { data };
    }),
    workflow: (mutation, variables) => runWorkflow(client, mutation, variables),
  };
};

/** One client for the data provider and the grid's own operations (../grid/api.ts). */
export const apolloClient = createApolloClient();
export const dataProvider = createDataProvider(apolloClient);
