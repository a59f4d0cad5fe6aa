import { Entity, ManyToOne } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { Department } from '../referential/department.entity';
import { Region } from '../referential/region.entity';
import { Service } from '../referential/service.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Convention } from './convention.entity';

/**
 * One entry of a convention's zone: a service, a department or a region, in force from a day to a day (the zone as of
 * D is its entries valid on D: issue 17). Time may be allocated only inside the zone, for as long as it is there.
 * A small service may be `countedWith` its main service: its time is then allocated to the main one [003 annex 5].
 */
@ObjectType({
  description: 'Un périmètre couvert par une convention : service, département ou région, dans un sens (reçoit ou fournit) [003].',
})
@Entity()
export class ConventionScope extends DatedEntity {
  @RefField(() => Convention)
  @ManyToOne(() => Convention, { index: true, deleteRule: 'cascade' })
  convention!: Convention;

  @RefField(() => Service, { nullable: true })
  @ManyToOne(() => Service, { nullable: true, index: true })
  service: Service | null = null;

  @RefField(() => Department, { nullable: true })
  @ManyToOne(() => Department, { nullable: true, index: true })
  department: Department | null = null;

  @RefField(() => Region, { nullable: true })
  @ManyToOne(() => Region, { nullable: true, index: true })
  region: Region | null = null;

  @RefField(() => Service, { nullable: true, description: 'Un petit service compté avec son service principal (qui reçoit le temps).' })
  @ManyToOne(() => Service, { nullable: true })
  countedWith: Service | null = null;
}
