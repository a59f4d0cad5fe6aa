import { describe, expect, it } from 'vitest';
import { DesignatingAuthority, ServiceKind } from './enums';
import {
  designatingAuthorityRule,
  emailRule,
  headcountOverlapRule,
  inseeCodeRule,
  mobilityPlanRule,
  parentCycleRule,
} from './referential.rules';

describe('referential rules', () => {
  it('rejects a parent that is the service itself or one of its descendants', () => {
    const parents = new Map<string, string | null>([
      ['a', null],
      ['b', 'a'],
      ['c', 'b'],
    ]);
    expect(parentCycleRule('a', 'c', parents)[0]?.code).toBe('SERVICE_PARENT_CYCLE');
    expect(parentCycleRule('a', 'a', parents)[0]?.code).toBe('SERVICE_PARENT_CYCLE');
    expect(parentCycleRule('c', 'a', parents)).toEqual([]);
  });

  it('knows the INSEE codes', () => {
    expect(inseeCodeRule('2A', new Set(['2A']), 'un département')).toEqual([]);
    expect(inseeCodeRule('20', new Set(['2A']), 'un département')[0]?.code).toBe('INSEE_CODE_UNKNOWN');
  });

  it('ties the prefect to deconcentrated services [001 art. 3]', () => {
    expect(designatingAuthorityRule(ServiceKind.PREFECTURE, true, DesignatingAuthority.PREFECT)).toEqual([]);
    expect(designatingAuthorityRule(ServiceKind.POLICE, false, DesignatingAuthority.POLICE)).toEqual([]);
    expect(designatingAuthorityRule(ServiceKind.PREFECTURE, true, DesignatingAuthority.SECRETARY_GENERAL)[0]?.field).toBe(
      'designatingAuthority',
    );
    expect(designatingAuthorityRule(ServiceKind.ADMINISTRATION_CENTRALE, true, DesignatingAuthority.PREFECT)[0]?.field).toBe(
      'departmentId',
    );
  });

  it('checks emails and mobility plans', () => {
    expect(emailRule('jeanne.martin@interieur.gouv.fr')).toEqual([]);
    expect(emailRule('jeanne.martin@')[0]?.code).toBe('EMAIL_INVALID');
    expect(mobilityPlanRule('2026-09-01', null)[0]?.field).toBe('mobilityPlanKind');
    expect(mobilityPlanRule(null, null)).toEqual([]);
  });

  it('refuses overlapping headcount periods of one population, inclusive at both ends', () => {
    const existing = [{ id: 'h1', validFrom: '2020-01-01', validTo: '2022-12-31' }];
    expect(headcountOverlapRule({ validFrom: '2023-01-01', validTo: null }, existing)).toEqual([]);
    expect(headcountOverlapRule({ validFrom: '2022-12-31', validTo: null }, existing)[0]?.code).toBe('HEADCOUNT_OVERLAP');
    expect(headcountOverlapRule({ id: 'h1', validFrom: '2020-01-01', validTo: '2024-12-31' }, existing)).toEqual([]);
  });
});
