import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { ConsultationStatus, ConsultationTopic } from './enums';

@InputType()
export class ConsultationInput {
  @Field(() => ID, { nullable: true }) commissionId?: string;
  @Field(() => ConsultationTopic, { nullable: true }) topic?: ConsultationTopic;
  @Field(() => String, { nullable: true }) title?: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => DateScalar, { nullable: true }) submittedOn?: IsoDate;
}

@InputType()
export class ConsultationFilter {
  @Field(() => [ID], { nullable: true }) ids?: string[];
  @Field(() => ID, { nullable: true }) commissionId?: string;
  @Field(() => ConsultationTopic, { nullable: true }) topic?: ConsultationTopic;
  @Field(() => ConsultationStatus, { nullable: true }) status?: ConsultationStatus;
}
