import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Commission } from '../commissions/commission.entity';
import { Opinion } from '../commissions/opinion.entity';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Searchable } from '../shared/search';
import { ConsultationStatus, ConsultationTopic } from './enums';

/**
 * A question put to a CLAS, which « doi[t] être informée[s] et consultée[s] … [sur] les conditions d’exercice de
 * [leurs] missions » of the correspondents [001 §1]: what is submitted, when, and the opinion given in a session.
 */
@ObjectType({
  description:
    'Une consultation d’une CLAS sur les conditions d’exercice des missions des correspondants : ce qui est soumis, quand, et l’avis rendu en séance [001 §1].',
})
@Entity()
@Searchable('title', 'description')
export class Consultation extends BaseEntity {
  @RefField(() => Commission, { description: 'Le CLAS consulté (départemental, ou d’un périmètre central).' })
  @ManyToOne(() => Commission, { index: true })
  commission!: Commission;

  @Field(() => ConsultationTopic)
  @Enum({ items: () => ConsultationTopic })
  topic: Opt<ConsultationTopic> = ConsultationTopic.WORKING_CONDITIONS;

  @Field()
  @Property({ type: 'string' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Ce dont la commission est informée et sur quoi elle est consultée.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => DateScalar, { description: 'Le jour où la question a été posée à la commission.' })
  @Property({ type: 'date', index: true })
  submittedOn!: IsoDate;

  @Field(() => ConsultationStatus)
  @Enum({ items: () => ConsultationStatus })
  status: Opt<ConsultationStatus> = ConsultationStatus.SUBMITTED;

  @RefField(() => Opinion, { nullable: true, description: 'L’avis de la commission, rendu en l’une de ses séances.' })
  @ManyToOne(() => Opinion, { nullable: true })
  opinion: Opinion | null = null;
}
