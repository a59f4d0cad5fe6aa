import { describe, expect, it } from 'vitest';
import { attendanceRules, commissionPerimeterRule } from './commissions.rules';
import { AttendanceCapacity, CommissionKind } from './enums';

const none = { departmentId: null, regionId: null, authority: null };
const codes = (v: { code: string; field: string }[]) => v.map((x) => `${x.field}:${x.code}`);

describe('commissions rules', () => {
  it('each kind has its perimeter', () => {
    expect(commissionPerimeterRule(CommissionKind.CNAS, none)).toEqual([]);
    expect(commissionPerimeterRule(CommissionKind.CLAS, { ...none, departmentId: 'd' })).toEqual([]);
    expect(commissionPerimeterRule(CommissionKind.CLAS, { ...none, authority: 'POLICE' })).toEqual([]);
    expect(codes(commissionPerimeterRule(CommissionKind.CLAS, { ...none, departmentId: 'd', authority: 'POLICE' }))).toEqual([
      'departmentId:COMMISSION_PERIMETER',
    ]);
    expect(commissionPerimeterRule(CommissionKind.SRIAS, { ...none, regionId: 'r' })).toEqual([]);
    expect(codes(commissionPerimeterRule(CommissionKind.SRIAS, { ...none, authority: 'POLICE', regionId: 'r' }))).toEqual([
      'authority:COMMISSION_PERIMETER',
    ]);
    expect(codes(commissionPerimeterRule(CommissionKind.CNAS, { ...none, regionId: 'r' }))).toEqual(['kind:COMMISSION_PERIMETER']);
  });

  it('correspondents attend as observers, or as experts at the request of a seated member [001 §2.4]', () => {
    const base = { sessionDate: '2026-06-15', capacity: AttendanceCapacity.OBSERVER, correspondent: true, requestedBy: null };
    expect(attendanceRules(base)).toEqual([]);
    expect(codes(attendanceRules({ ...base, correspondent: false }))).toEqual(['agentId:SESSION_ATTENDANCE_NOT_CORRESPONDENT']);
    expect(codes(attendanceRules({ ...base, capacity: AttendanceCapacity.EXPERT }))).toEqual([
      'requestedById:SESSION_ATTENDANCE_EXPERT_REQUEST',
    ]);
    expect(
      attendanceRules({ ...base, capacity: AttendanceCapacity.EXPERT, requestedBy: { sameCommission: true, seatedOn: true } }),
    ).toEqual([]);
    expect(
      codes(attendanceRules({ ...base, capacity: AttendanceCapacity.EXPERT, requestedBy: { sameCommission: true, seatedOn: false } })),
    ).toEqual(['requestedById:SESSION_ATTENDANCE_REQUESTER_NOT_MEMBER']);
  });
});
