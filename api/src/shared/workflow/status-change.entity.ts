import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../base.entity';
import { DateScalar, type IsoDate } from '../scalars';
import { type WorkflowStep, WorkflowStepEnum } from './steps';

/**
 * One transition of a record's status, dated by the act that made it (an arrêté, a session, a signature):
 * the status of any record on any past date is the last change on or before that date. Who made it and through
 * which request is in the audit trail (written in the same flush).
 */
@ObjectType({ description: 'Un changement d’état d’un processus (transition explicite) : de quel état à quel état, quand, qui, pourquoi.' })
@Entity()
@Index({ properties: ['entityName', 'entityId', 'effectiveOn'] })
export class StatusChange extends BaseEntity {
  @Field({ description: 'Nom du type GraphQL de l’enregistrement, par exemple « ImplantationMap ».' })
  @Property({ type: 'string' })
  entityName!: string;

  @Field(() => ID, { description: 'Identifiant de l’enregistrement dont l’état a changé.' })
  @Property({ type: 'uuid' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'Vide à la création.' })
  @Property({ type: 'string', nullable: true })
  fromStatus: string | null = null;

  @Field({ description: 'L’état atteint.' })
  @Property({ type: 'string' })
  toStatus!: string;

  @Field(() => WorkflowStepEnum, { description: 'L’étape enregistrée : la création ou la transition appliquée.' })
  @Property({ type: 'string' })
  action!: WorkflowStep;

  @Field(() => DateScalar, { description: 'La date d’effet de la transition (celle de l’acte).' })
  @Property({ type: 'date' })
  effectiveOn!: IsoDate;

  @Field(() => String, { description: 'Le motif donné, s’il y en a un.', nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
}
