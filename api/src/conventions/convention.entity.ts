import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { Population } from '../referential/enums';
import { Ministry } from '../referential/ministry.entity';
import { SocialWorkerPost } from '../network/social-worker-post.entity';
import { DatedEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { ConventionBasis, ConventionKind, ServiceDirection } from './enums';
import { Searchable } from '../shared/search';

/**
 * A signed convention or the decision that stands for one (validFrom = effective date).
 * Its zone is in `ConventionScope`, its shares of time in `TimeAllocation`. Kind-specific fields are null for the other kinds.
 */
@ObjectType({
  description: 'Une convention de prestation de service social entre le ministère et un partenaire, datée, avec ses périmètres [003].',
})
@Entity()
@Searchable('reference', 'title')
export class Convention extends DatedEntity {
  @Field()
  @Property({ type: 'string', unique: true })
  reference!: string;

  @Field()
  @Property({ type: 'string' })
  title!: string;

  @Field(() => ConventionKind)
  @Enum({ items: () => ConventionKind })
  kind!: ConventionKind;

  @Field(() => ConventionBasis)
  @Enum({ items: () => ConventionBasis })
  basis!: ConventionBasis;

  @Field(() => String, { nullable: true, description: 'Le texte signé ou la décision (référence, extrait).' })
  @Property({ type: 'text', nullable: true })
  sourceText: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  signedOn: IsoDate | null = null;

  @Field(() => Boolean, { description: 'Renouvelée chaque année par tacite reconduction [003 annexes 4–5].' })
  @Property({ type: 'boolean', default: false })
  tacitRenewal: Opt<boolean> = false;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  renewalTerms: string | null = null;

  @RefField(() => SocialWorkerPost, { nullable: true, description: 'ASS_SERVICE : le poste d’ASS ; CTR_INTERREGIONAL : le poste de CTR.' })
  @ManyToOne(() => SocialWorkerPost, { nullable: true, index: true })
  post: SocialWorkerPost | null = null;

  @Field(() => Float, {
    description:
      'Part de temps indicative de la fonction (environ 0,2 ETP pour un ASS à temps plein [003 annexe 5]) ; une part très différente donne un avertissement.',
  })
  @Property({ type: 'double', runtimeType: 'number', default: 0.2 })
  functionShareGuideline: Opt<number> = 0.2;

  @Field(() => Float, { description: 'L’écart à la part indicative au-delà duquel une part de fonction donne un avertissement.' })
  @Property({ type: 'double', runtimeType: 'number', default: 0.05 })
  functionShareTolerance: Opt<number> = 0.05;

  @Field(() => Float, {
    nullable: true,
    description: 'CTR_INTERREGIONAL (et ASS_SERVICE) : temps de secrétariat, en ETP [003 annexes 4–5].',
  })
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  secretarialEtp: number | null = null;

  @RefField(() => Ministry, { nullable: true, description: 'INTERMINISTERIAL : le ministère partenaire.' })
  @ManyToOne(() => Ministry, { nullable: true, index: true })
  partnerMinistry: Ministry | null = null;

  @Field(() => ServiceDirection, { nullable: true, description: 'INTERMINISTERIAL: who serves whom.' })
  @Enum({ items: () => ServiceDirection, nullable: true })
  direction: ServiceDirection | null = null;

  @Field(() => [Population], { description: 'INTERMINISTERIAL : les populations couvertes.' })
  @Enum({ items: () => Population, array: true, default: [] })
  populations: Opt<Population[]> = [];

  @Field(() => Float, {
    nullable: true,
    description: 'INTERMINISTERIAL : les ETP fournis, tels que convenus (sans compensation financière [004 §III.1]).',
  })
  @Property({ type: 'double', runtimeType: 'number', nullable: true })
  etpProvided: number | null = null;
}
