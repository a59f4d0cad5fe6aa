import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Agent } from '../referential/agent.entity';
import { Ministry } from '../referential/ministry.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { SocialWorkerPost } from './social-worker-post.entity';

/** An agent holding a post over a period, at a work quota (0.8 for 80 % part-time). */
@ObjectType({ description: 'L’occupation d’un poste du service social par un agent, datée [004 §II].' })
@Entity()
export class PostAssignment extends DatedEntity {
  @RefField(() => SocialWorkerPost)
  @ManyToOne(() => SocialWorkerPost, { index: true })
  post!: SocialWorkerPost;

  @RefField(() => Agent, { withheld: true })
  @ManyToOne(() => Agent, { index: true })
  agent!: Agent;

  @Field(() => Float, { description: 'Quotité de travail : 1 pour un temps plein, 0,8 pour 80 %.' })
  @Property({ type: 'double', runtimeType: 'number' })
  workQuota!: number;

  @RefField(() => Ministry, {
    description:
      'L’Intérieur, ou un ministère partenaire dont l’assistant de service social sert par convention et reste géré par lui [004 §III.4].',
  })
  @ManyToOne(() => Ministry, { index: true })
  employingMinistry!: Ministry;
}
