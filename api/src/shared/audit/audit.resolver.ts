import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { forbidden } from '../../access/access';
import { AUDIT_READERS, SCOPED } from '../../access/policy';
import { ROLE_LABELS } from '../../access/roles';
import { notFound } from '../errors';
import { isUuid } from '../ids';
import { checkPage } from '../list';
import { AuditEntry } from './audit-entry.entity';

@ObjectType({ description: 'Une page de l’historique d’un enregistrement et le nombre total d’entrées.' })
class AuditEntryPage {
  @Field(() => [AuditEntry]) items!: AuditEntry[];
  @Field(() => Int) totalCount!: number;
}

/** The trail holds before/after values: administrators only, and only for a record their scope shows them. */
async function assertAuditReadable(ctx: Context, entityName: string, entityId: string): Promise<void> {
  if (!AUDIT_READERS.includes(ctx.access.role)) {
    throw forbidden(
      'entityName',
      `L’historique des modifications est réservé aux administrateurs (votre rôle : ${ROLE_LABELS[ctx.access.role]}).`,
    );
  }
  if (ctx.access.scoped && SCOPED[entityName] && !(isUuid(entityId) && (await ctx.em.count(entityName, { id: entityId })))) {
    throw notFound(entityName, entityId, 'entityId');
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryPage, { description: 'L’historique d’un enregistrement, du plus récent au plus ancien.' })
  async auditEntries(
    @Arg('entityName', { description: 'GraphQL type name, e.g. "Service".' }) entityName: string,
    @Arg('entityId', () => ID, { description: 'Identifiant de l’enregistrement dont on lit l’historique.' }) entityId: string,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryPage> {
    checkPage({ offset, limit }, ctx.config.maxPageSize);
    await assertAuditReadable(ctx, entityName, entityId);
    const [items, totalCount] = await ctx.em.findAndCount(
      AuditEntry,
      { entityName, entityId },
      { orderBy: { at: 'desc', id: 'desc' }, offset, limit },
    );
    return { items, totalCount };
  }
}
