import { ApolloLink, Observable } from '@apollo/client';
import { Kind, print, type DocumentNode, type SelectionSetNode } from 'graphql';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createApolloClient, createDataProvider } from './index';

type Reply = { data?: unknown; errors?: unknown[] };

/**
 * Paths of the fields that `query` selects and `data` lacks. Apollo only warns ("Missing field")
 * when a reply is incomplete; the fake transport fails instead, so the fixtures stay complete.
 * A fragment spread (`...BulkSave`) is walked as its definition's selection.
 */
const missingFields = (query: DocumentNode, data: unknown): string[] => {
  const fragments = new Map(
    query.definitions.flatMap((def) => (def.kind === Kind.FRAGMENT_DEFINITION ? [[def.name.value, def.selectionSet] as const] : [])),
  );
  const walk = (set: SelectionSetNode, value: unknown, path: string): string[] => {
    if (Array.isArray(value)) return value.flatMap((item, i) => walk(set, item, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return [];
    return set.selections.flatMap((node) => {
      if (node.kind === Kind.INLINE_FRAGMENT) return walk(node.selectionSet, value, path);
      if (node.kind === Kind.FRAGMENT_SPREAD) {
        const spread = fragments.get(node.name.value);
        if (!spread) throw new Error(`Fragment ${node.name.value} absent du document`);
        return walk(spread, value, path);
      }
      if (node.name.value === '__typename') return [];
      const key = node.alias?.value ?? node.name.value;
      const fieldPath = path ? `${path}.${key}` : key;
      if (!(key in value)) return [fieldPath];
      return node.selectionSet ? walk(node.selectionSet, (value as Record<string, unknown>)[key], fieldPath) : [];
    });
  };
  return query.definitions.flatMap((def) => (def.kind === Kind.OPERATION_DEFINITION ? walk(def.selectionSet, data, '') : []));
};

/** A data provider whose transport answers from `reply` and records the operations sent. */
const fake = (reply: (operationName: string, variables: Record<string, unknown>) => Reply) => {
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ query: print(operation.query), variables: operation.variables });
        const answer = reply(operation.operationName ?? '', operation.variables);
        const missing = answer.data ? missingFields(operation.query, answer.data) : [];
        if (missing.length) {
          observer.error(new Error(`Fake reply to ${operation.operationName} lacks selected fields: ${missing.join(', ')}`));
          return;
        }
        observer.next(answer as never);
        observer.complete();
      }),
  );
  return { dataProvider: createDataProvider(createApolloClient(link)), sent };
};

/** A service as the API returns it in a list: every field that the services selection asks for. */
const service = {
  __typename: 'Service',
  id: '1',
  version: 2,
  code: 'S1',
  name: 'Préfecture',
  kind: 'PREFECTURE',
  designatingAuthority: 'PREFECT',
  excludedFromNetwork: false,
  validFrom: '2015-01-01',
  validTo: null,
  createdAt: '2024-01-02T03:04:05.000Z',
  updatedAt: '2024-02-03T04:05:06.000Z',
  parent: null,
  department: { __typename: 'Department', id: 'd1' },
  ministry: { __typename: 'Ministry', id: 'm1' },
  overseasCollectivity: null,
};

/** What `saveServices` receives for `service` (its input fields, references as ids). */
const serviceValues = {
  code: 'S1',
  name: 'Préfecture',
  kind: 'PREFECTURE',
  designatingAuthority: 'PREFECT',
  excludedFromNetwork: false,
  validFrom: '2015-01-01',
  validTo: null,
  parentId: null,
  departmentId: 'd1',
  ministryId: 'm1',
  overseasCollectivityId: null,
};

