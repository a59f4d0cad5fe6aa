import { Entity, Enum, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { DateScalar, type IsoDate } from '../shared/scalars';
import { Appointment } from './appointment.entity';
import { MissionLetterStatus, TimeCreditUnit } from './enums';

/**
 * The mission letter of an appointment [000; 001 §2.5], one record per revision (every version is kept):
 * DRAFT (editable) → PARTIALLY_SIGNED → SIGNED (three dated signatures) → SUPERSEDED (when the next revision is signed).
 * The time credit is a number with a unit: vague wording cannot be recorded, except as a flagged historical 2007 letter.
 */
@ObjectType({ description: 'La lettre de mission d’un correspondant : son crédit de temps et ses trois signatures ; signée, elle rend la nomination effective [001 §2.5].' })
@Entity()
@Unique({ properties: ['appointment', 'revision'] })
export class MissionLetter extends BaseEntity {
  @RefField(() => Appointment)
  @ManyToOne(() => Appointment, { index: true })
  appointment!: Appointment;

  @Field(() => Int)
  @Property({ type: 'integer' })
  revision: Opt<number> = 1;

  @RefField(() => MissionLetter, { nullable: true, description: 'The revision this one replaces.' })
  @ManyToOne(() => MissionLetter, { nullable: true })
  previous: MissionLetter | null = null;

  @Field(() => MissionLetterStatus)
  @Enum({ items: () => MissionLetterStatus })
  status: Opt<MissionLetterStatus> = MissionLetterStatus.DRAFT;

  @Field(() => Float, { nullable: true, description: 'The time dedicated to the mission, in `timeCreditUnit`.' })
  @Property({ type: 'double', nullable: true })
  timeCreditAmount: number | null = null;

  @Field(() => TimeCreditUnit, { nullable: true })
  @Enum({ items: () => TimeCreditUnit, nullable: true })
  timeCreditUnit: TimeCreditUnit | null = null;

  @Field(() => Boolean, { description: 'A letter of the 2007 regime kept as a historical record: its time credit may be vague.' })
  @Property({ type: 'boolean', default: false })
  historical: Opt<boolean> = false;

  @Field(() => String, { nullable: true, description: 'Historical letters only: the wording of the time credit as written.' })
  @Property({ type: 'text', nullable: true })
  historicalTimeCredit: string | null = null;

  @Field(() => String, { nullable: true, description: 'Logistic and functional means (documentation, intranet, office and phone equipment…).' })
  @Property({ type: 'text', nullable: true })
  means: string | null = null;

  @Field(() => String, { nullable: true, description: 'The dedicated email address of the correspondent.' })
  @Property({ type: 'string', nullable: true })
  dedicatedEmail: string | null = null;

  @Field(() => String, { nullable: true, description: 'Initial (e-learning) and continuing training modalities.' })
  @Property({ type: 'text', nullable: true })
  trainingModalities: string | null = null;

  @Field(() => Boolean, { description: 'The mission is mentioned in the annual professional interview [001 §2.7].' })
  @Property({ type: 'boolean', default: true })
  annualInterviewMention: Opt<boolean> = true;

  @Field(() => String, { nullable: true, description: 'Place of the correspondent in the organigramme.' })
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

  @Field(() => DateScalar, { nullable: true, description: 'The date of the last of the three signatures.' })
  @Property({ type: 'date', nullable: true, index: true })
  signedOn: IsoDate | null = null;
}
