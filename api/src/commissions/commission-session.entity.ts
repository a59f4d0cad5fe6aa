import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Commission } from './commission.entity';
import { Searchable } from '../shared/search';

/** A plenary session of a commission. */
@ObjectType({ description: 'Une séance d’une commission : ses présents et ses avis.' })
@Entity()
@Searchable('agenda')
export class CommissionSession extends BaseEntity {
  @RefField(() => Commission)
  @ManyToOne(() => Commission, { index: true })
  commission!: Commission;

  @Field(() => DateScalar)
  @Property({ type: 'date', index: true })
  date!: IsoDate;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  agenda: string | null = null;
}
