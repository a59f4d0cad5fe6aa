import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { checkPage } from '../list';
import { AuditEntry } from './audit-entry.entity';

@ObjectType()
class AuditEntryPage {
  @Field(() => [AuditEntry]) items!: AuditEntry[];
  @Field(() => Int) totalCount!: number;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryPage, { description: 'The audit trail of one record, newest first.' })
  async auditEntries(
    @Arg('entityName', { description: 'GraphQL type name, e.g. "Service".' }) entityName: string,
    @Arg('entityId', () => ID) entityId: string,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 25 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<AuditEntryPage> {
    checkPage({ offset, limit }, ctx.config.maxPageSize);
    const [items, totalCount] = await ctx.em.findAndCount(AuditEntry, { entityName, entityId }, { orderBy: { at: 'desc', id: 'desc' }, offset, limit });
    return { items, totalCount };
  }
}
