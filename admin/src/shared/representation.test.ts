import type { RaRecord } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { representations } from '../../../schema/representations';
import { representRecord, withRepresentation } from './representation';

const ID = '0b7c1a52-0000-4000-8000-000000000001';

describe('a record’s name in the back office', () => {
  it('is its resource’s own representation, a function or a field', () => {
    const department = { id: ID, code: '75', name: 'Paris' };
    expect(representRecord({ name: 'departments', recordRepresentation: representations.Department }, department)).toBe('75 – Paris');
    expect(representRecord({ name: 'departments', recordRepresentation: 'code' }, department)).toBe('75');
  });

  it('else the API’s rule for a type that declares none: name, title, human key (code, registration number, reference…), id', () => {
    const agent: RaRecord = { id: ID, registrationNumber: 'AG-0042', label: 'Agent' };
    expect(representRecord(undefined, agent)).toBe('AG-0042');
    expect(representRecord({ name: 'agents' }, { id: ID, code: 'ASS-13-1', label: 'Poste' })).toBe('ASS-13-1');
    expect(representRecord(undefined, { id: ID, name: 'Nom', title: 'Titre' })).toBe('Nom');
    expect(representRecord(undefined, { id: ID, year: 2026 })).toBe(ID);
  });

  it('registers a resource that declares none with that rule, and keeps a declared one', () => {
    const unnamed = withRepresentation({});
    expect(typeof unnamed.recordRepresentation).toBe('function');
    expect((unnamed.recordRepresentation as (r: RaRecord) => string)({ id: ID, reference: 'CONV-2026-01', label: 'Libellé' })).toBe(
      'CONV-2026-01',
    );
    expect(withRepresentation({ recordRepresentation: 'name' }).recordRepresentation).toBe('name');
  });
});
