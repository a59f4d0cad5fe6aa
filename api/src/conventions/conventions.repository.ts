import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { scopeSql } from '../access/scope';
import type { Context } from '../context';
import { Department } from '../referential/department.entity';
import { EXCLUDED_POPULATIONS, Population } from '../referential/enums';
import { excludedFromNetworkSql } from '../referential/network-exclusion';
import { ServiceHeadcount } from '../referential/service-headcount.entity';
import { Service } from '../referential/service.entity';
import { checkPage } from '../shared/list';
import { validOn } from '../shared/dated';
import { type IsoDate, today } from '../shared/scalars';
import { named, validSql as valid } from '../shared/sql';
import { tableAsOf } from '../shared/versions/versioned';
import { ConventionScope } from './convention-scope.entity';
import { Convention } from './convention.entity';
import { TimeAllocation } from './time-allocation.entity';
import { EtpGrouping } from './enums';

@ObjectType({
  description: 'ETP de service social délivrés à un service, un département, une région ou un ministère partenaire, à une date.',
})
export class DeliveredEtp {
  @Field(() => ID) id!: string;
  @Field({ description: 'Code du service, du département, de la région ou du ministère.' }) code!: string;
  @Field({ description: 'Nom du service, du département, de la région ou du ministère.' }) name!: string;
  @Field(() => Float, { description: 'Σ quotité de travail × part des affectations en vigueur [003 annexe 5].' }) etp!: number;
}

@ObjectType({ description: 'Une page d’ETP de service social délivrés et le nombre total de lignes.' })
export class DeliveredEtpPage {
  @Field(() => [DeliveredEtp]) items!: DeliveredEtp[];
  @Field(() => Int) totalCount!: number;
}

/**
 * The group of an allocation: the target service, its department, its region (or the target region), the partner
 * ministry served; `entity` names the group's record, read as of the date (a service by its name that day).
 */
const GROUPS: Record<EtpGrouping, { key: string; entity: string; where: string }> = {
  [EtpGrouping.SERVICE]: { key: 's.id', entity: 'Service', where: 's.id is not null' },
  [EtpGrouping.DEPARTMENT]: { key: 'd.id', entity: 'Department', where: 'd.id is not null' },
  [EtpGrouping.REGION]: {
    key: 'coalesce(d.region_id, ta.region_id)',
    entity: 'Region',
    where: 'coalesce(d.region_id, ta.region_id) is not null',
  },
  // ETP the Interior's network delivers to a partner ministry's agents under interministerial conventions [004 §I].
  [EtpGrouping.PARTNER_MINISTRY]: {
    key: 'c.partner_ministry_id',
    entity: 'Ministry',
    where: `c.kind = 'INTERMINISTERIAL' and c.direction = 'INTERIOR_SERVES_PARTNER'`,
  },
};

/** One page of delivered ETP per group, largest first, counted in the same statement. */
export async function deliveredEtp(
  ctx: Context,
  groupBy: EtpGrouping,
  asOf: IsoDate = today(),
  offset = 0,
  limit = 25,
): Promise<DeliveredEtpPage> {
  checkPage({ offset, limit }, ctx.config.maxPageSize);
  const group = GROUPS[groupBy];
  const sql = `
    with x as (
      select ${group.key} as key, sum(pa.work_quota * ta.share) as etp
      from time_allocation ta
      join post_assignment pa on pa.id = ta.assignment_id
      join convention c on c.id = ta.convention_id
      left join ${tableAsOf(ctx.em.getMetadata(), 'Service', asOf)} s on s.id = ta.service_id
      left join department d on d.id = s.department_id
      where ${valid('ta')} and ${group.where}${await scopeSql(ctx.em, TimeAllocation, 'ta.id')}
      group by 1
    )
    select g.id, g.code, g.name, x.etp, count(*) over () as total
    from x join ${tableAsOf(ctx.em.getMetadata(), group.entity, asOf)} g on g.id = x.key
    order by x.etp desc, g.code asc
    offset :offset limit :limit`;
  const rows = await ctx.em
    .getConnection('read')
    .execute<{ id: string; code: string; name: string; etp: number; total: string }[]>(...named(sql, { asOf, offset, limit }));
  return {
    items: rows.map((r) =>
      Object.assign(new DeliveredEtp(), { id: r.id, code: r.code, name: r.name, etp: Math.round(Number(r.etp) * 1e6) / 1e6 }),
    ),
    totalCount: Number(rows[0]?.total ?? 0),
  };
}

@ObjectType({ description: 'Ce qu’une convention interministérielle couvre, à une date [004 §I, §III].' })
export class ConventionCoverage {
  @Field(() => [Service], { description: 'Les services de sa zone (en vigueur à la date).' }) services!: Service[];
  @Field(() => [Department], { description: 'Les départements de sa zone, et ceux de ses services.' }) departments!: Department[];
  @Field(() => [Population], {
    description: 'Les populations couvertes (toutes celles que le réseau sert quand la convention n’en nomme aucune).',
  })
  populations!: Population[];
  @Field(() => Float, { nullable: true, description: 'ETP provided, as agreed.' }) etpProvided!: number | null;
  @Field(() => Float, { description: 'ETP affectés au titre de la convention à la date (Σ quotité de travail × part).' })
  etpAllocated!: number;
  @Field(() => Int, { description: 'Effectif déclaré des populations couvertes dans les services et départements couverts.' })
  headcount!: number;
}

