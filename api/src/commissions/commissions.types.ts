import { Field, ID, InputType } from 'type-graphql';
import { DesignatingAuthority } from '../referential/enums';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { AttendanceCapacity, CommissionKind, MemberRole, OpinionSubject, OpinionValue } from './enums';

/* Inputs serve create, update and bulk rows alike: a field left out is unchanged, null clears it. */

@InputType()
export class CommissionInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) name?: string;
  @Field(() => CommissionKind, { nullable: true }) kind?: CommissionKind;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => DesignatingAuthority, { nullable: true }) authority?: DesignatingAuthority | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class CommissionFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => CommissionKind, { nullable: true }) kind?: CommissionKind;
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => ID, { nullable: true }) regionId?: string;
}

@InputType()
export class CommissionMemberInput {
  @Field(() => ID, { nullable: true }) commissionId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => MemberRole, { nullable: true }) role?: MemberRole;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class CommissionMemberFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) commissionId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => MemberRole, { nullable: true }) role?: MemberRole;
}

@InputType()
export class CommissionSessionInput {
  @Field(() => ID, { nullable: true }) commissionId?: string;
  @Field(() => DateScalar, { nullable: true }) date?: IsoDate;
  @Field(() => String, { nullable: true }) agenda?: string | null;
}

@InputType()
export class CommissionSessionFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) commissionId?: string;
  @Field(() => CommissionKind, {
    nullable: true,
    description: 'Seulement les séances des commissions de ce type (par exemple celles de la CNAS).',
  })
  commissionKind?: CommissionKind;
}

@InputType()
export class OpinionFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) sessionId?: string;
  @Field(() => OpinionSubject, { nullable: true }) subject?: OpinionSubject;
  @Field(() => OpinionValue, { nullable: true }) value?: OpinionValue;
}

@InputType()
export class SessionAttendanceInput {
  @Field(() => ID, { nullable: true }) sessionId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => AttendanceCapacity, { nullable: true }) capacity?: AttendanceCapacity;
  @Field(() => ID, { nullable: true }) requestedById?: string | null;
}

@InputType()
export class SessionAttendanceFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) sessionId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
}
