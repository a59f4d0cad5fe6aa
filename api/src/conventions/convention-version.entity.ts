import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { BaseEntity } from '../shared/base.entity';
import { Convention } from './convention.entity';

/** A dated version of a convention's guideline for the function's share of time (issue 17 item 1, shared/versions/). */
@Entity()
export class ConventionVersion extends BaseEntity {
  @ManyToOne(() => Convention, { deleteRule: 'cascade' })
  convention!: Convention;

  @Property({ type: 'string', columnType: 'daterange' })
  valid!: string;

  @Property({ type: 'double', runtimeType: 'number' })
  functionShareGuideline!: number;

  @Property({ type: 'double', runtimeType: 'number' })
  functionShareTolerance!: number;
}
