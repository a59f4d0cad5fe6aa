import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSchema } from '../../api/src/schema';
import { operationCost, QUERY_LIMITS } from '../../api/src/shared/query-limits';
import { initTestApp, type TestApp } from '../support/app';

/**
 * Every operation the back office sends, built by the back office's own code (admin/src) at its largest — pages of
 * MAX_LIMIT rows, MAX_LIMIT ids, a bulk deletion of MAX_ALIASES records, a full batch of grid lookups — goes through
 * the API's query limits. (The admin is an ESM package built by Vite: its modules are imported at run time.)
 */
type Row = Record<string, unknown>;
/** A parsed or generated GraphQL document (the generated typed documents carry no `loc`: printed to be sent). */
type DocumentNode = { kind: 'Document' };
/** A document as the back office sends it: text, or a document. */
type Built = { query: string | DocumentNode; variables: Row };
const adminDir = path.resolve(__dirname, '../../admin/src');
const admin = (module: string) => import(/* @vite-ignore */ path.join(adminDir, module)) as Promise<Row>;
const ids = (n: number) => Array.from({ length: n }, () => randomUUID());

let app: TestApp;
let schema: Awaited<ReturnType<typeof createSchema>>;
const documents: { name: string; query: string; variables: Row }[] = [];

async function collect() {
  const { buildQueryFactory, MAX_LIMIT, MAX_ALIASES } = (await admin('dataProvider/buildQuery.ts')) as {
    buildQueryFactory: (o: never) => (type: string, resource: string, params: Row) => Built;
    MAX_LIMIT: number;
    MAX_ALIASES: number;
  };
  const { AUDIT_RESOURCE } = (await admin('dataProvider/audit.ts')) as { AUDIT_RESOURCE: string };
  const {
    shapeOf,
    resourceNames,
    schema: adminSchema,
  } = (await admin('dataProvider/schema.ts')) as {
    shapeOf: (resource: string) => Record<string, string> & { sortable: string[] };
    resourceNames: () => string[];
    schema: { getQueryType(): { getFields(): Row }; getMutationType(): { getFields(): Row }; getType(name: string): { getFields(): Row } };
  };
  // The API's graphql-js prints the documents (the test folder has no dependency of its own).
  const { print } = (await import(path.resolve(__dirname, '../../api/node_modules/graphql/index.mjs'))) as {
    print: (document: DocumentNode) => string;
  };
  const build = buildQueryFactory(undefined as never);
  const add = (name: string, built: Built) =>
    documents.push({
      name,
      query: typeof built.query === 'string' ? built.query : print(built.query),
      variables: built.variables,
    });
  const records = (n: number) => ids(n).map((id) => ({ id, version: 1 }));

  // Every resource of the back office (from the schema, as the back office finds them), sorted on its first sortable field.
  for (const resource of resourceNames()) {
    const n = shapeOf(resource);
    const sort = n.sortable[0] ? { field: n.sortable[0], order: 'DESC' } : undefined;
    const operations: [string, string, Row][] = [
      ['GET_LIST', n.list, { filter: {}, sort, pagination: { page: 1, perPage: MAX_LIMIT } }],
      ['GET_MANY', n.list, { ids: ids(MAX_LIMIT) }],
      ['GET_ONE', n.one, { id: randomUUID() }],
      ['UPDATE', n.update, { id: randomUUID(), data: {}, previousData: { version: 1 } }],
      ['UPDATE_MANY', n.save, { ids: [], data: {}, records: records(MAX_LIMIT) }],
      ['DELETE_MANY', n.delete, { ids: [], records: records(MAX_ALIASES) }],
    ];
    const roots = { ...adminSchema.getQueryType().getFields(), ...adminSchema.getMutationType().getFields() };
    // Only what the API offers for the resource (a read-only one has no mutations, the back office sends none).
    const byIds = 'ids' in adminSchema.getType(n.filterType).getFields(); // a log is read as a list only
    for (const [type, root, params] of operations) {
      if (root in roots && (type !== 'GET_MANY' || byIds)) add(`${type} ${resource}`, build(type, resource, params));
    }
  }
  add(
    'audit history',
    build('GET_LIST', AUDIT_RESOURCE, { filter: { entityName: 'Service', entityId: randomUUID() }, pagination: { page: 1, perPage: 50 } }),
  );

  const { gridColumns } = (await admin('grid/model.ts')) as { gridColumns: (config: Row) => { reference?: Row }[] };
  const queries = (await admin('grid/queries.ts')) as {
    listQuery: (resource: string, columns: unknown[]) => string;
    saveMutation: (resource: string, columns: unknown[]) => string;
    candidatesQuery: (target: Row, count: number) => string;
    LOOKUPS_PER_REQUEST: number;
  };
  const { PAGE_LIMIT } = (await admin('grid/api.ts')) as { PAGE_LIMIT: number };
  const gridFiles = readdirSync(adminDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && readdirSync(path.join(adminDir, d.name)).includes('grid.ts'))
    .map((d) => d.name);
  expect(gridFiles.length).toBeGreaterThan(5);
  for (const dir of gridFiles) {
    for (const config of Object.values(await admin(`${dir}/grid.ts`)) as { resource: string }[]) {
      const columns = gridColumns(config);
      add(`grid ${config.resource}`, {
        query: queries.listQuery(config.resource, columns),
        variables: { offset: 0, limit: PAGE_LIMIT, filter: {} },
      });
      add(`grid save ${config.resource}`, { query: queries.saveMutation(config.resource, columns), variables: { rows: [], dryRun: true } });
      for (const column of columns.filter((c) => c.reference)) {
        const count = queries.LOOKUPS_PER_REQUEST;
        const variables = Object.fromEntries(Array.from({ length: count }, (_, i) => [`q${i}`, `texte ${i}`]));
        add(`grid lookup ${config.resource} → ${String(column.reference!.resource)}`, {
          query: queries.candidatesQuery(column.reference!, count),
          variables,
        });
      }
    }
  }

  const asOf = '2025-06-01';
  const { INDICATORS } = (await admin('indicators/queries.ts')) as { INDICATORS: DocumentNode };
  const { REGIONS, DEPARTMENTS } = (await admin('network-ratio/queries.ts')) as { REGIONS: DocumentNode; DEPARTMENTS: DocumentNode };
  const { APPOINTMENT_NOTICE } = (await admin('appointments/queries.ts')) as { APPOINTMENT_NOTICE: DocumentNode };
  add('indicators', { query: INDICATORS, variables: { asOf, reportYear: 2024 } });
  add('ratio per region', { query: REGIONS, variables: { asOf } });
  add('ratio per department', { query: DEPARTMENTS, variables: { asOf, regionId: randomUUID() } });
  add('appointment notice', { query: APPOINTMENT_NOTICE, variables: { id: randomUUID() } });
  const { ATTENTION, NETWORK_ATTENTION } = (await admin('home/queries.ts')) as { ATTENTION: DocumentNode; NETWORK_ATTENTION: DocumentNode };
  add('home: correspondents', { query: ATTENTION, variables: {} });
  add('home: network', { query: NETWORK_ATTENTION, variables: { reportYear: 2025 } });
}