const NETWORK_POPULATIONS = Object.values(Population).filter((p) => !EXCLUDED_POPULATIONS.includes(p));

/** Coverage of many conventions as of a date: zones in one query, ETP and headcounts in one aggregate statement. */
export function coverageOf(ctx: Context, convention: Convention, asOf: IsoDate = today()): Promise<ConventionCoverage> {
  return ctx.loaders
    .loader<ConventionCoverage>(`convention:coverage:${asOf}`, async (ids) => {
      // The zone as of the day: its entries in force then, and each entry's service as it was that day (its name and
      // department then: a service renamed or moved since is covered under its department of that day [issue 17]).
      const scopes = await ctx.em.find(
        ConventionScope,
        { $and: [{ convention: { $in: [...ids] } }, validOn<ConventionScope>(asOf)] },
        { populate: ['department'] },
      );
      const zone = await Promise.all(
        scopes.map(async (scope) => {
          const service = await ctx.loaders.reference(scope.service, asOf);
          return { scope, service, department: service && (await ctx.loaders.reference(service.department, asOf)) };
        }),
      );
      const [allocations, services] = [
        await scopeSql(ctx.em, TimeAllocation, 'ta.id'),
        `${await scopeSql(ctx.em, Service, 's.id')}${await scopeSql(ctx.em, ServiceHeadcount, 'h.id')}`,
      ];
      const sql = `
      select c.id,
        (select coalesce(sum(pa.work_quota * ta.share), 0) from time_allocation ta join post_assignment pa on pa.id = ta.assignment_id
          where ta.convention_id = c.id and ${valid('ta')}${allocations}) as etp,
        (select coalesce(sum(h.count), 0) from ${tableAsOf(ctx.em.getMetadata(), 'Service', asOf)} s join service_headcount h on h.service_id = s.id
          where ${valid('s')} and ${valid('h')} and not ${excludedFromNetworkSql('s', asOf)}${services}
            and h.population = any(case when cardinality(c.populations) = 0 then :network::text[] else c.populations::text[] end)
            and exists (select 1 from convention_scope cs where cs.convention_id = c.id and ${valid('cs')}
              and (cs.service_id = s.id or cs.department_id = s.department_id
                or cs.region_id = (select d.region_id from department d where d.id = s.department_id)))) as headcount
      from convention c where c.id in (:ids)`;
      const rows = await ctx.em
        .getConnection('read')
        .execute<{ id: string; etp: number; headcount: string }[]>(
          ...named(sql, { asOf, ids: [...ids], network: `{${NETWORK_POPULATIONS.join(',')}}` }),
        );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const conventions = new Map((await ctx.em.find(Convention, { id: { $in: [...ids] } })).map((c) => [c.id, c]));
      return ids.map((id) => {
        const own = zone.filter((z) => z.scope.convention.id === id);
        const inForce = own.filter(
          (z): z is typeof z & { service: Service } =>
            !!z.service && z.service.validFrom <= asOf && (z.service.validTo === null || z.service.validTo >= asOf),
        );
        const departments = new Map(
          [...own.map((z) => z.scope.department), ...inForce.map((z) => z.department)]
            .filter((d): d is Department => !!d)
            .map((d) => [d.id, d]),
        );
        const services = inForce.map((z) => z.service);
        const populations = conventions.get(id)?.populations ?? [];
        return Object.assign(new ConventionCoverage(), {
          services,
          departments: [...departments.values()].sort((a, b) => a.code.localeCompare(b.code)),
          populations: populations.length ? populations : NETWORK_POPULATIONS,
          etpProvided: conventions.get(id)?.etpProvided ?? null,
          etpAllocated: Math.round(Number(byId.get(id)?.etp ?? 0) * 1e6) / 1e6,
          headcount: Number(byId.get(id)?.headcount ?? 0),
        });
      });
    })
    .load(convention.id);
}

/**
 * The work quota of post assignments, batched, read whole: an allocation's ETP (quota × share) is the allocation's
 * own figure, which a partner reads even when the assignment it comes from is withheld (README, withheld references).
 */
export function workQuotaOf(ctx: Context, assignmentId: string): Promise<number> {
  return ctx.loaders
    .loader<number>('assignment:work-quota', async (ids) => {
      const rows = await ctx.em
        .getConnection('read')
        .execute<{ id: string; work_quota: number }[]>('select id, work_quota from post_assignment where id in (?)', [[...ids]]);
      const byId = new Map(rows.map((r) => [r.id, Number(r.work_quota)]));
      return ids.map((id) => byId.get(id) ?? 0);
    })
    .load(assignmentId);
}
