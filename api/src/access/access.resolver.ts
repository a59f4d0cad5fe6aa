import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../context';
import { ListArgs, listPage, SortOrder } from '../shared/list';
import { noteSortable } from '../shared/schema-notes';
import { forbidden } from './access';
import { WRITABLE } from './policy';
import { PersonalDataAccess } from './personal-data-access.entity';
import { purgeEndedPersonalData, PurgeResult } from './retention';
import { Role, ROLE_LABELS } from './roles';

@ObjectType({ description: 'The authenticated caller.' })
class Me {
  @Field() subject!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => Role) role!: Role;
  @Field(() => [String], { description: 'INSEE codes of its departments or regions, or its ministry’s code.' }) perimeter!: string[];
  @Field(() => [String], { description: 'GraphQL types the caller may create, change or delete (within its scope); "*" for all.' }) writableTypes!: string[];
}

@ObjectType()
class PersonalDataAccessPage {
  @Field(() => [PersonalDataAccess]) items!: PersonalDataAccess[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
class PersonalDataAccessFilter {
  @Field({ nullable: true }) actor?: string;
  @Field({ nullable: true }) entityName?: string;
  @Field(() => ID, { nullable: true, description: 'The reads that concern this person.' }) entityId?: string;
  @Field({ nullable: true }) requestId?: string;
  @Field(() => DateTimeResolver, { nullable: true }) from?: Date;
  @Field(() => DateTimeResolver, { nullable: true }) to?: Date;
}

const nationalOnly = (ctx: Context, what: string) => {
  if (ctx.access.role !== Role.NATIONAL_ADMIN) throw forbidden('role', `${what} : réservé à l’administration nationale (votre rôle : ${ROLE_LABELS[ctx.access.role]}).`);
};

const ACCESS_LOG_LIST = { sortable: ['at', 'actor'], dated: false };
noteSortable('personalDataAccesses', ACCESS_LOG_LIST.sortable);

@Resolver()
export class AccessResolver {
  @Query(() => Me)
  me(@Ctx() ctx: Context): Me {
    const writable = WRITABLE[ctx.principal.role];
    return Object.assign(new Me(), ctx.principal, { writableTypes: writable === '*' ? ['*'] : writable });
  }

  @Query(() => PersonalDataAccessPage, { description: 'Who read which personal fields of whom, newest first (national administrators).' })
  personalDataAccesses(
    @Args(() => ListArgs) args: ListArgs,
    @Arg('filter', () => PersonalDataAccessFilter, { nullable: true }) filter: PersonalDataAccessFilter | undefined,
    @Ctx() ctx: Context,
  ) {
    nationalOnly(ctx, 'Journal des accès aux données personnelles');
    // `requestId` is a client's request id, not a reference: matched as is, not by the `xId` convention.
    const { from, to, entityId, requestId, ...rest } = filter ?? {};
    const extra = [
      ...(requestId ? [{ requestId }] : []),
      ...(from ? [{ at: { $gte: from } }] : []),
      ...(to ? [{ at: { $lte: to } }] : []),
      ...(entityId ? [{ entityIds: { $contains: [entityId] } }] : []),
    ];
    return listPage(ctx.em, PersonalDataAccess, { ...args, sort: args.sort ?? [{ field: 'at', order: SortOrder.DESC }] }, rest, ACCESS_LOG_LIST, ctx.config.maxPageSize, extra);
  }

  @Mutation(() => PurgeResult, { description: 'Anonymises the personal data of records ended longer ago than the retention period; counts and history stay.' })
  purgeEndedPersonalData(@Arg('dryRun', () => Boolean, { defaultValue: false }) dryRun: boolean, @Ctx() ctx: Context) {
    nationalOnly(ctx, 'Purge des données personnelles');
    return purgeEndedPersonalData(ctx.em, ctx.config.retentionDays, dryRun);
  }
}
