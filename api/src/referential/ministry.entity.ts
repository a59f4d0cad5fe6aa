import { Entity, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { Searchable } from '../shared/search';

/** The Ministry of the Interior or a partner ministry of an interministerial convention. */
@ObjectType({ description: 'Un ministère : le ministère de l’Intérieur, ou un ministère partenaire des conventions.' })
@Entity()
@Searchable('code', 'name')
export class Ministry extends BaseEntity {
  @Field({ description: 'Code court et stable, par exemple « INTERIEUR ».' })
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field(() => Boolean, { description: 'Vrai pour le ministère de l’Intérieur lui-même.' })
  @Property({ type: 'boolean', default: false })
  interior: Opt<boolean> = false;
}