beforeAll(async () => {
  [app, schema] = await Promise.all([initTestApp(), createSchema(), collect()]).then(([a, s]) => [a, s] as const);
});
afterAll(() => app.close());

describe('the back office’s own operations pass the query limits', () => {
  it('every one runs (errors, if any, are the data’s: unknown ids, empty inputs), none is refused by a limit', async () => {
    expect(documents.length).toBeGreaterThan(150);
    const refused: string[] = [];
    const send = async ({ name, query, variables }: (typeof documents)[number]) => {
      const response = await fetch(`${app.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: await app.authorization() },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      // Only domain errors: the operation passed parsing, validation and the cost check, and ran.
      const errors = (body.errors ?? []).filter((e) => !['NOT_FOUND', 'VALIDATION_FAILED', 'CONFLICT'].includes(e.extensions?.code ?? ''));
      if (errors.length) refused.push(`${name} (${response.status}): ${errors[0].message}`);
    };
    for (let i = 0; i < documents.length; i += 4) await Promise.all(documents.slice(i, i + 4).map(send));
    expect(refused).toEqual([]);
  });

  it('with room to spare under the cost limit', () => {
    const costs = documents.map(({ name, query, variables }) => ({ name, cost: operationCost(schema, query, variables) }));
    const largest = costs.reduce((a, b) => (b.cost > a.cost ? b : a));
    expect(largest.cost, largest.name).toBeLessThanOrEqual(QUERY_LIMITS.maxCost / 2);
  });
});
