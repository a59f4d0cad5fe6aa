import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { crudResolver, readResolver } from '../shared/crud.resolver';
import { validOn } from '../shared/dated';
import { checkPage } from '../shared/list';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { CommissionMember } from './commission-member.entity';
import { CommissionSession } from './commission-session.entity';
import { Commission } from './commission.entity';
import { commissionMembers, commissions, commissionSessions, opinions, sessionAttendances } from './commissions.service';
import {
  CommissionFilter,
  CommissionInput,
  CommissionMemberFilter,
  CommissionMemberInput,
  CommissionSessionFilter,
  CommissionSessionInput,
  OpinionFilter,
  SessionAttendanceFilter,
  SessionAttendanceInput,
} from './commissions.types';
import { ExOfficioResolver } from './ex-officio.resolver';
import { Opinion } from './opinion.entity';
import { SessionAttendance } from './session-attendance.entity';

const page = (limit: number, ctx: Context) => {
  checkPage({ offset: 0, limit }, ctx.config.maxPageSize);
  return limit;
};

@Resolver(() => Commission)
export class CommissionResolver extends crudResolver(
  { type: 'Commission', plural: 'commissions' },
  Commission,
  CommissionInput,
  CommissionFilter,
  commissions,
) {
  @FieldResolver(() => [CommissionMember], { description: 'Les membres (en fonction à la date asOf si elle est donnée).' })
  members(
    @Root() commission: Commission,
    @Arg('asOf', () => DateScalar, { nullable: true }) asOf: IsoDate | undefined,
    @Arg('limit', () => Int, { defaultValue: 100 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.loaders.children(
      CommissionMember,
      'commission',
      commission.id,
      asOf ? validOn(asOf) : {},
      { role: 'asc', validFrom: 'asc' },
      [],
      page(limit, ctx),
    );
  }

  @FieldResolver(() => [CommissionSession], { description: 'Sessions, latest first.' })
  sessions(@Root() commission: Commission, @Arg('limit', () => Int, { defaultValue: 100 }) limit: number, @Ctx() ctx: Context) {
    return ctx.loaders.children(CommissionSession, 'commission', commission.id, {}, { date: 'desc' }, [], page(limit, ctx));
  }
}

@Resolver(() => CommissionMember)
export class CommissionMemberResolver extends crudResolver(
  { type: 'CommissionMember', plural: 'commissionMembers' },
  CommissionMember,
  CommissionMemberInput,
  CommissionMemberFilter,
  commissionMembers,
) {}

@Resolver(() => CommissionSession)
export class CommissionSessionResolver extends crudResolver(
  { type: 'CommissionSession', plural: 'commissionSessions' },
  CommissionSession,
  CommissionSessionInput,
  CommissionSessionFilter,
  commissionSessions,
) {
  @FieldResolver(() => [Opinion], { description: 'Les avis rendus pendant la séance.' })
  opinions(@Root() session: CommissionSession, @Ctx() ctx: Context) {
    return ctx.loaders.children(Opinion, 'session', session.id, {}, { subject: 'asc' });
  }

  @FieldResolver(() => [SessionAttendance], { description: 'Les présences à la séance (hors membres).' })
  attendances(@Root() session: CommissionSession, @Ctx() ctx: Context) {
    return ctx.loaders.children(SessionAttendance, 'session', session.id, {}, { capacity: 'asc' });
  }
}

@Resolver(() => Opinion)
export class OpinionResolver extends readResolver({ type: 'Opinion', plural: 'opinions' }, Opinion, OpinionFilter, opinions) {}

@Resolver(() => SessionAttendance)
export class SessionAttendanceResolver extends crudResolver(
  { type: 'SessionAttendance', plural: 'sessionAttendances' },
  SessionAttendance,
  SessionAttendanceInput,
  SessionAttendanceFilter,
  sessionAttendances,
) {}

export const commissionsResolvers = [
  CommissionResolver,
  CommissionMemberResolver,
  CommissionSessionResolver,
  OpinionResolver,
  SessionAttendanceResolver,
  ExOfficioResolver,
] as const;
