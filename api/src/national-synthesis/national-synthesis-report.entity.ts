import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Opinion } from '../commissions/opinion.entity';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { Searchable } from '../shared/search';
import { NationalSynthesisStatus } from './enums';

/**
 * The national synthesis of a year's annual reports, prepared by the social action sub-directorate and presented to
 * the CNAS [001 §2.7]. Its figures are computed from the data (field `figures`: every department's and their sum);
 * the record holds the narrative and the CNAS's opinion and proposals, given in a session (`recordOpinion`).
 */
@ObjectType({
  description:
    'La synthèse nationale des rapports annuels d’une année, préparée par la sous-direction de l’action sociale et présentée à la CNAS [001 §2.7].',
})
@Entity()
@Searchable('narrative')
export class NationalSynthesisReport extends BaseEntity {
  @Field(() => Int)
  @Property({ type: 'integer', unique: true })
  year!: number;

  @Field(() => NationalSynthesisStatus)
  @Enum({ items: () => NationalSynthesisStatus })
  status: Opt<NationalSynthesisStatus> = NationalSynthesisStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  narrative: string | null = null;

  @RefField(() => Opinion, {
    nullable: true,
    description: 'L’avis de la CNAS, avec ses propositions, rendu en la séance où la synthèse lui a été présentée.',
  })
  @ManyToOne(() => Opinion, { nullable: true })
  opinion: Opinion | null = null;
}
