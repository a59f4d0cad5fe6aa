import { Field, ID, InputType, Int } from 'type-graphql';
import { NationalSynthesisStatus } from './enums';

@InputType()
export class NationalSynthesisReportInput {
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => String, { nullable: true }) narrative?: string | null;
}

@InputType()
export class NationalSynthesisReportFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => NationalSynthesisStatus, { nullable: true }) status?: NationalSynthesisStatus;
}
