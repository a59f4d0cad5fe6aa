import { Entity, Enum, ManyToOne, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Agent } from '../referential/agent.entity';
import { BaseEntity } from '../shared/base.entity';
import { RefField } from '../shared/ref-field';
import { CommissionMember } from './commission-member.entity';
import { CommissionSession } from './commission-session.entity';
import { AttendanceCapacity } from './enums';

/** A correspondent at a plenary session: as an observer, or as an expert at a member's request [001 §2.4]. */
@ObjectType({ description: 'La présence d’une personne à une séance de commission, hors membres.' })
@Entity()
@Unique({ properties: ['session', 'agent'] })
export class SessionAttendance extends BaseEntity {
  @RefField(() => CommissionSession)
  @ManyToOne(() => CommissionSession, { index: true, deleteRule: 'cascade' })
  session!: CommissionSession;

  @RefField(() => Agent, {
    withheld: true,
    description: 'Le correspondant (un agent dont la nomination est en cours à la date de la séance).',
  })
  @ManyToOne(() => Agent, { index: true })
  agent!: Agent;

  @Field(() => AttendanceCapacity)
  @Enum({ items: () => AttendanceCapacity })
  capacity!: AttendanceCapacity;

  @RefField(() => CommissionMember, { nullable: true, description: 'Pour un expert : le membre qui l’a fait venir.' })
  @ManyToOne(() => CommissionMember, { nullable: true })
  requestedBy: CommissionMember | null = null;
}
