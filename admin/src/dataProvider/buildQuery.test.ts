import { validate } from 'graphql';
import { CREATE, DELETE, DELETE_MANY, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE, UPDATE_MANY } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { AUDIT_RESOURCE } from './audit';
import { buildQueryFactory } from './buildQuery';
import { resourceNames, schema, shapeOf } from './schema';

const buildQuery = buildQueryFactory(undefined as never);
const record = { id: '1', version: 3, code: 'X', name: 'Nom', parentId: '2', createdAt: 'a', ancestors: [] };
const readOnly = (resource: string) => resource === 'overseas-collectivities' || !shapeOf(resource).inputType;
/** Logs: a list and nothing else. */
const listOnly = new Set(['personal-data-accesses']);

const cases = (resource: string) => {
  if (listOnly.has(resource))
    return [[GET_LIST, { filter: { actor: 'a' }, sort: { field: 'at', order: 'DESC' }, pagination: { page: 1, perPage: 10 } }]] as [
      string,
      object,
    ][];
  const read: [string, object][] = [
    [GET_LIST, { filter: { q: 'a' }, sort: { field: 'code', order: 'DESC' }, pagination: { page: 2, perPage: 10 } }],
    [GET_ONE, { id: '1' }],
    [GET_MANY, { ids: ['1', '2'] }],
    [
      GET_MANY_REFERENCE,
      { target: 'ids', id: ['1'], filter: {}, sort: { field: 'id', order: 'ASC' }, pagination: { page: 1, perPage: 5 } },
    ],
  ];
  const write: [string, object][] = [
    [CREATE, { data: record }],
    [UPDATE, { id: '1', data: record, previousData: record }],
    [UPDATE_MANY, { ids: ['1'], data: { name: 'N' }, records: [record] }],
    [DELETE, { id: '1', previousData: record }],
    [DELETE_MANY, { ids: ['1', '2'], records: [record, { ...record, id: '2' }] }],
  ];
  return readOnly(resource) ? read : [...read, ...write];
};

describe('buildQuery', () => {
  it('knows every resource of the API', () => {
    // The resources of the schema: 39 today (the national synthesis, the CLAS consultations, the network's reports the latest).
    expect(resourceNames()).toHaveLength(39);
  });

  for (const resource of resourceNames()) {
    it(`builds valid operations for ${resource}`, () => {
      for (const [type, params] of cases(resource)) {
        const { query } = buildQuery(type, resource, params);
        expect(validate(schema, query).map((e) => `${type}: ${e.message}`)).toEqual([]);
      }
    });
  }

  it('builds a valid audit query', () => {
    const { query } = buildQuery(GET_LIST, AUDIT_RESOURCE, { filter: { entityName: 'Service', entityId: '1' } });
    expect(validate(schema, query)).toEqual([]);
  });

  it('flattens references and sends only input fields', () => {
    expect(shapeOf('services').references).toEqual(['department', 'ministry', 'overseasCollectivity', 'parent']);
    const { variables } = buildQuery(UPDATE, 'services', { id: '1', data: record, previousData: record });
    expect(variables).toEqual({ id: '1', version: 3, input: { code: 'X', name: 'Nom', parentId: '2' } });
    const { parseResponse } = buildQuery(GET_ONE, 'services', { id: '1' });
    expect(parseResponse({ data: { record: { id: '1', parent: { id: '2' }, department: null } } } as never)).toEqual({
      data: { id: '1', parentId: '2', departmentId: null, ministryId: null, overseasCollectivityId: null },
    });
  });

  it('drops sorts the API does not accept and maps pagination', () => {
    const { variables } = buildQuery(GET_LIST, 'services', {
      filter: { kind: 'PREFECTURE', asOf: '2024-01-01' },
      sort: { field: 'id', order: 'ASC' },
      pagination: { page: 3, perPage: 20 },
    });
    expect(variables).toEqual({ filter: { kind: 'PREFECTURE' }, offset: 40, limit: 20, sort: undefined, asOf: '2024-01-01' });
  });
});
