import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { AgentCategory } from '../referential/enums';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { EffectiveDateField, EffectiveUntilField } from '../shared/versions/inputs';
import { PostKind, ReplacementReason } from './enums';

/* Inputs serve create, update and bulk rows alike (see referential.types.ts): left out = unchanged, null = cleared. */

@InputType()
export class SocialWorkerPostInput {
  @Field({ nullable: true }) code?: string;
  @Field({ nullable: true }) title?: string;
  @Field(() => PostKind, { nullable: true }) kind?: PostKind;
  @Field(() => ID, { nullable: true }) residenceId?: string;
  @Field(() => Int, { nullable: true }) budgetProgramme?: number;
  @Field(() => Float, { nullable: true }) etp?: number;
  @Field(() => ID, { nullable: true }) technicalSuperiorId?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
  @EffectiveDateField('nature du poste ou résidence administrative') effectiveDate?: IsoDate | null;
  @EffectiveUntilField() effectiveUntil?: IsoDate | null;
}

@InputType()
export class SocialWorkerPostFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => PostKind, { nullable: true }) kind?: PostKind;
  @Field(() => ID, { nullable: true }) residenceId?: string;
  @Field(() => ID, { nullable: true }) technicalSuperiorId?: string;
  @Field(() => ID, { nullable: true, description: 'Les postes dont la résidence est dans ce département.' }) departmentId?: string;
}

@InputType()
export class PostSectorInput {
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => String, { nullable: true }) part?: string | null;
  @Field({ nullable: true }) temporary?: boolean;
  @Field(() => String, { nullable: true }) decisionReference?: string | null;
  @Field(() => DateScalar, { nullable: true }) decisionDate?: IsoDate | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class PostSectorFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field({ nullable: true }) temporary?: boolean;
}

@InputType()
export class PostAssignmentInput {
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => Float, { nullable: true }) workQuota?: number;
  @Field(() => ID, { nullable: true }) employingMinistryId?: string;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class PostAssignmentFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field({
    nullable: true,
    description:
      'Une occupation de poste telle qu’un tableur la nomme : le code du poste (préfixe), éventuellement sa date de début, « ASS-35-02 (2025-01-01) ».',
  })
  q?: string;
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) agentId?: string;
  @Field(() => ID, { nullable: true }) employingMinistryId?: string;
}

@InputType()
export class ReplacementInput {
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) replacingId?: string;
  @Field(() => ReplacementReason, { nullable: true }) reason?: ReplacementReason;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class ReplacementFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) replacingId?: string;
  @Field(() => ReplacementReason, { nullable: true }) reason?: ReplacementReason;
}

@InputType()
export class PostQualificationInput {
  @Field(() => PostKind, { nullable: true }) kind?: PostKind;
  @Field(() => AgentCategory, { nullable: true }) category?: AgentCategory;
  @Field({ nullable: true }) legalBasis?: string;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class PostQualificationFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => PostKind, { nullable: true }) kind?: PostKind;
}
