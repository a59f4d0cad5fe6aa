import { Entity, Enum, ManyToOne } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { ReplacementReason } from './enums';
import { PostAssignment } from './post-assignment.entity';
import { SocialWorkerPost } from './social-worker-post.entity';

/** Continuity: a post covered by the holder of another post during a vacancy or an absence, organised by the CTR [004 §II.2]. */
@ObjectType({ description: 'Le remplacement d’un titulaire de poste du service social, daté, avec son motif [004 §II].' })
@Entity()
export class Replacement extends DatedEntity {
  @RefField(() => SocialWorkerPost, { description: 'Le poste remplacé.' })
  @ManyToOne(() => SocialWorkerPost, { index: true })
  post!: SocialWorkerPost;

  @RefField(() => PostAssignment, { withheld: true, description: 'L’occupation (un agent sur un autre poste) qui le remplace.' })
  @ManyToOne(() => PostAssignment, { index: true })
  replacing!: PostAssignment;

  @Field(() => ReplacementReason)
  @Enum({ items: () => ReplacementReason })
  reason!: ReplacementReason;
}
