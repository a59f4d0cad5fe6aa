import type { EntityManager } from '@mikro-orm/postgresql';
import { Appointment } from '../correspondents/appointments/appointment.entity';
import { runningOn } from '../correspondents/correspondents.rules';
import { ImplantationMap } from '../correspondents/maps/implantation-map.entity';
import { CrudService, type PreparedRow, valueOf } from '../shared/crud.service';
import { isValidOn } from '../shared/dated';
import { violation } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { escapeLike } from '../shared/search';
import { CommissionMember } from './commission-member.entity';
import { CommissionSession } from './commission-session.entity';
import { Commission } from './commission.entity';
import { attendanceRules, commissionPerimeterRule } from './commissions.rules';
import type { CommissionInput, CommissionMemberInput, CommissionSessionInput, SessionAttendanceInput } from './commissions.types';
import { Opinion } from './opinion.entity';
import { SessionAttendance } from './session-attendance.entity';

const dates = { validFrom: 'Date de début', validTo: 'Date de fin' };

export const commissions = new CrudService<Commission, CommissionInput>({
  entity: Commission,
  label: 'Commission',
  fields: {
    code: 'Code',
    name: 'Nom',
    kind: 'Type',
    departmentId: 'Département',
    regionId: 'Région',
    authority: 'Périmètre central',
    ...dates,
  },
  list: { sortable: ['code', 'name', 'kind', 'validFrom'], dated: true },
  required: ['code', 'name', 'kind', 'validFrom'],
  unique: ['code'],
  check: (row) =>
    commissionPerimeterRule(valueOf(row, 'kind') as never, {
      departmentId: valueOf(row, 'departmentId'),
      regionId: valueOf(row, 'regionId'),
      authority: valueOf(row, 'authority'),
    }),
  beforeDelete: async (em, commission) =>
    (await em.count(CommissionSession, { commission }))
      ? [violation('id', 'COMMISSION_HAS_SESSIONS', 'Cette commission a tenu des séances : fermez-la avec une date de fin.')]
      : [],
});

export const commissionMembers = new CrudService<CommissionMember, CommissionMemberInput>({
  entity: CommissionMember,
  label: 'Membre de commission',
  fields: { commissionId: 'Commission', agentId: 'Agent', role: 'Qualité', ...dates },
  list: { sortable: ['role', 'validFrom', 'validTo'], dated: true },
  required: ['commissionId', 'agentId', 'role', 'validFrom'],
});

/** « Séance du 20/03/2026 », « 20/03/2026 » or « 2026-03-20 » → 2026-03-20; else null. */
function sessionDate(text: string): string | null {
  const fr = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  if (fr) return `${fr[3]}-${fr[2]}-${fr[1]}`;
  return /\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? null;
}

export const commissionSessions = new CrudService<CommissionSession, CommissionSessionInput>({
  entity: CommissionSession,
  label: 'Séance',
  fields: { commissionId: 'Commission', date: 'Date', agenda: 'Ordre du jour' },
  list: {
    sortable: ['date'],
    dated: false,
    // A session is named by its date (« Séance du 20/03/2026 »): `q` finds it by that date too, typed as shown or ISO.
    custom: {
      commissionKind: (kind: string) => ({ commission: { kind } }),
      q: (text: string) => {
        const date = sessionDate(text);
        const agenda = { agenda: { $ilike: `%${escapeLike(text)}%` } };
        return date ? { $or: [{ date }, agenda] } : agenda;
      },
    },
  },
  required: ['commissionId', 'date'],
  beforeDelete: async (em, session) => [
    ...((await em.count(Opinion, { session }))
      ? [violation('id', 'SESSION_HAS_OPINIONS', 'Des avis ont été rendus lors de cette séance : elle ne peut pas être supprimée.')]
      : []),
    // A map submitted to the session would lose it (the key is set to null) and could never receive its opinion.
    ...((await em.count(ImplantationMap, { session }))
      ? [
          violation(
            'id',
            'SESSION_HAS_MAPS',
            'Des cartes d’implantation ont été soumises à cette séance : elle ne peut pas être supprimée.',
          ),
        ]
      : []),
  ],
});

/** Opinions are written by `recordOpinion` only (it moves their subject along its workflow): read side here. */
export const opinions = new CrudService<Opinion, object>({
  entity: Opinion,
  label: 'Avis',
  fields: {},
  list: { sortable: ['value', 'subject'], dated: false },
  required: [],
});

interface AttendanceFactsBatch {
  sessions: Map<string, CommissionSession>;
  members: Map<string, CommissionMember>;
  appointments: Appointment[];
}

type AttendanceRow = PreparedRow<SessionAttendance, SessionAttendanceInput>;

/** Sessions, requesting members and the agents' appointments of every row, in three queries. */
async function attendanceFacts(em: EntityManager, rows: AttendanceRow[]): Promise<AttendanceFactsBatch> {
  const ids = (field: string) => [...new Set(rows.map((r) => valueOf(r, field)).filter(isUuid))];
  // One after the other: they share the transaction's connection.
  const sessions = await em.find(CommissionSession, { id: { $in: ids('sessionId') } });
  const members = await em.find(CommissionMember, { id: { $in: ids('requestedById') } });
  const appointments = await em.find(Appointment, { agent: { $in: ids('agentId') } });
  return { sessions: new Map(sessions.map((s) => [s.id, s])), members: new Map(members.map((m) => [m.id, m])), appointments };
}

export const sessionAttendances = new CrudService<SessionAttendance, SessionAttendanceInput, AttendanceFactsBatch>({
  entity: SessionAttendance,
  label: 'Présence en séance',
  fields: { sessionId: 'Séance', agentId: 'Correspondant', capacity: 'Qualité', requestedById: 'Membre demandeur' },
  list: { sortable: ['capacity'], dated: false },
  required: ['sessionId', 'agentId', 'capacity'],
  prepare: attendanceFacts,
  check: (row, facts) => {
    const session = facts.sessions.get(valueOf(row, 'sessionId') as string);
    if (!session) return [];
    const agentId = valueOf(row, 'agentId');
    const requester = facts.members.get(valueOf(row, 'requestedById') as string);
    return attendanceRules({
      sessionDate: session.date,
      capacity: valueOf(row, 'capacity') as never,
      correspondent: facts.appointments.some((a) => a.agent.id === agentId && runningOn(a, session.date)),
      requestedBy: requester
        ? { sameCommission: requester.commission.id === session.commission.id, seatedOn: isValidOn(requester, session.date) }
        : null,
    });
  },
});
