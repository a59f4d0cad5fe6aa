import { Field, Int, ObjectType } from 'type-graphql';
import { scopeSql } from '../access/scope';
import type { Context } from '../context';
import { type IsoDate, today } from '../shared/scalars';
import { EXCLUDED_POPULATIONS } from './enums';
import { excludedFromNetworkSql } from './network-exclusion';
import { ServiceHeadcount } from './service-headcount.entity';
import { Service } from './service.entity';
import { entitiesOn, entityColumnsSql, tableAsOf } from '../shared/versions/versioned';

@ObjectType({ description: 'Les agents comptés par les effectifs déclarés des services, à une date.' })
export class HeadcountSummary {
  @Field(() => Int, { description: 'Les populations servies par le réseau du service social.' }) network!: number;
  @Field(() => Int, {
    description:
      'Exclus du réseau [004 §I] : personnels militaires de la gendarmerie, services dotés de leur propre service social (Préfecture de police).',
  })
  excluded!: number;
}

/**
 * The ancestors of many services, root first, in the tree as of `asOf` (its parents and names that day; today's
 * without a day): one recursive statement up the tree, with the ancestors' rows the caller may read.
 */
export function ancestorsOf(ctx: Context, id: string, asOf?: IsoDate): Promise<Service[]> {
  return ctx.loaders
    .loader<Service[]>(`service:ancestors:${asOf ?? ''}`, async (ids) => {
      const metadata = ctx.em.getMetadata();
      const tree = tableAsOf(metadata, 'Service', asOf);
      const rows = await ctx.em.getConnection('read').execute<({ $start: string; $depth: number } & object)[]>(
        `with recursive up(start, id, depth) as (
         select s.id, s.parent_id, 1 from ${tree} s where s.id in (?) and s.parent_id is not null
         union all
         select up.start, s.parent_id, up.depth + 1 from up join ${tree} s on s.id = up.id
         where s.parent_id is not null and up.depth < 50)
       select up.start as "$start", up.depth as "$depth", ${entityColumnsSql(metadata, 'Service', 'a')}
         from up join ${tree} a on a.id = up.id
        where true${await scopeSql(ctx.em, Service, 'a.id')}
        order by up.depth desc`,
        [[...ids]],
      );
      const services = entitiesOn(
        ctx.em,
        Service,
        asOf,
        rows.map(({ $start, $depth, ...row }) => row),
      );
      const byStart = new Map<string, Service[]>();
      // One pass over the rows (root first, as ordered): each start's path, not a filter of every row per start.
      services.forEach((service, i) => {
        const path = byStart.get(rows[i].$start);
        if (path) path.push(service);
        else byStart.set(rows[i].$start, [service]);
      });
      return ids.map((start) => byStart.get(start) ?? []);
    })
    .load(id);
}

/** A service as of `asOf` (its name, parent, department… that day; today's without a day), many in one statement, if the caller may read it. */
export function serviceAsOf(ctx: Context, id: string, asOf: IsoDate): Promise<Service | null> {
  return ctx.loaders
    .loader<Service | null>(`service:as-of:${asOf}`, async (ids) => {
      const metadata = ctx.em.getMetadata();
      const rows = await ctx.em.getConnection('read').execute<object[]>(
        `select ${entityColumnsSql(metadata, 'Service', 'a')} from ${tableAsOf(metadata, 'Service', asOf)} a
          where a.id in (?)${await scopeSql(ctx.em, Service, 'a.id')}`,
        [[...ids]],
      );
      const byId = new Map(entitiesOn(ctx.em, Service, asOf, rows).map((s) => [s.id, s]));
      return ids.map((i) => byId.get(i) ?? null);
    })
    .load(id);
}

/** Network and excluded headcounts of many departments as of a date (its services' tree and departments that day), in one aggregate query. */
export function headcountsByDepartment(ctx: Context, departmentId: string, asOf: IsoDate = today()): Promise<HeadcountSummary> {
  return ctx.loaders
    .loader<HeadcountSummary>(`department:headcount:${asOf}`, async (ids) => {
      // The headcounts the caller can list (of the services it reads), and nothing else.
      const scope = `${await scopeSql(ctx.em, Service, 's.id')}${await scopeSql(ctx.em, ServiceHeadcount, 'h.id')}`;
      const rows = await ctx.em.getConnection('read').execute<{ department_id: string; network: string; excluded: string }[]>(
        `select s.department_id,
              coalesce(sum(h.count) filter (where not ${excludedFromNetworkSql('s', asOf)} and h.population not in (?)), 0) as network,
              coalesce(sum(h.count) filter (where ${excludedFromNetworkSql('s', asOf)} or h.population in (?)), 0) as excluded
       from service_headcount h join ${tableAsOf(ctx.em.getMetadata(), 'Service', asOf)} s on s.id = h.service_id
       where s.department_id in (?)
         and h.valid_from <= ? and (h.valid_to is null or h.valid_to >= ?)
         and s.valid_from <= ? and (s.valid_to is null or s.valid_to >= ?)${scope}
       group by s.department_id`,
        [[...EXCLUDED_POPULATIONS], [...EXCLUDED_POPULATIONS], [...ids], asOf, asOf, asOf, asOf],
      );
      const byId = new Map(rows.map((r) => [r.department_id, { network: Number(r.network), excluded: Number(r.excluded) }]));
      return ids.map((id) => Object.assign(new HeadcountSummary(), byId.get(id) ?? { network: 0, excluded: 0 }));
    })
    .load(departmentId);
}
