import { describe, expect, it } from 'vitest';
import { AllocationTarget, ConventionKind } from './enums';
import {
  type Allocation,
  allocationPeriodRule,
  etpOf,
  functionShareMissingRule,
  functionShareRule,
  postQuotaRule,
  scopeDefaultStartRule,
  shareSumRule,
  targetRule,
  type ZoneEntry,
  zoneDuring,
  zoneRule,
} from './conventions.rules';

const allocation = (key: string, share: number, extra: Partial<Allocation> = {}): Allocation => ({
  key,
  assignmentId: 'a1',
  conventionId: 'c1',
  postId: 'p1',
  quota: 1,
  share,
  isFunction: key === 'function',
  target: key,
  validFrom: '2025-01-01',
  validTo: null,
  ...extra,
});

describe('time allocation rules', () => {
  it('warns once, on the first row, when an ASS sector gives no time to the function on some stretch [003 annex 5]', () => {
    const x = allocation('x', 0.8, { row: 0 });
    const y = allocation('y', 0.2, { row: 1 });
    expect(functionShareMissingRule(x, [x, y], 0.2)[0]).toMatchObject({
      field: 'share',
      code: 'FUNCTION_SHARE_MISSING',
      severity: 'WARNING',
    });
    expect(functionShareMissingRule(y, [x, y], 0.2)).toEqual([]);
    const fn = allocation('function', 0.2, { row: 2, validFrom: '2025-07-01' });
    expect(functionShareMissingRule(x, [x, allocation('y', 0.2, { row: 1, validFrom: '2025-01-01' }), fn], 0.2)[0].message).toContain(
      'du 01/01/2025 au 30/06/2025',
    );
    expect(functionShareMissingRule(x, [x, allocation('function', 0.2)], 0.2)).toEqual([]);
    expect(functionShareMissingRule(allocation('function', 1, { row: 0 }), [], 0.2)).toEqual([]);
  });

  it('computes the 003 worked example: an ASS at 80 % giving half their time to service X gives 0.4 ETP [003 annex 5, note 3]', () => {
    expect(etpOf(0.8, 0.5)).toBe(0.4);
    expect(etpOf(1, 0.2)).toBe(0.2);
  });

  it('refuses shares of one assignment that do not sum to 1, naming the rows, within ± 0.001', () => {
    const rows = [allocation('row-0', 0.5, { row: 0, target: 'PREF-75' }), allocation('row-1', 0.2, { row: 1, target: 'fonction' })];
    const stored = allocation('s1', 0.2, { target: 'DDT-75' });
    const [error] = shareSumRule(rows[0], [rows[1], stored]);
    expect(error).toMatchObject({ field: 'share', code: 'TIME_ALLOCATION_SHARES_NOT_ONE', severity: 'ERROR' });
    expect(error.message).toBe(
      'Les parts de temps de cette affectation totalisent 0,9 à partir du 01/01/2025 au lieu de 1 (« PREF-75 » : 0,5 ; « fonction » : 0,2 ; « DDT-75 » (déjà enregistrée) : 0,2) : ajustez les parts pour que leur somme fasse 1.',
    );
    expect(shareSumRule(rows[0], [rows[1], { ...stored, share: 0.3005 }])).toEqual([]);
  });

  it('checks the sum over time: a later share does not fill an earlier gap', () => {
    const early = allocation('row-0', 0.8, { row: 0, validTo: '2025-06-30' });
    const late = allocation('row-1', 0.2, { row: 1, validFrom: '2025-03-01' });
    const [error] = shareSumRule(early, [late]);
    expect(error.message).toContain('du 01/01/2025 au 28/02/2025');
    expect(shareSumRule(allocation('x', 0.8), [allocation('y', 0.2)])).toEqual([]);
  });

  it('warns, without refusing, when the function share is far from the guideline', () => {
    expect(functionShareRule(0.2, 0.2, 0.05)).toEqual([]);
    expect(functionShareRule(0.25, 0.2, 0.05)).toEqual([]);
    expect(functionShareRule(0.05, 0.2, 0.05)[0]).toMatchObject({ code: 'FUNCTION_SHARE_FAR_FROM_GUIDELINE', severity: 'WARNING' });
  });

  it('refuses an allocation outside the convention’s dates or the assignment’s', () => {
    const convention = { reference: 'C-1', validFrom: '2025-01-01', validTo: '2025-12-31' };
    const assignment = { validFrom: '2024-01-01', validTo: null };
    expect(allocationPeriodRule({ validFrom: '2025-02-01', validTo: '2025-12-31' }, convention, assignment)).toEqual([]);
    expect(allocationPeriodRule({ validFrom: '2024-12-01', validTo: '2025-12-31' }, convention, assignment)[0]).toMatchObject({
      field: 'validFrom',
      code: 'TIME_ALLOCATION_OUTSIDE_CONVENTION',
    });
    expect(allocationPeriodRule({ validFrom: '2025-02-01', validTo: null }, convention, assignment)[0]).toMatchObject({
      field: 'validTo',
      code: 'TIME_ALLOCATION_OUTSIDE_CONVENTION',
    });
    expect(
      allocationPeriodRule({ validFrom: '2025-02-01', validTo: '2025-03-01' }, convention, { validFrom: '2025-02-15', validTo: null })[0]
        .code,
    ).toBe('TIME_ALLOCATION_OUTSIDE_ASSIGNMENT');
  });

  it('refuses a service outside the zone, and a small service counted with its main one', () => {
    const entry = (e: Partial<ZoneEntry>): ZoneEntry => ({
      serviceId: null,
      departmentId: null,
      regionId: null,
      countedWithId: null,
      validFrom: '2020-01-01',
      validTo: null,
      ...e,
    });
    const zone = [entry({ serviceId: 's1' }), entry({ serviceId: 's2', countedWithId: 's1' }), entry({ departmentId: 'd75' })];
    const target = (serviceId: string, departmentId: string | null) => ({ serviceId, code: serviceId, departmentId, regionId: null });
    const year = { validFrom: '2025-01-01', validTo: '2025-12-31' };
    expect(zoneRule(zone, target('s1', 'd92'), year)).toEqual([]);
    expect(zoneRule(zone, target('s9', 'd75'), year)).toEqual([]);
    expect(zoneRule(zone, target('s9', 'd92'), year)[0]).toMatchObject({ field: 'serviceId', code: 'TIME_ALLOCATION_OUTSIDE_ZONE' });
    expect(zoneRule(zone, target('s2', 'd92'), year, 'PREF-92')[0].message).toContain('PREF-92');
  });

  it('allocates time to a service only while it is in the dated zone (issue 17)', () => {
    const until = {
      serviceId: 's1',
      departmentId: null,
      regionId: null,
      countedWithId: null,
      validFrom: '2020-01-01',
      validTo: '2025-06-30',
    };
    const target = { serviceId: 's1', code: 'PREF-35', departmentId: 'd35', regionId: null };
    expect(zoneRule([until], target, { validFrom: '2025-01-01', validTo: '2025-06-30' })).toEqual([]);
    const [late] = zoneRule([until], target, { validFrom: '2025-01-01', validTo: null });
    expect(late).toMatchObject({ field: 'serviceId', code: 'TIME_ALLOCATION_OUTSIDE_ZONE' });
    expect(late.message).toBe(
      'Le service PREF-35 n’est pas dans la zone d’intervention de la convention pendant toute la part (à partir du 01/01/2025) : ajustez les dates de la part ou celles de la zone.',
    );
    expect(zoneDuring([until], { validFrom: '2025-07-01', validTo: null }).services.size).toBe(0);
  });

  it('never allocates a post beyond its quota', () => {
    const a = allocation('row-0', 1, { row: 0, assignmentId: 'a1', quota: 0.8 });
    const b = allocation('s2', 1, { assignmentId: 'a2', quota: 0.5 });
    expect(postQuotaRule(a, [b], 1)[0]).toMatchObject({ code: 'TIME_ALLOCATION_POST_OVER_QUOTA' });
    expect(postQuotaRule(a, [{ ...b, quota: 0.2 }], 1)).toEqual([]);
  });

  it('ties targets to the kind of convention', () => {
    expect(targetRule(ConventionKind.ASS_SERVICE, AllocationTarget.FUNCTION, null, null)).toEqual([]);
    expect(targetRule(ConventionKind.ASS_SERVICE, AllocationTarget.REGION, null, 'r')[0].code).toBe('TIME_ALLOCATION_TARGET_KIND');
    expect(targetRule(ConventionKind.CTR_INTERREGIONAL, AllocationTarget.REGION, null, null)[0].field).toBe('regionId');
  });
});

describe('a zone entry saved with no start', () => {
  const convention = { validFrom: '2021-01-01', validTo: null };
  it('warns that it enters with a convention begun earlier, naming its first day', () => {
    const [warning] = scopeDefaultStartRule({ validFrom: null, isNew: true }, convention, '2026-12-02');
    expect(warning).toMatchObject({ field: 'validFrom', code: 'CONVENTION_SCOPE_DEFAULT_START', severity: 'WARNING' });
    expect(warning.message).toContain('le 01/01/2021');
  });
  it('says nothing when the entry is dated, already saved, or its convention begins today or later (nothing backdated)', () => {
    expect(scopeDefaultStartRule({ validFrom: '2025-01-01', isNew: true }, convention, '2026-12-02')).toEqual([]);
    expect(scopeDefaultStartRule({ validFrom: null, isNew: false }, convention, '2026-12-02')).toEqual([]);
    expect(scopeDefaultStartRule({ validFrom: null, isNew: true }, { validFrom: '2026-12-02', validTo: null }, '2026-12-02')).toEqual([]);
    expect(scopeDefaultStartRule({ validFrom: null, isNew: true }, { validFrom: '2027-01-01', validTo: null }, '2026-12-02')).toEqual([]);
  });
});
