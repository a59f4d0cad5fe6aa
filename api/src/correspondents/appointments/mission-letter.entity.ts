import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../shared/base.entity';
import { RefField } from '../../shared/ref-field';
import { DateScalar, type IsoDate } from '../../shared/scalars';
import { Appointment } from './appointment.entity';
import { MissionLetterStatus, TimeCreditUnit } from '../enums';

/**
 * The mission letter of an appointment [000; 001 §2.5], one record per revision (every version is kept):
 * DRAFT (editable) → PARTIALLY_SIGNED → SIGNED (three dated signatures) → SUPERSEDED (when the next revision is signed).
 * The time credit is a number with a unit: vague wording cannot be recorded, except as a flagged historical 2007 letter.
 */
@ObjectType({
  description:
    'La lettre de mission d’un correspondant : son crédit de temps et ses trois signatures ; signée, elle rend la nomination effective [001 §2.5].',
})
@Entity()
@Unique({ properties: ['appointment', 'revision'] })
export class MissionLetter extends BaseEntity {
  @RefField(() => Appointment)
  @ManyToOne(() => Appointment, { index: true })
  appointment!: Appointment;

  @Field(() => Int)
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @RefField(() => MissionLetter, { nullable: true, description: 'La version que celle-ci remplace.' })
  @ManyToOne(() => MissionLetter, { nullable: true })
  previous: MissionLetter | null = null;

  @Field(() => MissionLetterStatus)
  @Enum({ items: () => MissionLetterStatus })
  status: Opt<MissionLetterStatus> = MissionLetterStatus.DRAFT;

  @Field(() => Float, { nullable: true, description: 'Le temps consacré à la mission, dans l’unité `timeCreditUnit`.' })
  @Property({ type: 'double', nullable: true })
  timeCreditAmount: number | null = null;

  @Field(() => TimeCreditUnit, { nullable: true })
  @Enum({ items: () => TimeCreditUnit, nullable: true })
  timeCreditUnit: TimeCreditUnit | null = null;

  @Field(() => Boolean, { description: 'Une lettre du régime de 2007 conservée pour mémoire : son crédit de temps peut être imprécis.' })
  @Property({ type: 'boolean', default: false })
  historical: Opt<boolean> = false;

  @Field(() => String, {
    nullable: true,
    description: 'Lettres historiques seulement : le libellé du crédit de temps tel qu’il était écrit.',
  })
  @Property({ type: 'text', nullable: true })
  historicalTimeCredit: string | null = null;

  @Field(() => String, { nullable: true, description: 'Moyens logistiques et fonctionnels (documentation, intranet, bureau, téléphone…).' })
  @Property({ type: 'text', nullable: true })
  means: string | null = null;

  @Field(() => String, { nullable: true, description: 'L’adresse électronique dédiée du correspondant.' })
  @Property({ type: 'string', nullable: true })
  dedicatedEmail: string | null = null;

  @Field(() => String, { nullable: true, description: 'Modalités de formation initiale (e-learning) et continue.' })
  @Property({ type: 'text', nullable: true })
  trainingModalities: string | null = null;

  @Field(() => Boolean, { description: 'La mission est évoquée lors de l’entretien professionnel annuel [001 §2.7].' })
  @Property({ type: 'boolean', default: true })
  annualInterviewMention: Opt<boolean> = true;

  @Field(() => String, { nullable: true, description: 'Place du correspondant dans l’organigramme.' })
  @Property({ type: 'text', nullable: true })
  organigrammePlacement: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  agentSignedOn: IsoDate | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  headOfServiceSignedOn: IsoDate | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  headOfServiceName: string | null = null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  socialActionHeadSignedOn: IsoDate | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', nullable: true })
  socialActionHeadName: string | null = null;

  @Field(() => DateScalar, { nullable: true, description: 'La date de la dernière des trois signatures.' })
  @Property({ type: 'date', nullable: true, index: true })
  signedOn: IsoDate | null = null;
}
