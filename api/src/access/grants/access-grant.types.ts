import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { GrantKind } from './access-grant.entity';
import { Role } from '../roles';

@InputType()
export class AccessGrantInput {
  @Field(() => GrantKind, { nullable: true }) kind?: GrantKind;
  @Field({ nullable: true }) subject?: string;
  @Field({ nullable: true }) label?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => [String], { nullable: true }) perimeter?: string[];
  @Field(() => DateScalar, { nullable: true }) validFrom?: IsoDate;
  @Field(() => DateScalar, { nullable: true }) validTo?: IsoDate | null;
}

@InputType()
export class AccessGrantFilter {
  @Field({ nullable: true }) q?: string;
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => GrantKind, { nullable: true }) kind?: GrantKind;
  @Field(() => Role, { nullable: true }) role?: Role;
}
