import { Field, ObjectType } from 'type-graphql';
import { PostAssignment } from '../network/post-assignment.entity';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { Agent } from '../referential/agent.entity';
import { Department } from '../referential/department.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Commission } from './commission.entity';

@ObjectType({
  description:
    'An ASS assigned in the department and not seated ex officio on its CLAS on the date, with the seat to give them [004 §II.3].',
})
export class MissingExOfficioMember {
  @RefField(() => Agent, { description: 'L’ASS absent de la CLAS.' }) agent!: Agent;
  @RefField(() => SocialWorkerPost, { description: 'Son poste d’ASS dans le département.' }) post!: SocialWorkerPost;
  @RefField(() => PostAssignment, { description: 'Son occupation de poste, qui fixe la durée du siège.' }) assignment!: PostAssignment;
  @Field(() => DateScalar, {
    description: 'First day of the seat to give: the assignment’s start (or the commission’s), or the day after an earlier seat.',
  })
  validFrom!: IsoDate;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of the seat to give: the assignment’s end (or the commission’s, or the day before a later seat).',
  })
  validTo!: IsoDate | null;
}

@ObjectType({
  description: 'A departmental CLAS in force on the date that lacks some of its department’s ASS as ex-officio members [004 §II.3].',
})
export class ExOfficioAlert {
  @RefField(() => Commission, { description: 'La CLAS départementale concernée.' }) commission!: Commission;
  @RefField(() => Department, { description: 'Son département.' }) department!: Department;
  @Field(() => [MissingExOfficioMember], { description: 'Les ASS du département qui n’y siègent pas de droit à la date.' })
  missing!: MissingExOfficioMember[];
}
