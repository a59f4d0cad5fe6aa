import { describe, expect, it } from 'vitest';
import { MemberRole } from './enums';
import { exOfficioSeat, seatedExOfficio } from './ex-officio.rules';

const assignment = { validFrom: '2020-09-01', validTo: '2026-08-31' };
const clas = { validFrom: '2015-01-01', validTo: null };
const seat = (validFrom: string, validTo: string | null, role = MemberRole.EX_OFFICIO) => ({ role, validFrom, validTo });

describe('ASS are ex-officio members of the CLAS [004 §II.3]', () => {
  it('an ex-officio seat in force on the date counts; another quality does not', () => {
    expect(seatedExOfficio([seat('2021-01-01', '2025-12-31')], '2025-12-31')).toBe(true);
    expect(seatedExOfficio([seat('2021-01-01', '2025-12-31')], '2026-01-01')).toBe(false);
    expect(seatedExOfficio([seat('2021-01-01', null, MemberRole.TITULAIRE)], '2025-06-30')).toBe(false);
  });

  it('the missing seat runs with the assignment, within the commission', () => {
    expect(exOfficioSeat(assignment, clas, [], '2025-06-30')).toEqual({ validFrom: '2020-09-01', validTo: '2026-08-31' });
    expect(exOfficioSeat(assignment, { validFrom: '2022-01-01', validTo: '2025-12-31' }, [], '2025-06-30')).toEqual({
      validFrom: '2022-01-01',
      validTo: '2025-12-31',
    });
    // Not assigned on the date (the day after the assignment ends): nothing to add.
    expect(exOfficioSeat(assignment, clas, [], '2026-09-01')).toBeNull();
    expect(exOfficioSeat(assignment, clas, [], '2026-08-31')).not.toBeNull();
  });

  it('starts the day after an earlier seat ends and stops the day before a later one', () => {
    const seats = [seat('2020-09-01', '2023-12-31'), seat('2026-03-01', null)];
    expect(exOfficioSeat(assignment, clas, seats, '2023-12-31')).toBeNull();
    expect(exOfficioSeat(assignment, clas, seats, '2024-01-01')).toEqual({ validFrom: '2024-01-01', validTo: '2026-02-28' });
  });
});
