import { Entity, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { Searchable } from '../shared/search';

/** An overseas collectivity (COM, art. 74 of the Constitution), outside the region/department grid. */
@ObjectType({ description: 'Une collectivité d’outre-mer.' })
@Entity()
@Searchable('code', 'name')
export class OverseasCollectivity extends BaseEntity {
  @Field({ description: 'INSEE code, e.g. "987".' })
  @Property({ type: 'string', length: 3, unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;
}
