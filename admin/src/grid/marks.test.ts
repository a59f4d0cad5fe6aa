import { describe, expect, it } from 'vitest';
import { conflictsFromResult, keepMine, takeTheirs } from './conflicts';
import { countMarks, issuesOf, marksFromResult, ROW, withoutCell } from './marks';
import { type BaseRow, emptyStaging, stage, type StagedRow } from './staging';
import type { Violation } from '../dataProvider/save';
import type { ErrorCode, Severity } from '../gql/graphql';

const sent: StagedRow[] = [
  { key: 'a', id: 'a', version: 3, values: { email: 'x@' }, invalid: [] },
  {
    key: 'b',
    id: 'b',
    version: 1,
    values: { grade: 'Directeur' },
    invalid: [{ field: 'validFrom', message: '« 31/02/2024 » n’est pas une date valide (jj/mm/aaaa).' }],
  },
  { key: 'nouvelle-1', values: { lastName: 'Neuf' }, invalid: [] },
];
const v = (field: string, code: ErrorCode, message: string, severity: Severity = 'ERROR'): Violation => ({
  field,
  code,
  message,
  severity,
});

describe('marks from a bulk-save result', () => {
  it('puts each violation on its cell, warnings apart, unknown fields on the row, conflicts aside', () => {
    const marks = marksFromResult(
      sent,
      [
        { index: 0, id: 'a', violations: [v('email', 'EMAIL_INVALID', 'Courriel invalide.')] },
        {
          index: 1,
          id: 'b',
          violations: [
            v('version', 'STALE_VERSION', 'modifié'),
            v('mobilityPlanDate', 'MOBILITY_PLAN_INCOMPLETE', 'À vérifier.', 'WARNING'),
          ],
        },
        {
          index: 2,
          id: null,
          violations: [
            v('registrationNumber', 'REQUIRED', 'Obligatoire.'),
            v('affectationDate', 'AFFECTATION_DATE_TOO_EARLY', 'Hors grille.'),
          ],
        },
      ],
      new Set(['email', 'grade', 'validFrom', 'registrationNumber', 'mobilityPlanDate']),
    );
    expect(issuesOf(marks, ['a', 'b', 'nouvelle-1']).map((i) => [i.key, i.field, i.mark.severity, i.mark.code])).toEqual([
      ['a', 'email', 'ERROR', 'EMAIL_INVALID'],
      ['b', 'validFrom', 'ERROR', 'FORMAT'],
      ['b', 'mobilityPlanDate', 'WARNING', 'MOBILITY_PLAN_INCOMPLETE'],
      ['nouvelle-1', 'registrationNumber', 'ERROR', 'REQUIRED'],
      ['nouvelle-1', ROW, 'ERROR', 'AFFECTATION_DATE_TOO_EARLY'],
    ]);
    expect(countMarks(marks)).toEqual({ errors: 4, warnings: 1 });
    expect(countMarks(withoutCell(marks, 'a', 'email'))).toEqual({ errors: 3, warnings: 1 });
  });
});

describe('conflicts', () => {
  const read: BaseRow = { key: 'b', id: 'b', version: 1, values: { grade: 'Secrétaire', lastName: 'Durand' } };
  const base = (key: string) => (key === 'b' ? read : undefined);
  const toBase = (key: string, r: Record<string, unknown>): BaseRow => ({
    key,
    id: String(r.id),
    version: Number(r.version),
    values: { grade: r.grade, lastName: r.lastName },
  });
  const results = [
    {
      index: 1,
      id: 'b',
      violations: [v('version', 'STALE_VERSION', 'modifié')],
      current: { id: 'b', version: 2, grade: 'Attaché', lastName: 'Durand-Roy' },
    },
  ];

  it('shows, for each staged cell of a row changed meanwhile, the value read, mine and theirs', () => {
    const [conflict] = conflictsFromResult(sent, results, base, toBase);
    expect(conflict.key).toBe('b');
    expect(conflict.current.version).toBe(2);
    expect(conflict.fields).toEqual([{ field: 'grade', read: 'Secrétaire', mine: 'Directeur', theirs: 'Attaché' }]);
  });

  it('keeps mine on the new version, or takes theirs and drops my edits of the row', () => {
    const [conflict] = conflictsFromResult(sent, results, base, toBase);
    const staging = stage(emptyStaging(), base, [{ key: 'b', field: 'grade', value: 'Directeur' }]);
    const mine = keepMine(conflict, staging);
    expect(mine.base.version).toBe(2);
    expect(mine.staging.edits.get('b')).toEqual({ grade: 'Directeur' });
    const theirs = takeTheirs(conflict, staging);
    expect(theirs.base.values).toEqual({ grade: 'Attaché', lastName: 'Durand-Roy' });
    expect(theirs.staging.edits.has('b')).toBe(false);
  });
});
