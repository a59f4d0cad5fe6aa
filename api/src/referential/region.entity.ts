import { Collection, Entity, OneToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { Department } from './department.entity';
import { Searchable } from '../shared/search';

/** An INSEE region (13 metropolitan + 5 overseas). */
@ObjectType({ description: 'Une région (code INSEE) et ses départements.' })
@Entity()
@Searchable('code', 'name')
export class Region extends BaseEntity {
  @Field({ description: 'Code INSEE, par exemple « 11 » pour l’Île-de-France.' })
  @Property({ type: 'string', length: 3, unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  overseas: Opt<boolean> = false;

  @OneToMany(() => Department, (d) => d.region)
  departments = new Collection<Department>(this);
}
