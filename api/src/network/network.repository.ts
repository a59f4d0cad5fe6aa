import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { scopeSql } from '../access/scope';
import { TimeAllocation } from '../conventions/time-allocation.entity';
import { ServiceHeadcount } from '../referential/service-headcount.entity';
import { PostAssignment } from './post-assignment.entity';
import type { Context } from '../context';
import { EXCLUDED_POPULATIONS } from '../referential/enums';
import { excludedFromNetworkSql } from '../referential/network-exclusion';
import { DateScalar, type IsoDate, today } from '../shared/scalars';
import { named, validSql as valid } from '../shared/sql';
import { tableAsOf } from '../shared/versions/versioned';

/** The target of the network: about 1,000 agents per ASS, within budget [004 §II]. */
export const AGENTS_PER_ASS_TARGET = 1000;

@ObjectType({ description: 'Agents des populations que le réseau sert, par ASS (en ETP), à une date [004 §II].' })
export class SocialWorkerRatio {
  @Field(() => ID, { description: 'Le département ou la région.' }) id!: string;
  @Field(() => DateScalar, { description: 'La date de l’état.' }) asOf!: IsoDate;
  @Field(() => Int, {
    description:
      'Effectifs déclarés des populations que le réseau sert (gendarmes militaires et services exclus du réseau à part [004 §I]).',
  })
  networkAgents!: number;
  @Field(() => Float, {
    description:
      'ASS en ETP : quotité de travail × part de leur temps affectée aux services de la zone (la résidence du poste à défaut d’affectation).',
  })
  socialWorkerEtp!: number;
  @Field(() => Float, { nullable: true, description: 'networkAgents / socialWorkerEtp ; vide quand aucun ASS ne sert la zone.' })
  agentsPerSocialWorker!: number | null;
  @Field(() => Int, { description: 'Le ratio cible (environ 1 000 agents par ASS [004 §II]).' }) target!: number;
}

/**
 * Per department: network headcount, and ASS ETP. An ASS's work quota goes to departments in proportion to the time it
 * allocates to their services (its function time follows its service time); an ASS with no allocation counts for the
 * department of its post's residence. Grouped by department or by region, in one statement.
 * Every figure is summed over the rows the caller can list (`scope`: the headcounts, the time allocations and the
 * post assignments it reads), so that a ratio is what the caller's lists add up to; an assignment's total of service
 * shares is a fact of the assignment (how its time divides), read whole.
 */
const RATIO_SQL = (
  key: string,
  scope: { headcounts: string; allocations: string; assignments: string },
  service: string,
  post: string,
  asOf: IsoDate,
) => `
with ass as (
  select pa.id, pa.work_quota, p.residence_id
  from post_assignment pa join ${post} p on p.id = pa.post_id
  where p.kind = 'ASS' and ${valid('pa')} and ${valid('p')}
), alloc as (
  select ta.id, ta.assignment_id, s.department_id, ta.share
  from time_allocation ta join ${service} s on s.id = ta.service_id
  where ta.target_kind = 'SERVICE' and ${valid('ta')} and ta.assignment_id in (select id from ass)
), totals as (
  select assignment_id, sum(share) as total from alloc group by assignment_id having sum(share) > 0
), etp as (
  select a.department_id, ass.work_quota * a.share / t.total as etp
  from alloc a join totals t on t.assignment_id = a.assignment_id join ass on ass.id = a.assignment_id
  where true${scope.allocations}
  union all
  select rs.department_id, ass.work_quota
  from ass join ${service} rs on rs.id = ass.residence_id
  where not exists (select 1 from totals t where t.assignment_id = ass.id)${scope.assignments}
)
, etp_by_department as (
  select department_id, sum(etp) as etp from etp group by department_id
), network as (
  select s.department_id, sum(h.count) as agents
  from service_headcount h join ${service} s on s.id = h.service_id
  where not ${excludedFromNetworkSql('s', asOf)} and h.population not in (:excluded) and ${valid('h')} and ${valid('s')}${scope.headcounts}
  group by s.department_id
)
select ${key} as key, coalesce(sum(n.agents), 0) as agents, coalesce(sum(e.etp), 0) as etp
from department d
left join network n on n.department_id = d.id
left join etp_by_department e on e.department_id = d.id
where ${key} in (:ids)
group by ${key}`;

function ratioLoader(ctx: Context, level: 'department' | 'region', asOf: IsoDate) {
  return ctx.loaders.loader<SocialWorkerRatio>(`ratio:${level}:${asOf}`, async (ids) => {
    // Over the rows the caller can list (a region's ratio sums what it sees of its departments).
    const scope = {
      headcounts: await scopeSql(ctx.em, ServiceHeadcount, 'h.id'),
      allocations: await scopeSql(ctx.em, TimeAllocation, 'a.id'),
      assignments: await scopeSql(ctx.em, PostAssignment, 'ass.id'),
    };
    const query = named(
      RATIO_SQL(
        level === 'region' ? 'd.region_id' : 'd.id',
        scope,
        tableAsOf(ctx.em.getMetadata(), 'Service', asOf),
        tableAsOf(ctx.em.getMetadata(), 'SocialWorkerPost', asOf),
        asOf,
      ),
      {
        asOf,
        ids: [...ids],
        excluded: [...EXCLUDED_POPULATIONS],
      },
    );
    const rows = await ctx.em.getConnection('read').execute<{ key: string; agents: string; etp: string }[]>(...query);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return ids.map((id) => {
      const agents = Number(byKey.get(id)?.agents ?? 0);
      const etp = Math.round(Number(byKey.get(id)?.etp ?? 0) * 1e6) / 1e6;
      return Object.assign(new SocialWorkerRatio(), {
        id,
        asOf,
        networkAgents: agents,
        socialWorkerEtp: etp,
        agentsPerSocialWorker: etp > 0 ? Math.round(agents / etp) : null,
        target: AGENTS_PER_ASS_TARGET,
      });
    });
  });
}

export const ratioOf = (ctx: Context, level: 'department' | 'region', id: string, asOf: IsoDate = today()) =>
  ratioLoader(ctx, level, asOf).load(id);
