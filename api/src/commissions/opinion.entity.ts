import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { CommissionSession } from './commission-session.entity';
import { OpinionSubject, OpinionValue } from './enums';
import { Searchable } from '../shared/search';

/**
 * The opinion a commission gives in a session on an implantation map, a candidacy or an annual report.
 * It does not bind: a decision that departs from it records its reason on the decision [001 art. 3–4].
 * Written only by `recordOpinion` (which moves its subject to its next status); the subject points to it.
 */
@ObjectType({ description: 'L’avis d’une commission, rendu en séance, sur une carte, une candidature ou un rapport annuel.' })
@Entity()
@Searchable('reasons', 'proposals')
export class Opinion extends BaseEntity {
  @RefField(() => CommissionSession)
  @ManyToOne(() => CommissionSession, { index: true })
  session!: CommissionSession;

  @Field(() => OpinionSubject)
  @Enum({ items: () => OpinionSubject })
  subject!: OpinionSubject;

  @Field(() => OpinionValue)
  @Enum({ items: () => OpinionValue })
  value!: OpinionValue;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reasons: string | null = null;

  @Field(() => String, { nullable: true, description: 'Les propositions de la commission (sur un rapport annuel) [001 §2.7].' })
  @Property({ type: 'text', nullable: true })
  proposals: string | null = null;
}
