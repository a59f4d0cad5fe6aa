import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../dataProvider/schema';
import { gridColumns } from './model';
import { candidatesQuery, listQuery, LOOKUPS_PER_REQUEST, saveMutation, toBaseRow } from './queries';
import { agentColumns } from './testing';

const valid = (query: string) => validate(schema, parse(query)).map((e) => e.message);

describe('grid operations', () => {
  it('are valid against the API schema, for every declared grid resource', () => {
    const services = gridColumns({
      resource: 'services',
      columns: ['code', 'kind', 'parentId', 'departmentId', 'ministryId', 'validFrom'],
    });
    for (const [resource, columns] of [
      ['agents', agentColumns()],
      ['services', services],
    ] as const) {
      expect(valid(listQuery(resource, columns))).toEqual([]);
      expect(valid(saveMutation(resource, columns))).toEqual([]);
      for (const column of columns) if (column.reference) expect(valid(candidatesQuery(column.reference, LOOKUPS_PER_REQUEST))).toEqual([]);
    }
  });

  it('reads a record as a base row, references as ids with their names', () => {
    const record = {
      id: 'a1',
      version: 4,
      registrationNumber: 'M1',
      lastName: 'Martin',
      email: null,
      status: 'TITULAIRE',
      service: { id: 's1', code: 'PREF-35', name: 'Préfecture' },
      validFrom: '2020-01-01',
      active: true,
    };
    expect(toBaseRow(agentColumns(), record)).toEqual({
      row: {
        key: 'a1',
        id: 'a1',
        version: 4,
        values: {
          registrationNumber: 'M1',
          lastName: 'Martin',
          email: null,
          status: 'TITULAIRE',
          serviceId: 's1',
          validFrom: '2020-01-01',
          active: true,
        },
      },
      names: [['s1', { key: 'PREF-35', label: 'PREF-35 – Préfecture' }]],
    });
  });
});
