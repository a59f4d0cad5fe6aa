import { isEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../dataProvider/schema';
import { i18nProvider } from '../i18n/i18nProvider';
import { changesOf, fieldKind, fieldLabel, formatValue, referencesOf, type ValueWords } from './changes';
import { referenceQuery } from './references';

const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options) as string;
const SERVICE_A = 'ee67d86c-0000-4000-8000-000000000001';
const SERVICE_B = 'ffcc2bff-0000-4000-8000-000000000002';
const names: Record<string, string> = {
  [`Service:${SERVICE_A}`]: 'PREF-75 – Préfecture de police',
  [`Service:${SERVICE_B}`]: 'SP-69-1 – Sous-préfecture',
};
const words: ValueWords = { translate, nameOf: (type, id) => names[`${type}:${id}`] };

/** An update of an agent as the API records it: property names, ids, codes, ISO dates. */
const move = {
  action: 'UPDATE' as const,
  before: { service: SERVICE_A, population: 'POLICE_ACTIVE', active: true, validTo: null, personalDataPurgedAt: null, version: 1 },
  after: {
    service: SERVICE_B,
    population: 'ADMINISTRATIVE_TECHNICAL_SCIENTIFIC',
    active: false,
    validTo: '2026-03-19',
    personalDataPurgedAt: null,
    version: 2,
  },
};

const read = (type: string, resource: string, entry: typeof move) =>
  changesOf(type, entry).map(
    (c) => `${fieldLabel(resource, c.key, translate)} : ${formatValue(c.kind, c.before, words)} → ${formatValue(c.kind, c.after, words)}`,
  );

describe('the history, in words', () => {
  it('reads an agent’s update with French labels, names, enum labels and French dates, only for the fields that changed', () => {
    expect(read('Agent', 'agents', move)).toEqual([
      'Service : PREF-75 – Préfecture de police → SP-69-1 – Sous-préfecture',
      'Population : Police (actifs) → Personnels administratifs, techniques et scientifiques',
      'Actif : Oui → Non',
      'Valide jusqu’au : (vide) → 19/03/2026',
    ]);
  });

  it('takes the kind of each field from the schema', () => {
    expect(fieldKind('Agent', 'service')).toEqual({ kind: 'reference', type: 'Service' });
    expect(fieldKind('Agent', 'population')).toEqual({ kind: 'enum', enumName: 'Population' });
    expect(fieldKind('Agent', 'validFrom')).toEqual({ kind: 'date' });
    expect(fieldKind('Agent', 'active')).toEqual({ kind: 'boolean' });
  });

  it('reads a list of enums the trail kept as PostgreSQL’s array literal', () => {
    const kind = fieldKind('Convention', 'populations');
    expect(kind).toEqual({ kind: 'enum', enumName: 'Population' });
    expect(formatValue(kind, '{OTHER_ADMINISTRATION,POLICE_ACTIVE}', words)).toBe('Autres administrations (DDI), Police (actifs)');
    expect(formatValue(kind, '{}', words)).toBe('(vide)');
  });

  it('names a record it cannot read without showing its id', () => {
    expect(formatValue({ kind: 'reference', type: 'Service' }, 'deadbeef-0000-4000-8000-000000000000', words)).toBe(
      '(fiche supprimée ou hors de votre périmètre)',
    );
  });

  it('lists a creation’s given values only, and never the bookkeeping fields', () => {
    const created = changesOf('Agent', {
      action: 'CREATE',
      before: null,
      after: { id: 'x', lastName: 'David', mobilityPlanDate: null, version: 1 },
    });
    expect(created.map((c) => c.key)).toEqual(['lastName']);
  });

  it('reads every referenced record of a page in one request, an aliased list per type', () => {
    const wanted = referencesOf('Agent', [
      move,
      { ...move, after: { ...move.after, employingMinistry: 'm1' }, before: { ...move.before, employingMinistry: 'm0' } },
    ]);
    expect([...wanted]).toEqual([
      ['Service', [SERVICE_A, SERVICE_B]],
      ['Ministry', ['m0', 'm1']],
    ]);
    const query = referenceQuery(wanted)!;
    expect(query.document.match(/\(filter: \{ ids:/g)).toHaveLength(2);
    expect(query.document).toContain('r0: services(filter: { ids: $ids0 }');
    expect(query.variables).toEqual({ ids0: [SERVICE_A, SERVICE_B], ids1: ['m0', 'm1'] });
  });

  it('has a French label for every value of every enum of the schema', () => {
    const missing = Object.values(schema.getTypeMap())
      .filter(isEnumType)
      // The error catalogue's codes carry their own French messages; sort orders are never shown as values.
      .filter((t) => !t.name.startsWith('__') && !['SortOrder', 'ErrorCode'].includes(t.name))
      .flatMap((t) => t.getValues().map((v) => `enums.${t.name}.${v.name}`))
      .filter((key) => translate(key, { _: '' }) === '');
    expect(missing).toEqual([]);
  });
});