describe('dataProvider', () => {
  it('maps a list page and flattens references', async () => {
    const { dataProvider, sent } = fake(() => ({ data: { page: { __typename: 'ServicePage', items: [service], totalCount: 41 } } }));
    const result = await dataProvider.getList('services', {
      filter: { q: 'pré' },
      sort: { field: 'name', order: 'DESC' },
      pagination: { page: 2, perPage: 25 },
    });
    expect(result.total).toBe(41);
    expect(result.data[0]).toEqual({
      id: '1',
      version: 2,
      code: 'S1',
      name: 'Préfecture',
      kind: 'PREFECTURE',
      designatingAuthority: 'PREFECT',
      excludedFromNetwork: false,
      validFrom: '2015-01-01',
      validTo: null,
      createdAt: '2024-01-02T03:04:05.000Z',
      updatedAt: '2024-02-03T04:05:06.000Z',
      parentId: null,
      departmentId: 'd1',
      ministryId: 'm1',
      overseasCollectivityId: null,
    });
    expect(sent[0].variables).toMatchObject({ filter: { q: 'pré' }, offset: 25, limit: 25, sort: [{ field: 'name', order: 'DESC' }] });
  });

  it('puts the server violations on the inputs', async () => {
    const { dataProvider } = fake(() => ({
      errors: [
        {
          message: 'Le service ne peut pas être son propre parent.',
          extensions: {
            code: 'VALIDATION_FAILED',
            violations: [
              {
                field: 'parentId',
                code: 'SERVICE_PARENT_CYCLE',
                message: 'Le service ne peut pas être son propre parent.',
                severity: 'ERROR',
              },
              { field: 'validTo', code: 'X', message: 'Date de fin invalide.', severity: 'ERROR' },
            ],
          },
        },
      ],
    }));
    const error = await dataProvider
      .update('services', { id: '1', data: { ...service, parentId: '1' }, previousData: service })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(400);
    expect((error as HttpError).body.errors).toMatchObject({
      parentId: 'Le service ne peut pas être son propre parent.',
      validTo: 'Date de fin invalide.',
      root: { serverError: 'Le service ne peut pas être son propre parent.' },
    });
  });

  it('reports a version conflict as 409', async () => {
    const { dataProvider } = fake(() => ({
      errors: [{ message: 'Cette fiche a été modifiée entre-temps.', extensions: { code: 'CONFLICT' } }],
    }));
    const error = (await dataProvider
      .update('services', { id: '1', data: service, previousData: service })
      .catch((e: unknown) => e)) as HttpError;
    expect(error.status).toBe(409);
    expect(error.message).toBe('Cette fiche a été modifiée entre-temps.');
  });

  it('updates many rows with one save mutation, after reading their versions', async () => {
    const { dataProvider, sent } = fake((name) =>
      name === 'services'
        ? { data: { page: { __typename: 'ServicePage', items: [service, { ...service, id: '2', version: 5 }], totalCount: 2 } } }
        : {
            data: {
              result: {
                __typename: 'ServiceSaveResult',
                ok: true,
                rows: [
                  { __typename: 'ServiceRowResult', index: 0, id: '1', violations: [] },
                  { __typename: 'ServiceRowResult', index: 1, id: '2', violations: [] },
                ],
                items: [
                  { __typename: 'Service', id: '1' },
                  { __typename: 'Service', id: '2' },
                ],
              },
            },
          },
    );
    const result = await dataProvider.updateMany('services', { ids: ['1', '2'], data: { excludedFromNetwork: true } });
    expect(result.data).toEqual(['1', '2']);
    expect(sent).toHaveLength(2);
    expect(sent[1].query).toContain('saveServices');
    // Each row carries the record read just before (all its input fields, at its version) plus the change.
    expect(sent[1].variables.rows).toEqual([
      { id: '1', version: 2, values: { ...serviceValues, excludedFromNetwork: true } },
      { id: '2', version: 5, values: { ...serviceValues, excludedFromNetwork: true } },
    ]);
  });

  it('refuses a bulk update when a row is refused', async () => {
    const { dataProvider } = fake((name) =>
      name === 'services'
        ? { data: { page: { __typename: 'ServicePage', items: [service], totalCount: 1 } } }
        : {
            data: {
              result: {
                __typename: 'ServiceSaveResult',
                ok: false,
                items: [],
                rows: [
                  {
                    __typename: 'ServiceRowResult',
                    index: 0,
                    id: '1',
                    violations: [{ __typename: 'Violation', field: 'code', code: 'C', message: 'Code déjà pris.', severity: 'ERROR' }],
                  },
                ],
              },
            },
          },
    );
    const error = (await dataProvider.updateMany('services', { ids: ['1'], data: { code: 'X' } }).catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.message).toContain('Ligne 1 : Code déjà pris.');
  });

  it('deletes many records in one request', async () => {
    const { dataProvider, sent } = fake((name) =>
      name === 'services'
        ? { data: { page: { __typename: 'ServicePage', items: [service, { ...service, id: '2', version: 5 }], totalCount: 2 } } }
        : { data: { d0: '1', d1: '2' } },
    );
    const result = await dataProvider.deleteMany('services', { ids: ['1', '2'] });
    expect(result.data).toEqual(['1', '2']);
    expect(sent).toHaveLength(2);
    expect(sent[1].variables).toEqual({ id0: '1', version0: 2, id1: '2', version1: 5 });
  });
});

