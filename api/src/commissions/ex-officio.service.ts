import { Agent } from '../referential/agent.entity';
import { Department } from '../referential/department.entity';
import { PostAssignment } from '../network/post-assignment.entity';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { inDepartments } from '../access/scope';
import type { Context } from '../context';
import { errorsOf, validationFailed, violation } from '../shared/errors';
import type { IsoDate } from '../shared/scalars';
import { Commission } from './commission.entity';
import type { CommissionMember } from './commission-member.entity';
import { commissionMembers, commissions } from './commissions.service';
import { CommissionKind, MemberRole } from './enums';
import { exOfficioSeat } from './ex-officio.rules';
import { socialWorkersOfClas } from './ex-officio.repository';
import { ExOfficioAlert, MissingExOfficioMember } from './ex-officio.types';

/** The CLAS lacking their department's ASS as ex-officio members on the date, each with the seats to give [004 §II.3]. */
export async function exOfficioAlerts(
  ctx: Context,
  asOf: IsoDate,
  departmentId: string | null,
  commissionId: string | null = null,
): Promise<ExOfficioAlert[]> {
  const rows = await inDepartments(ctx.access, await socialWorkersOfClas(ctx.em, asOf, departmentId, commissionId));
  const alerts = new Map<string, ExOfficioAlert>();
  for (const row of rows) {
    const seat = exOfficioSeat(
      { validFrom: row.valid_from, validTo: row.valid_to },
      { validFrom: row.commission_from, validTo: row.commission_to },
      row.seats,
      asOf,
    );
    if (!seat) continue;
    const alert =
      alerts.get(row.commission_id) ??
      Object.assign(new ExOfficioAlert(), {
        commission: ctx.em.getReference(Commission, row.commission_id),
        department: ctx.em.getReference(Department, row.department_id),
        missing: [],
      });
    alert.missing.push(
      Object.assign(new MissingExOfficioMember(), {
        agent: ctx.em.getReference(Agent, row.agent_id),
        post: ctx.em.getReference(SocialWorkerPost, row.post_id),
        assignment: ctx.em.getReference(PostAssignment, row.assignment_id),
        ...seat,
      }),
    );
    alerts.set(row.commission_id, alert);
  }
  return [...alerts.values()];
}

/**
 * Seats ex officio, on the CLAS, the ASS of its department missing from it on the date: one bulk save of the members
 * (validated, all or nothing, audited like any write).
 */
export async function seatExOfficioMembers(
  ctx: Context,
  commissionId: string,
  asOf: IsoDate,
  dryRun: boolean,
): Promise<CommissionMember[]> {
  const commission = await commissions.get(ctx, commissionId);
  if (commission.kind !== CommissionKind.CLAS || !commission.department) {
    throw validationFailed([
      violation(
        'commissionId',
        'EX_OFFICIO_NOT_DEPARTMENTAL_CLAS',
        `Les assistants de service social siègent de droit à la commission locale d’action sociale de leur département ; « ${commission.name} » n’en est pas une [circulaire NOR INTK1307790C, § II.3].`,
      ),
    ]);
  }
  const [alert] = await exOfficioAlerts(ctx, asOf, null, commission.id);
  const rows = (alert?.missing ?? []).map((m) => ({
    values: { commissionId: commission.id, agentId: m.agent.id, role: MemberRole.EX_OFFICIO, validFrom: m.validFrom, validTo: m.validTo },
  }));
  if (!rows.length) return [];
  const result = await commissionMembers.save(ctx, rows, dryRun);
  if (!result.ok) throw validationFailed(result.rows.flatMap((r) => errorsOf(r.violations)));
  return result.items;
}
