import type { Context } from '../context';
import type { IsoDate } from '../shared/scalars';
import { dateLiteral, readsVersions } from '../shared/versions/versioned';
import { Service } from './service.entity';

/*
 * Exclusion from the social service network [004 §I: « Les personnels affectés à la préfecture de police (Paris
 * intra-muros) sont pris en charge par le service social de la préfecture de police »] covers every service under an
 * excluded one, flagged or not. One definition, the view `network_excluded_service` (a recursive CTE down the tree, in
 * migration Migration20261201083445_Texts), which every headcount, ratio and indicator reads. The tree and the flag are
 * dated (a service's versions, shared/versions/): as of a past day, the same walk down the versions in force that day
 * (`network_excluded_service_on`, migration …_Versions).
 */

/** SQL condition « the service of alias `s` is outside the network » (flagged itself or under a flagged service), on `asOf`. */
export const excludedFromNetworkSql = (alias: string, asOf?: IsoDate) =>
  readsVersions(asOf)
    ? `exists (select 1 from network_excluded_service_on(${dateLiteral(asOf!)}) nx where nx.service_id = ${alias}.id)`
    : `exists (select 1 from network_excluded_service nx where nx.service_id = ${alias}.id)`;

/** The excluded service a service inherits its exclusion from (itself when flagged), for many services in one query. */
export function networkExcludedBy(ctx: Context, serviceId: string): Promise<Service | null> {
  return ctx.loaders
    .loader<Service | null>('service:network-excluded-by', async (ids) => {
      const rows = await ctx.em
        .getConnection('read')
        .execute<{ service_id: string; excluded_by_id: string }[]>(
          `select service_id, excluded_by_id from network_excluded_service where service_id in (?)`,
          [[...ids]],
        );
      const found = rows.length ? await ctx.em.find(Service, { id: { $in: [...new Set(rows.map((r) => r.excluded_by_id))] } }) : [];
      const byId = new Map(found.map((s) => [s.id, s]));
      const of = new Map(rows.map((r) => [r.service_id, byId.get(r.excluded_by_id) ?? null]));
      return ids.map((id) => of.get(id) ?? null);
    })
    .load(serviceId);
}
