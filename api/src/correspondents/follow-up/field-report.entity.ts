import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { Appointment } from '../appointments/appointment.entity';
import { Searchable } from '../../shared/search';

/**
 * What a correspondent passes on of the agents' needs and expectations [000], difficulties included [001 §3].
 * Never personal case data (DOMAIN.md §7): the rules refuse texts that look like they hold some.
 */
@ObjectType({ description: 'Un compte rendu de terrain d’un correspondant (difficultés signalées, actions) [001 §2.6].' })
@Entity()
@Searchable('topic', 'text', 'followUp')
export class FieldReport extends BaseEntity {
  @RefField(() => Appointment, { description: 'La nomination du correspondant.' })
  @ManyToOne(() => Appointment, { index: true })
  appointment!: Appointment;

  @Field(() => DateScalar)
  @Property({ type: 'date', index: true })
  date!: IsoDate;

  @Field()
  @Property({ type: 'string' })
  topic!: string;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Boolean, { description: 'Une difficulté signalée à la sous-direction de l’action sociale [001 §3].' })
  @Property({ type: 'boolean', default: false })
  difficulty: Opt<boolean> = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  followUp: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  followUpOn: IsoDate | null = null;
}
