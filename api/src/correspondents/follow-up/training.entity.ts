import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Agent } from '../../referential/agent.entity';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { TrainingKind } from '../enums';
import { Searchable } from '../../shared/search';

/** A training followed by a correspondent: initial e-learning at taking up the function, or continuing [001 art. 6, §2.6]. */
@ObjectType({ description: 'Une formation suivie par un correspondant, initiale ou continue [001 §2.4].' })
@Entity()
@Searchable('title')
export class Training extends BaseEntity {
  @RefField(() => Agent, { withheld: true })
  @ManyToOne(() => Agent, { index: true })
  agent!: Agent;

  @Field(() => TrainingKind)
  @Enum({ items: () => TrainingKind })
  kind!: TrainingKind;

  @Field()
  @Property({ type: 'string' })
  title!: string;

  @Field(() => DateScalar, { description: 'Date d’achèvement.' })
  @Property({ type: 'date', index: true })
  date!: IsoDate;

  @Field(() => Float, { nullable: true })
  @Property({ type: 'double', nullable: true })
  hours: number | null = null;
}
