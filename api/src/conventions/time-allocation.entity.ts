import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Region } from '../referential/region.entity';
import { Service } from '../referential/service.entity';
import { PostAssignment } from '../network/post-assignment.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Convention } from './convention.entity';
import { AllocationTarget } from './enums';

/** A share of an assignment's time, under a convention, to a service, a region or the function; ETP = work quota × share [003 annex 5]. */
@ObjectType({ description: 'La part du temps de travail d’un poste affectée à un service, une région ou une fonction [003].' })
@Entity()
export class TimeAllocation extends DatedEntity {
  @RefField(() => Convention, { withheld: true })
  @ManyToOne(() => Convention, { index: true })
  convention!: Convention;

  @RefField(() => PostAssignment, { withheld: true })
  @ManyToOne(() => PostAssignment, { index: true })
  assignment!: PostAssignment;

  @Field(() => AllocationTarget)
  @Enum({ items: () => AllocationTarget })
  targetKind!: AllocationTarget;

  @RefField(() => Service, { nullable: true })
  @ManyToOne(() => Service, { nullable: true, index: true })
  service: Service | null = null;

  @RefField(() => Region, { nullable: true })
  @ManyToOne(() => Region, { nullable: true, index: true })
  region: Region | null = null;

  @Field(() => Float, { description: 'Fraction du temps de travail de l’occupation (les parts d’une occupation font 1 au total).' })
  @Property({ type: 'double', runtimeType: 'number' })
  share!: number;
}
