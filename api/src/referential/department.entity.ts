import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Region } from './region.entity';
import { Searchable } from '../shared/search';

/** An INSEE department (101). */
@ObjectType({ description: 'Un département (code INSEE), rattaché à sa région.' })
@Entity()
@Searchable('code', 'name')
export class Department extends BaseEntity {
  @Field({ description: 'INSEE code, e.g. "2A", "75", "971".' })
  @Property({ type: 'string', length: 3, unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @RefField(() => Region)
  @ManyToOne(() => Region, { index: true })
  region!: Region;
}
