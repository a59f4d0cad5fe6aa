import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Service } from './service.entity';
import { Searchable } from '../shared/search';

/** A site (address) of a service. */
@ObjectType({ description: 'Un site (adresse) d’un service.' })
@Entity()
@Searchable('label', 'address', 'city', 'postalCode')
export class ServiceSite extends BaseEntity {
  @RefField(() => Service)
  @ManyToOne(() => Service, { index: true })
  service!: Service;

  @Field()
  @Property({ type: 'string' })
  label!: string;

  @Field()
  @Property({ type: 'string' })
  address!: string;

  @Field()
  @Property({ type: 'string', length: 5 })
  postalCode!: string;

  @Field()
  @Property({ type: 'string' })
  city!: string;
}
