import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { SupportKind } from './support-professional.entity';

@InputType()
export class SupportProfessionalInput {
  @Field(() => SupportKind, { nullable: true }) kind?: SupportKind;
  @Field({ nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) availability?: string | null;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class SupportProfessionalFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => SupportKind, { nullable: true }) kind?: SupportKind;
  @Field(() => ID, { nullable: true }) departmentId?: string;
}
