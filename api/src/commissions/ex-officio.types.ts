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
    'Une ASS affectée dans le département et qui ne siège pas de droit à son CLAS à la date, avec le siège à lui donner [004 §II.3].',
})
export class MissingExOfficioMember {
  @RefField(() => Agent, { description: 'L’ASS absent de la CLAS.' }) agent!: Agent;
  @RefField(() => SocialWorkerPost, { description: 'Son poste d’ASS dans le département.' }) post!: SocialWorkerPost;
  @RefField(() => PostAssignment, { description: 'Son occupation de poste, qui fixe la durée du siège.' }) assignment!: PostAssignment;
  @Field(() => DateScalar, {
    description: 'Premier jour du siège à donner : le début de l’affectation (ou de la commission), ou le lendemain d’un siège antérieur.',
  })
  validFrom!: IsoDate;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Dernier jour du siège à donner : la fin de l’affectation (ou de la commission, ou la veille d’un siège postérieur).',
  })
  validTo!: IsoDate | null;
}

@ObjectType({
  description: 'Un CLAS départemental en vigueur à la date auquel manquent des ASS de son département comme membres de droit [004 §II.3].',
})
export class ExOfficioAlert {
  @RefField(() => Commission, { description: 'La CLAS départementale concernée.' }) commission!: Commission;
  @RefField(() => Department, { description: 'Son département.' }) department!: Department;
  @Field(() => [MissingExOfficioMember], { description: 'Les ASS du département qui n’y siègent pas de droit à la date.' })
  missing!: MissingExOfficioMember[];
}
