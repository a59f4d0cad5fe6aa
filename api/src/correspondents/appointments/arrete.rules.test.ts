import { describe, expect, it } from 'vitest';
import { DesignatingAuthority } from '../../referential/enums';
import { arreteAuthorityRule, signatoryRule, signatureLine } from './arrete.rules';
import { SignatoryCapacity } from '../enums';

const codes = (v: { code: string; field: string }[]) => v.map((x) => `${x.field}:${x.code}`);
const policeMap = { authority: DesignatingAuthority.POLICE, departmentId: null };
const rennesMap = { authority: DesignatingAuthority.PREFECT, departmentId: 'd35', departmentName: 'Ille-et-Vilaine (35)' };

describe('the appointing arrêté is the map’s authority’s [001 art. 3–4; 002 §2.2]', () => {
  it('refuses a prefect’s arrêté for a central police service, and accepts the DRHFSPN’s', () => {
    expect(codes(arreteAuthorityRule(policeMap, { authority: DesignatingAuthority.PREFECT, departmentId: 'd33' }))).toEqual([
      'arreteAuthority:APPOINTMENT_AUTHORITY_NOT_MAP',
    ]);
    expect(arreteAuthorityRule(policeMap, { authority: DesignatingAuthority.PREFECT, departmentId: 'd33' })[0].message).toContain(
      'police nationale [arrêté du 12 février 2026, art. 3 et 4',
    );
    expect(arreteAuthorityRule(policeMap, { authority: DesignatingAuthority.POLICE, departmentId: null })).toEqual([]);
  });

  it('refuses the prefect of another department, and requires the authority', () => {
    expect(codes(arreteAuthorityRule(rennesMap, { authority: DesignatingAuthority.PREFECT, departmentId: 'd33' }))).toEqual([
      'arreteAuthorityDepartmentId:APPOINTMENT_AUTHORITY_NOT_MAP',
    ]);
    expect(codes(arreteAuthorityRule(rennesMap, { authority: DesignatingAuthority.PREFECT, departmentId: null }))).toEqual([
      'arreteAuthorityDepartmentId:APPOINTMENT_AUTHORITY_NOT_MAP',
    ]);
    expect(arreteAuthorityRule(rennesMap, { authority: DesignatingAuthority.PREFECT, departmentId: 'd35' })).toEqual([]);
    expect(codes(arreteAuthorityRule(rennesMap, { authority: null, departmentId: null }))).toEqual(['arreteAuthority:REQUIRED']);
    expect(arreteAuthorityRule(rennesMap, { authority: null, departmentId: null })[0].message).toContain(
      'le préfet (département : Ille-et-Vilaine (35))',
    );
  });

  it('names the signatory, and the function of one who signs by delegation or interim', () => {
    expect(signatoryRule('Paul Durand', SignatoryCapacity.AUTHORITY, null)).toEqual([]);
    expect(codes(signatoryRule('Paul Durand', SignatoryCapacity.DELEGATION, ' '))).toEqual([
      'arreteSignatoryTitle:APPOINTMENT_SIGNATORY_TITLE_REQUIRED',
    ]);
    expect(codes(signatoryRule(' ', SignatoryCapacity.INTERIM, 'le sous-préfet'))).toEqual(['arreteSignatory:REQUIRED']);
    expect(signatureLine(rennesMap, 'Paul Durand', SignatoryCapacity.DELEGATION, 'le secrétaire général de la préfecture')).toBe(
      'Pour le préfet (département : Ille-et-Vilaine (35)) et par délégation, le secrétaire général de la préfecture, Paul Durand',
    );
    expect(signatureLine(policeMap, 'Anne Roy', SignatoryCapacity.AUTHORITY, null)).toBe(
      'Le directeur des ressources humaines, des finances et des soutiens de la police nationale, Anne Roy',
    );
  });
});
