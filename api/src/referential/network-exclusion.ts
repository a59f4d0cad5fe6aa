import type { Context } from '../context';
import type { IsoDate } from '../shared/scalars';
import { scopeSql } from '../access/scope';
import { dateLiteral, entitiesOn, entityColumnsSql, readsVersions, tableAsOf } from '../shared/versions/versioned';
import { Service } from './service.entity';

/*
 * Exclusion from the social service network [004 §I: « Les personnels affectés à la préfecture de police (Paris
 * intra-muros) sont pris en charge par le service social de la préfecture de police »] covers every service under an
 * excluded one, flagged or not. One definition, the view `network_excluded_service` (a recursive CTE down the tree, in
 * migration Migration20261201083445_Texts), which every headcount, ratio and indicator reads. The tree and the flag are
 * dated (a service's versions, shared/versions/): as of a past day, the same walk down the versions in force that day
 * (`network_excluded_service_on`, migration …_Versions).
 */

/** The excluded services and whom each inherits its exclusion from (`service_id`, `excluded_by_id`), on `asOf`. */
const excludedServicesSql = (asOf?: IsoDate) =>
  readsVersions(asOf) ? `network_excluded_service_on(${dateLiteral(asOf!)})` : 'network_excluded_service';

/** SQL condition « the service of alias `s` is outside the network » (flagged itself or under a flagged service), on `asOf`. */
export const excludedFromNetworkSql = (alias: string, asOf?: IsoDate) =>
  `exists (select 1 from ${excludedServicesSql(asOf)} nx where nx.service_id = ${alias}.id)`;

/**
 * The excluded service a service inherits its exclusion from (itself when flagged), in the tree as of `asOf` (today's
 * without a day), for many services in one statement, with the excluded service's row if the caller may read it.
 */
export function networkExcludedBy(ctx: Context, serviceId: string, asOf?: IsoDate): Promise<Service | null> {
  return ctx.loaders
    .loader<Service | null>(`service:network-excluded-by:${asOf ?? ''}`, async (ids) => {
      const metadata = ctx.em.getMetadata();
      const rows = await ctx.em.getConnection('read').execute<({ $of: string } & object)[]>(
        `select nx.service_id as "$of", ${entityColumnsSql(metadata, 'Service', 'a')}
           from ${excludedServicesSql(asOf)} nx join ${tableAsOf(metadata, 'Service', asOf)} a on a.id = nx.excluded_by_id
          where nx.service_id in (?)${await scopeSql(ctx.em, Service, 'a.id')}`,
        [[...ids]],
      );
      const found = entitiesOn(
        ctx.em,
        Service,
        asOf,
        rows.map(({ $of, ...row }) => row),
      );
      const of = new Map(rows.map((r, i) => [r.$of, found[i]]));
      return ids.map((id) => of.get(id) ?? null);
    })
    .load(serviceId);
}
