import { Entity, Enum, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Department } from './department.entity';
import { DesignatingAuthority, ServiceKind } from './enums';
import { Ministry } from './ministry.entity';
import { OverseasCollectivity } from './overseas-collectivity.entity';
import { Searchable } from '../shared/search';

/** An organisational unit, or a geographically distinct part of one [001 art. 3]; a tree through `parent`. */
@ObjectType({ description: 'Un service du ministère (administration centrale, préfecture, DDI…), placé dans l’arborescence, daté.' })
@Entity()
@Searchable('code', 'name')
// A department's services in their list order (`Department.services`): its first rows read straight from the index.
@Index({ name: 'service_department_id_code_id_index', properties: ['department', 'code', 'id'] })
export class Service extends DatedEntity {
  @Field()
  @Property({ type: 'string', unique: true })
  code!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @Field(() => ServiceKind)
  @Enum({ items: () => ServiceKind })
  kind!: ServiceKind;

  @RefField(() => Service, { nullable: true })
  @ManyToOne(() => Service, { nullable: true, index: true })
  parent: Service | null = null;

  @RefField(() => Department, { nullable: true, description: 'Vide pour l’administration centrale.' })
  @ManyToOne(() => Department, { nullable: true, index: true })
  department: Department | null = null;

  @RefField(() => OverseasCollectivity, { nullable: true })
  @ManyToOne(() => OverseasCollectivity, { nullable: true, index: true })
  overseasCollectivity: OverseasCollectivity | null = null;

  @Field(() => DesignatingAuthority)
  @Enum({ items: () => DesignatingAuthority })
  designatingAuthority!: DesignatingAuthority;

  @RefField(() => Ministry)
  @ManyToOne(() => Ministry, { index: true })
  ministry!: Ministry;

  /** The Préfecture de police has its own social service: its staff are outside the network's headcounts [004 §I]. */
  @Field(() => Boolean, {
    description: 'Hors du réseau du service social (par exemple la Préfecture de police, qui a son propre service social) [004 §I].',
  })
  @Property({ type: 'boolean', default: false })
  excludedFromNetwork: Opt<boolean> = false;
}
