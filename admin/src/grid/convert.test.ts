import { describe, expect, it } from 'vitest';
import { formatValue, parseText, referenceName } from './convert';
import { gridColumns } from './model';
import { agentColumns, t } from './testing';

const [registration, , , status, service, validFrom, active] = agentColumns();
const names = new Map([['s1', { key: 'PREF-35', label: 'PREF-35 – Préfecture' }]]);

describe('cell conversions', () => {
  it('reads French dates, and ISO ones, and refuses impossible dates', () => {
    expect(parseText(validFrom, '15/03/2024', t)).toEqual({ value: '2024-03-15' });
    expect(parseText(validFrom, '1/3/2024', t)).toEqual({ value: '2024-03-01' });
    expect(parseText(validFrom, '2024-03-15', t)).toEqual({ value: '2024-03-15' });
    expect(parseText(validFrom, '31/02/2024', t)).toEqual({ error: '« 31/02/2024 » n’est pas une date valide (jj/mm/aaaa).' });
    expect(parseText(validFrom, 'demain', t)).toHaveProperty('error');
  });

  it('reads enum labels or values, whatever the case and accents', () => {
    expect(parseText(status, 'Titulaire', t)).toEqual({ value: 'TITULAIRE' });
    expect(parseText(status, ' contractuel ', t)).toEqual({ value: 'CONTRACTUEL' });
    expect(parseText(status, 'STAGIAIRE', t)).toEqual({ value: 'STAGIAIRE' });
    expect(parseText(status, 'Vacataire', t)).toEqual({ error: '« Vacataire » : valeurs possibles : Titulaire, Stagiaire, Contractuel.' });
  });

  it('reads yes/no, numbers with a decimal comma, and clears on empty text', () => {
    expect(parseText(active, 'oui', t)).toEqual({ value: true });
    expect(parseText(active, 'Non', t)).toEqual({ value: false });
    expect(parseText(active, 'peut-être', t)).toHaveProperty('error');
    expect(parseText({ ...registration, type: 'number' }, '1 234,5', t)).toEqual({ value: 1234.5 });
    expect(parseText({ ...registration, type: 'number', integer: true }, '0,5', t)).toEqual({
      error: '« 0,5 » : un nombre entier est attendu.',
    });
    expect(parseText(registration, '   ', t)).toEqual({ value: null });
    expect(parseText(service, 'PREF-35', t)).toEqual({ lookup: 'PREF-35' });
  });

  it('formats values as they parse back; references by label in the grid, by key in exports', () => {
    expect(formatValue(validFrom, '2024-03-15', t, names)).toBe('15/03/2024');
    expect(formatValue(status, 'TITULAIRE', t, names)).toBe('Titulaire');
    expect(formatValue(active, false, t, names)).toBe('Non');
    expect(formatValue(service, 's1', t, names)).toBe('PREF-35 – Préfecture');
    expect(formatValue(service, 's1', t, names, true)).toBe('PREF-35');
    expect(formatValue(service, null, t, names)).toBe('');
    const [ministry] = gridColumns({ resource: 'agents', columns: ['employingMinistryId'] });
    const ministries = new Map([
      ['m1', referenceName(ministry.reference!, { id: 'm1', code: 'INTERIEUR', name: 'Ministère de l’Intérieur' })],
    ]);
    expect(formatValue(ministry, 'm1', t, ministries)).toBe('Ministère de l’Intérieur');
    expect(formatValue(ministry, 'm1', t, ministries, true)).toBe('Ministère de l’Intérieur');
    expect(parseText(ministry, 'Ministère de l’Intérieur', t)).toEqual({ lookup: 'Ministère de l’Intérieur' });
    for (const [column, value] of [
      [validFrom, '2024-03-15'],
      [status, 'STAGIAIRE'],
      [active, true],
    ] as const) {
      expect(parseText(column, formatValue(column, value, t, names, true), t)).toEqual({ value });
    }
  });
});
