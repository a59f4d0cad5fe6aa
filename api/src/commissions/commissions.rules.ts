import { violation, type Violation } from '../shared/errors';
import type { IsoDate } from '../shared/scalars';
import { AttendanceCapacity, CommissionKind } from './enums';
import { frDate } from '../shared/french';

/** The perimeter a commission needs: a CLAS a department or a central perimeter, an SRIAS a region, the CNAS none. */
export function commissionPerimeterRule(
  kind: CommissionKind | undefined,
  p: { departmentId: unknown; regionId: unknown; authority: unknown },
): Violation[] {
  if (!kind) return [];
  if (kind === CommissionKind.CLAS && !p.departmentId === !p.authority) {
    return [
      violation(
        'departmentId',
        'COMMISSION_PERIMETER',
        'Une CLAS est départementale (indiquez le département) ou de l’administration centrale (indiquez le périmètre), pas les deux.',
      ),
    ];
  }
  if (kind === CommissionKind.SRIAS && (!p.regionId || p.departmentId)) {
    return [violation('regionId', 'COMMISSION_PERIMETER', 'Une SRIAS est régionale : indiquez sa région, et aucun département.')];
  }
  if (kind === CommissionKind.CNAS && (p.departmentId || p.regionId || p.authority)) {
    return [violation('kind', 'COMMISSION_PERIMETER', 'La CNAS est nationale : ni département, ni région, ni périmètre central.')];
  }
  if (kind !== CommissionKind.CLAS && p.authority) {
    return [violation('authority', 'COMMISSION_PERIMETER', 'Seule une CLAS de l’administration centrale a un périmètre central.')];
  }
  return [];
}

export interface AttendanceFacts {
  sessionDate: IsoDate;
  capacity: AttendanceCapacity | undefined;
  /** The agent holds an appointment as correspondent on the session date. */
  correspondent: boolean;
  requestedBy: { sameCommission: boolean; seatedOn: boolean } | null;
}

/** Correspondents attend plenary sessions as observers, or as experts at the request of a member [001 §2.4]. */
export function attendanceRules(f: AttendanceFacts): Violation[] {
  const out: Violation[] = [];
  if (!f.correspondent) {
    out.push(
      violation(
        'agentId',
        'SESSION_ATTENDANCE_NOT_CORRESPONDENT',
        `Seuls les correspondants de l’action sociale nommés à la date de la séance (${frDate(f.sessionDate)}) y assistent à ce titre [circulaire du 12 février 2026, §2.4].`,
      ),
    );
  }
  if (f.capacity === AttendanceCapacity.EXPERT && !f.requestedBy) {
    out.push(
      violation(
        'requestedById',
        'SESSION_ATTENDANCE_EXPERT_REQUEST',
        'Un correspondant assiste en qualité d’expert à la demande d’un membre de la commission : indiquez ce membre [circulaire du 12 février 2026, §2.4].',
      ),
    );
  }
  if (f.requestedBy && (!f.requestedBy.sameCommission || !f.requestedBy.seatedOn)) {
    out.push(
      violation(
        'requestedById',
        'SESSION_ATTENDANCE_REQUESTER_NOT_MEMBER',
        `Le membre à l’origine de la demande doit siéger à cette commission à la date de la séance (${frDate(f.sessionDate)}).`,
      ),
    );
  }
  return out;
}
