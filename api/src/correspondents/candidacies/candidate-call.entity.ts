import { Collection, Entity, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Service } from '../../referential/service.entity';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { ImplantationMap } from '../maps/implantation-map.entity';
import { Searchable } from '../../shared/search';

/** A call for candidates, on the basis of the job description and the adopted map [001 art. 4, §2.2]. */
@ObjectType({ description: 'Un appel à candidatures de correspondants pour une carte d’implantation adoptée [001 §2.2].' })
@Entity()
@Searchable('title')
export class CandidateCall extends BaseEntity {
  @Field()
  @Property({ type: 'string' })
  title!: string;

  @RefField(() => ImplantationMap, { description: 'La carte adoptée sur laquelle l’appel est ouvert.' })
  @ManyToOne(() => ImplantationMap, { index: true })
  map!: ImplantationMap;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  openingDate!: IsoDate;

  @Field(() => DateScalar)
  @Property({ type: 'date' })
  closingDate!: IsoDate;

  @Field(() => String, { nullable: true, description: 'La fiche d’emploi à laquelle l’appel renvoie.' })
  @Property({ type: 'text', nullable: true })
  jobDescription: string | null = null;

  /** The services concerned (on the map); read through the `services` field resolver. */
  @ManyToMany(() => Service)
  services = new Collection<Service>(this);
}
