import { Entity, Enum, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { CommissionSession } from '../../commissions/commission-session.entity';
import { Opinion } from '../../commissions/opinion.entity';
import { Department } from '../../referential/department.entity';
import { DesignatingAuthority } from '../../referential/enums';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { ImplantationMapStatus } from '../enums';
import { Searchable } from '../../shared/search';

/**
 * The list of the services (or geographically distinct parts) of a perimeter that need at least one correspondent,
 * set by arrêté of the perimeter's authority after the commission's opinion [001 art. 3, §2.1]. One record per
 * revision: DRAFT → SUBMITTED → OPINION_GIVEN → ADOPTED → SUPERSEDED (by the adoption of the next revision).
 */
@ObjectType({
  description: 'La carte d’implantation des correspondants d’un département : les services qui en ont, et combien [001 §2.1].',
})
@Entity()
@Searchable('title', 'arreteNumber')
export class ImplantationMap extends BaseEntity {
  @Field()
  @Property({ type: 'string' })
  title!: string;

  @RefField(() => Department, { nullable: true, description: 'Le département de la carte d’un préfet ; vide pour un périmètre central.' })
  @ManyToOne(() => Department, { nullable: true, index: true })
  department: Department | null = null;

  @Field(() => DesignatingAuthority, { description: 'L’autorité qui adopte la carte et nomme les correspondants [001 art. 3].' })
  @Enum({ items: () => DesignatingAuthority })
  authority!: DesignatingAuthority;

  @Field(() => Int, { description: '1 pour la première carte du périmètre, puis +1 à chaque révision.' })
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @RefField(() => ImplantationMap, { nullable: true, description: 'La version que celle-ci révise.' })
  @ManyToOne(() => ImplantationMap, { nullable: true })
  previous: ImplantationMap | null = null;

  @Field(() => ImplantationMapStatus)
  @Enum({ items: () => ImplantationMapStatus })
  status: Opt<ImplantationMapStatus> = ImplantationMapStatus.DRAFT;

  @Field(() => String, {
    nullable: true,
    description: 'Motivation ; peut citer les critères de 2007 (dispersion des sites, effectifs, moyens de communication) [002 §1].',
  })
  @Property({ type: 'text', nullable: true })
  rationale: string | null = null;

  @RefField(() => CommissionSession, { nullable: true, description: 'La séance à laquelle la carte a été soumise.' })
  @ManyToOne(() => CommissionSession, { nullable: true })
  session: CommissionSession | null = null;

  @RefField(() => Opinion, { nullable: true })
  @ManyToOne(() => Opinion, { nullable: true })
  opinion: Opinion | null = null;

  @Field(() => String, { nullable: true, description: 'Pourquoi l’adoption s’écarte de l’avis de la commission.' })
  @Property({ type: 'text', nullable: true })
  decisionReason: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  arreteNumber: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  arreteDate: IsoDate | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  arreteSignatory: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'En vigueur à partir de (la date de l’arrêté).' })
  @Property({ type: 'date', nullable: true, index: true })
  inForceFrom: IsoDate | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'En vigueur jusqu’au (la veille de l’arrêté de la révision suivante).' })
  @Property({ type: 'date', nullable: true })
  inForceTo: IsoDate | null = null;
}
