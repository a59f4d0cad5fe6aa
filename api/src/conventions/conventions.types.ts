import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Population } from '../referential/enums';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { EffectiveDateField, EffectiveUntilField } from '../shared/versions/inputs';
import { AllocationTarget, ConventionBasis, ConventionKind, ServiceDirection } from './enums';

/* Inputs serve create, update and bulk rows alike (see referential.types.ts): left out = unchanged, null = cleared. */

@InputType()
export class ConventionInput {
  @Field({ nullable: true }) reference?: string;
  @Field({ nullable: true }) title?: string;
  @Field(() => ConventionKind, { nullable: true }) kind?: ConventionKind;
  @Field(() => ConventionBasis, { nullable: true }) basis?: ConventionBasis;
  @Field(() => String, { nullable: true }) sourceText?: string | null;
  @Field(() => DateScalar, { nullable: true }) signedOn?: IsoDate | null;
  @Field({ nullable: true }) tacitRenewal?: boolean;
  @Field(() => String, { nullable: true }) renewalTerms?: string | null;
  @Field(() => ID, { nullable: true }) postId?: string | null;
  @Field(() => Float, { nullable: true }) functionShareGuideline?: number;
  @Field(() => Float, { nullable: true }) functionShareTolerance?: number;
  @Field(() => Float, { nullable: true }) secretarialEtp?: number | null;
  @Field(() => ID, { nullable: true }) partnerMinistryId?: string | null;
  @Field(() => ServiceDirection, { nullable: true }) direction?: ServiceDirection | null;
  @Field(() => [Population], { nullable: true }) populations?: Population[];
  @Field(() => Float, { nullable: true }) etpProvided?: number | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
  @EffectiveDateField('part de référence de la fonction ou écart toléré') effectiveDate?: IsoDate | null;
  @EffectiveUntilField() effectiveUntil?: IsoDate | null;
}

@InputType()
export class ConventionFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ConventionKind, { nullable: true }) kind?: ConventionKind;
  @Field(() => ConventionBasis, { nullable: true }) basis?: ConventionBasis;
  @Field(() => ID, { nullable: true }) postId?: string;
  @Field(() => ID, { nullable: true }) partnerMinistryId?: string;
}

@InputType()
export class ConventionScopeInput {
  @Field(() => ID, { nullable: true }) conventionId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => ID, { nullable: true }) countedWithId?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class ConventionScopeFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) conventionId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => ID, { nullable: true }) regionId?: string;
}

@InputType()
export class TimeAllocationInput {
  @Field(() => ID, { nullable: true }) conventionId?: string;
  @Field(() => ID, { nullable: true }) assignmentId?: string;
  @Field(() => AllocationTarget, { nullable: true }) targetKind?: AllocationTarget;
  @Field(() => ID, { nullable: true }) serviceId?: string | null;
  @Field(() => ID, { nullable: true }) regionId?: string | null;
  @Field(() => Float, { nullable: true }) share?: number;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class TimeAllocationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) conventionId?: string;
  @Field(() => ID, { nullable: true }) assignmentId?: string;
  @Field(() => ID, { nullable: true }) serviceId?: string;
  @Field(() => ID, { nullable: true }) regionId?: string;
  @Field(() => AllocationTarget, { nullable: true }) targetKind?: AllocationTarget;
}

@ObjectType({
  description:
    'La période d’une convention en vigueur à une date : annuelle en cas de tacite reconduction [003 annexes 4–5], sinon toute sa durée.',
})
export class ConventionTerm {
  @Field(() => DateScalar, { description: 'Premier jour de la période.' }) from!: IsoDate;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Dernier jour de la période (la tacite reconduction suivante commence le lendemain, sauf dénonciation).',
  })
  to!: IsoDate | null;
  @Field(() => Int, { description: 'Tacites reconductions avant cette période (0 : la première année).' }) renewals!: number;
}
