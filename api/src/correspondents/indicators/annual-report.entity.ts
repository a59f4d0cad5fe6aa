import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Opinion } from '../../commissions/opinion.entity';
import { Department } from '../../referential/department.entity';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { AnnualReportStatus } from '../enums';
import { Searchable } from '../../shared/search';

/**
 * The annual activity report of a department's correspondents, prepared by the departmental social action service
 * and presented to the commission, which may make proposals [001 §2.7]. Its figures are computed from the data
 * (aggregates only, field `activity`); the record holds the narrative and the commission's opinion.
 */
@ObjectType({ description: 'Le rapport annuel d’activité des correspondants d’un département, présenté à la commission [001 §2.7].' })
@Entity()
@Searchable('narrative')
@Unique({ properties: ['department', 'year'] })
export class AnnualReport extends BaseEntity {
  @RefField(() => Department)
  @ManyToOne(() => Department, { index: true })
  department!: Department;

  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => AnnualReportStatus)
  @Enum({ items: () => AnnualReportStatus })
  status: Opt<AnnualReportStatus> = AnnualReportStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  narrative: string | null = null;

  @RefField(() => Opinion, { nullable: true, description: 'L’avis de la commission, avec ses propositions.' })
  @ManyToOne(() => Opinion, { nullable: true })
  opinion: Opinion | null = null;
}
