import { describe, expect, it } from 'vitest';
import { isInvalid } from './convert';
import type { ReferenceTarget } from './model';
import { convertCells, matchReference, resolveLookups, searchTextOf } from './references';
import { agentColumns, t } from './testing';

const services: ReferenceTarget = {
  resource: 'services',
  list: 'services',
  filterType: 'ServiceFilter',
  key: 'code',
  details: ['name'],
  sortable: true,
};
const records = [
  { id: '1', code: 'PREF-35', name: 'Préfecture' },
  { id: '2', code: 'PREF-350', name: 'Préfecture' },
  { id: '3', code: 'DDT-35', name: 'Direction départementale des territoires' },
];

describe('reference lookups', () => {
  it('matches the key exactly (not a prefix), the grid’s label, or a unique name', () => {
    expect(matchReference(services, 'pref-35', records)).toMatchObject({
      value: '1',
      name: { key: 'PREF-35', label: 'PREF-35 – Préfecture' },
    });
    expect(matchReference(services, 'PREF-350 – Préfecture', records)).toMatchObject({ value: '2' });
    expect(matchReference(services, 'direction departementale des territoires', records)).toMatchObject({ value: '3' });
    expect(matchReference(services, 'Préfecture', records)).toEqual({
      error: '« Préfecture » désigne 2 enregistrements : indiquez son code.',
    });
    expect(matchReference(services, 'PREF-99', records)).toEqual({
      error: '« PREF-99 » : aucun enregistrement ne correspond (indiquez son code).',
    });
  });

  it('names a ministry by its name, and takes its code or its name, whatever the apostrophe', async () => {
    const ministries: ReferenceTarget = {
      ...services,
      resource: 'ministries',
      list: 'ministries',
      filterType: 'MinistryFilter',
      byDetails: true,
    };
    const all = [
      { id: 'i', code: 'INTERIEUR', name: 'Ministère de l’Intérieur' },
      { id: 'a', code: 'AGRICULTURE', name: 'Ministère de l’Agriculture et de la Souveraineté alimentaire' },
    ];
    const interior = { value: 'i', name: { key: 'INTERIEUR', label: 'Ministère de l’Intérieur' } };
    expect(matchReference(ministries, 'INTERIEUR', all)).toEqual(interior);
    expect(matchReference(ministries, 'interieur', all)).toEqual(interior);
    expect(matchReference(ministries, 'Ministère de l’Intérieur', all)).toEqual(interior);
    expect(matchReference(ministries, "ministere de l'interieur", all)).toEqual(interior);
    // The grid's former label, in files exported before.
    expect(matchReference(ministries, 'INTERIEUR – Ministère de l’Intérieur', all)).toEqual(interior);
    expect(matchReference(ministries, 'Justice', all)).toEqual({
      error: '« Justice » : aucun enregistrement ne correspond (indiquez son nom ou son code).',
    });
    // The whole name is searched (the API folds apostrophes), or the key of `key – details`.
    expect(searchTextOf(" Ministère de l'Intérieur ")).toBe("Ministère de l'Intérieur");
    expect(searchTextOf('Préfecture d’Ille-et-Vilaine')).toBe('Préfecture d’Ille-et-Vilaine');
    expect(searchTextOf('PREF-35 – Préfecture d’Ille-et-Vilaine')).toBe('PREF-35');
    expect(searchTextOf('INTERIEUR')).toBe('INTERIEUR');
  });

  it('never picks one of several records sharing a key (an assignment named by its post and start date)', () => {
    const assignments: ReferenceTarget = {
      resource: 'post-assignments',
      list: 'postAssignments',
      filterType: 'PostAssignmentFilter',
      key: 'reference',
      details: [],
      sortable: false,
    };
    const shared = [
      { id: 'a', reference: 'ASS-35-01 (2025-01-01)' },
      { id: 'b', reference: 'ASS-35-01 (2025-01-01)' },
      { id: 'c', reference: 'ASS-35-01 (2023-09-01)' },
    ];
    expect(matchReference(assignments, 'ASS-35-01 (2023-09-01)', shared)).toMatchObject({ value: 'c' });
    expect(matchReference(assignments, 'ASS-35-01 (2025-01-01)', shared)).toEqual({
      error: '« ASS-35-01 (2025-01-01) » désigne 2 enregistrements : choisissez-le dans la liste.',
    });
  });

  it('looks each distinct text up once, one batch per referenced resource', async () => {
    const calls: string[][] = [];
    const fetch = async (_: ReferenceTarget, texts: string[]) => {
      calls.push(texts);
      return texts.map(() => records);
    };
    const out = await resolveLookups(
      [
        { target: services, text: 'PREF-35' },
        { target: services, text: 'X' },
        { target: services, text: 'PREF-35' },
      ],
      fetch,
    );
    expect(calls).toEqual([['PREF-35', 'X']]);
    expect(out.map((r) => (isInvalid(r) ? r.message : r.value))).toEqual([
      '1',
      '« X » : aucun enregistrement ne correspond (indiquez son code).',
      '1',
    ]);
  });

  it('converts typed cells by column, keeping the text of those that do not convert', async () => {
    const columns = agentColumns();
    const { edits, names } = await convertCells(
      [
        { key: 'a', field: 'validFrom', text: '01/02/2020' },
        { key: 'a', field: 'serviceId', text: 'DDT-35' },
        { key: 'b', field: 'status', text: 'Chef' },
        { key: 'b', field: 'unknown', text: 'x' },
      ],
      (f) => columns.find((c) => c.field === f),
      t,
      async (_, texts) => texts.map(() => records),
    );
    expect(edits.map((e) => [e.key, e.field, isInvalid(e.value) ? e.value.text : e.value])).toEqual([
      ['a', 'validFrom', '2020-02-01'],
      ['a', 'serviceId', '3'],
      ['b', 'status', 'Chef'],
    ]);
    expect(isInvalid(edits[2].value)).toBe(true);
    expect(names).toEqual([['3', { key: 'DDT-35', label: 'DDT-35 – Direction départementale des territoires' }]]);
  });
});
