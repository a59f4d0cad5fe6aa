import type { EntityMetadata } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { defaultRepresentation, representations } from '../../../schema/representations';
import { recordRepresentation, registerLabels } from './labels';

const ID = '0b7c1a52-0000-4000-8000-000000000001';
/** An entity's metadata as far as naming reads it: its class and the properties it has. */
const entity = (className: string, ...properties: string[]) =>
  ({ className, properties: Object.fromEntries(properties.map((p) => [p, {}])) }) as unknown as EntityMetadata;

describe('defaultRepresentation (schema/representations.ts): a record of a type that declares no representation', () => {
  it('is named by its name, else its title', () => {
    expect(defaultRepresentation({ id: ID, code: 'C-1', title: 'Titre', name: 'Nom' })).toBe('Nom');
    expect(defaultRepresentation({ id: ID, code: 'C-1', title: 'Titre', name: null })).toBe('Titre');
  });

  it('else by the first human key its type has: the one given (the API), else the first the record holds (the back office)', () => {
    expect(defaultRepresentation({ id: ID, registrationNumber: 'AG-0042', label: 'Libellé' })).toBe('AG-0042');
    expect(defaultRepresentation({ id: ID, reference: 'CONV-2026-01', label: 'Libellé' })).toBe('CONV-2026-01');
    expect(defaultRepresentation({ id: ID, label: 'Libellé' })).toBe('Libellé');
    expect(defaultRepresentation({ id: ID, reference: 'CONV-2026-01', label: 'Libellé' }, 'label')).toBe('Libellé');
  });

  it('by its id only when its type has none of these words', () => {
    expect(defaultRepresentation({ id: ID, year: 2026 })).toBe(ID);
  });
});

describe('recordRepresentation (the API)', () => {
  it('names a record as its resource declares it', () => {
    registerLabels('Department', 'Département', {}, representations.Department);
    expect(recordRepresentation(entity('Department', 'code', 'name'), { id: ID, code: '75', name: 'Paris' })).toBe('75 – Paris');
  });

  it('else by the default rule, with its entity’s human key', () => {
    const post = entity('UnnamedPost', 'code', 'label');
    expect(recordRepresentation(post, { id: ID, code: 'ASS-13-1', label: 'Poste' })).toBe('ASS-13-1');
    expect(recordRepresentation(entity('UnnamedAgent', 'registrationNumber'), { id: ID, registrationNumber: 'AG-0042' })).toBe('AG-0042');
    expect(recordRepresentation(entity('UnnamedSite', 'title', 'label'), { id: ID, title: 'Site', label: 'Libellé' })).toBe('Site');
  });
});
