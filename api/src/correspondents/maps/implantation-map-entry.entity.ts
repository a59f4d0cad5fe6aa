import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Service } from '../../referential/service.entity';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { ImplantationMap } from './implantation-map.entity';
import { Searchable } from '../../shared/search';

/** A service of a map and the number of correspondents it needs (at least one [001 §2.1]). */
@ObjectType({ description: 'Une ligne d’une carte d’implantation : un service et le nombre de correspondants qu’il lui faut [001 §2.1].' })
@Entity()
@Searchable('note')
@Unique({ properties: ['map', 'service'] })
export class ImplantationMapEntry extends BaseEntity {
  @RefField(() => ImplantationMap)
  @ManyToOne(() => ImplantationMap, { index: true, deleteRule: 'cascade' })
  map!: ImplantationMap;

  @RefField(() => Service, { withheld: true })
  @ManyToOne(() => Service, { index: true })
  service!: Service;

  @Field(() => Int)
  @Property({ type: 'integer' })
  requiredCount!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}
