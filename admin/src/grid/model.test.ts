import { agentGrid } from '../agents/grid';
import { candidacyGrid } from '../candidacies/grid';
import { implantationMapEntryGrid } from '../implantation-map-entries/grid';
import { postAssignmentGrid } from '../post-assignments/grid';
import { serviceGrid } from '../services/grid';
import { socialWorkerPostGrid } from '../social-worker-posts/grid';
import { describe, expect, it } from 'vitest';
import { gridColumns, gridSelection, queryFromListFilter } from './model';
import { agentColumns } from './testing';

describe('grid columns from the schema', () => {
  it('types each input field and finds the referenced list and its key', () => {
    const columns = agentColumns();
    expect(columns.map((c) => [c.field, c.type])).toEqual([
      ['registrationNumber', 'text'],
      ['lastName', 'text'],
      ['email', 'text'],
      ['status', 'enum'],
      ['serviceId', 'reference'],
      ['validFrom', 'date'],
      ['active', 'boolean'],
    ]);
    expect(columns[3].enumValues).toEqual(['TITULAIRE', 'STAGIAIRE', 'CONTRACTUEL']);
    expect(columns[4].reference).toEqual({
      resource: 'services',
      list: 'services',
      filterType: 'ServiceFilter',
      key: 'code',
      details: ['name'],
      sortable: true,
    });
    expect(columns.filter((c) => c.sortable).map((c) => c.field)).toEqual(['registrationNumber', 'lastName', 'validFrom']);
    expect(columns.filter((c) => c.filterable).map((c) => c.field)).toEqual(['status', 'serviceId', 'active']);
    expect(gridSelection(columns)).toBe('id version registrationNumber lastName email status service { id code name } validFrom active');
  });

  it('names agents by registration number, and takes a declared key', () => {
    const [count] = gridColumns({ resource: 'service-headcounts', columns: ['count'] });
    expect(count).toMatchObject({ type: 'number', integer: true });
    const [ministry] = gridColumns({ resource: 'services', columns: [{ field: 'ministryId', key: 'name' }] });
    expect(ministry.reference).toMatchObject({ key: 'name', details: [] });
  });

  it('shows every column referencing a ministry by its name, keyed by its code, from the referenced type alone', () => {
    const columns = [
      ...gridColumns({ resource: 'services', columns: ['ministryId', 'parentId'] }),
      ...gridColumns({ resource: 'agents', columns: ['employingMinistryId'] }),
      ...gridColumns({ resource: 'post-assignments', columns: ['employingMinistryId'] }),
    ];
    expect(columns.map((c) => [c.field, c.reference?.resource, c.reference?.key, c.reference?.details, c.reference?.byDetails])).toEqual([
      ['ministryId', 'ministries', 'code', ['name'], true],
      ['parentId', 'services', 'code', ['name'], undefined],
      ['employingMinistryId', 'ministries', 'code', ['name'], true],
      ['employingMinistryId', 'ministries', 'code', ['name'], true],
    ]);
  });

  it('takes the README’s example declaration', () => {
    const columns = gridColumns({
      resource: 'service-sites',
      columns: ['serviceId', 'label', 'address', { field: 'postalCode', width: 90 }, 'city'],
    });
    expect(columns.map((c) => [c.field, c.type, c.width])).toEqual([
      ['serviceId', 'reference', undefined],
      ['label', 'text', undefined],
      ['address', 'text', undefined],
      ['postalCode', 'text', 90],
      ['city', 'text', undefined],
    ]);
  });

  it('refuses a field the input does not have', () => {
    expect(() => gridColumns({ resource: 'agents', columns: ['nope'] })).toThrow('AgentInput n’a pas de champ nope');
  });

  it('takes a list’s filter values: asOf apart, unknown fields left out', () => {
    expect(queryFromListFilter('services', { q: 'PREF', kind: 'PREFECTURE', asOf: '2024-01-01', ministry: 'x', departmentId: '' })).toEqual(
      { filter: { q: 'PREF', kind: 'PREFECTURE' }, asOf: '2024-01-01' },
    );
    expect(queryFromListFilter('agents', {})).toEqual({ filter: {}, asOf: undefined });
  });
});

describe('every spreadsheet view of the back office', () => {
  it('declares columns the schema types, with a way to name each reference', () => {
    for (const config of [agentGrid, serviceGrid, socialWorkerPostGrid, postAssignmentGrid, implantationMapEntryGrid, candidacyGrid]) {
      const columns = gridColumns(config);
      expect(columns.length, config.resource).toBe(config.columns.length);
      for (const column of columns.filter((c) => c.reference))
        expect(column.reference!.key, `${config.resource}.${column.field}`).toBeTruthy();
    }
  });
});