/** An agent as the API returns it on its show/edit page, with its assignment history. */
const agent = {
  __typename: 'Agent',
  id: 'a1',
  version: 4,
  registrationNumber: 'M1',
  lastName: 'Durand',
  firstName: 'Léa',
  email: null,
  phone: null,
  grade: 'Attachée',
  corps: 'Attachés',
  category: 'A',
  status: 'TITULAIRE',
  population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
  active: true,
  validFrom: '2015-01-01',
  validTo: null,
  mobilityPlanDate: null,
  mobilityPlanKind: null,
  personalDataPurgedAt: null,
  createdAt: '2024-01-02T03:04:05.000Z',
  updatedAt: '2024-02-03T04:05:06.000Z',
  employingMinistry: { __typename: 'Ministry', id: 'm1' },
  service: { __typename: 'Service', id: '1' },
  affectations: [
    {
      __typename: 'Affectation',
      id: 'af1',
      validFrom: '2015-01-01',
      validTo: null,
      service: { __typename: 'Service', id: '1', code: 'S1', name: 'Préfecture' },
    },
  ], // Its dated versions (issue 17), read with it for the « Versions » tab.
  versions: [],
};

describe('dataProvider, agents and their assignments', () => {
  it('reads the assignment history with the agent, in one request', async () => {
    const { dataProvider, sent } = fake(() => ({ data: { record: agent } }));
    const { data } = await dataProvider.getOne('agents', { id: 'a1' });
    expect(sent).toHaveLength(1);
    expect(data).toMatchObject({ serviceId: '1', employingMinistryId: 'm1' });
    expect(data.affectations).toEqual([
      expect.objectContaining({
        id: 'af1',
        validFrom: '2015-01-01',
        validTo: null,
        service: expect.objectContaining({ id: '1', code: 'S1' }),
      }),
    ]);
  });

  it('sends the date of the new assignment, which the record does not hold', async () => {
    const { dataProvider, sent } = fake(() => ({ data: { record: { ...agent, service: { __typename: 'Service', id: '2' } } } }));
    const { data: previousData } = await fake(() => ({ data: { record: agent } })).dataProvider.getOne('agents', { id: 'a1' });
    await dataProvider.update('agents', {
      id: 'a1',
      data: { ...previousData, serviceId: '2', affectationDate: '2025-03-01' },
      previousData,
    });
    const input = sent[0].variables.input as Record<string, unknown>;
    expect(input).toMatchObject({ serviceId: '2', affectationDate: '2025-03-01' });
    expect(input).not.toHaveProperty('affectations');
  });

  it('puts a refused assignment date on its input', async () => {
    const message = 'La date d’effet doit être postérieure au début de l’affectation en cours (01/01/2015).';
    const { dataProvider } = fake(() => ({
      errors: [
        {
          message,
          extensions: {
            code: 'VALIDATION_FAILED',
            violations: [{ field: 'affectationDate', code: 'AFFECTATION_DATE_TOO_EARLY', message, severity: 'ERROR' }],
          },
        },
      ],
    }));
    const error = (await dataProvider
      .update('agents', {
        id: 'a1',
        data: { id: 'a1', version: 4, serviceId: '2', affectationDate: '2014-01-01' },
        previousData: { id: 'a1', version: 4, serviceId: '1' },
      })
      .catch((e: unknown) => e)) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body.errors).toMatchObject({ affectationDate: message });
  });
});

describe('dataProvider.getList beyond the API limit', () => {
  it('reads 1,000 rows in two calls of 500', async () => {
    const { dataProvider, sent } = fake((_, variables) => ({
      data: {
        page: {
          __typename: 'ServicePage',
          items: Array.from({ length: Number(variables.limit) }, (_, i) => ({ ...service, id: `${Number(variables.offset) + i}` })),
          totalCount: 1200,
        },
      },
    }));
    const result = await dataProvider.getList('services', {
      filter: {},
      sort: { field: 'code', order: 'ASC' },
      pagination: { page: 1, perPage: 1000 },
    });
    expect(result.data).toHaveLength(1000);
    expect(result.total).toBe(1200);
    expect(sent.map((s) => [s.variables.offset, s.variables.limit])).toEqual([
      [0, 500],
      [500, 500],
    ]);
  });
});
