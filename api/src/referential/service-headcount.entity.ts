import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Population } from './enums';
import { Service } from './service.entity';

/** The number of agents of one population in a service over a period. */
@ObjectType({ description: 'L’effectif déclaré d’un service pour une population, daté [004 §II].' })
@Entity()
export class ServiceHeadcount extends DatedEntity {
  @RefField(() => Service)
  @ManyToOne(() => Service, { index: true })
  service!: Service;

  @Field(() => Population)
  @Enum({ items: () => Population })
  population!: Population;

  @Field(() => Int)
  @Property({ type: 'integer' })
  count!: number;
}
