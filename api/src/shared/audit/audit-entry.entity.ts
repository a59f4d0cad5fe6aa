import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { JSONObjectResolver } from 'graphql-scalars';
import { RequestLogEntry } from './request-log.entity';

export enum AuditAction {
  CREATE = 'CREATE',
  UPDATE = 'UPDATE',
  DELETE = 'DELETE',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'Ce qu’une entrée d’historique enregistre : création, modification ou suppression.',
});

/** One change of one record, written in the transaction of the change itself (DOMAIN.md §7). */
@ObjectType({
  description: 'Une entrée de l’historique : qui a créé, modifié ou supprimé quel enregistrement, quand, avec les valeurs avant et après.',
})
@Entity()
@Index({ properties: ['entityName', 'entityId', 'at'] })
@Index({ properties: ['requestId'] })
export class AuditEntry extends RequestLogEntry {
  @Field({ description: 'Type de l’enregistrement concerné.' })
  @Property({ type: 'string' })
  entityName!: string;

  @Field(() => ID, { description: 'Identifiant de l’enregistrement concerné.' })
  @Property({ type: 'string' })
  entityId!: string;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction })
  action!: AuditAction;

  /** The changed fields before the change (null on creation). */
  @Field(() => JSONObjectResolver, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before: Record<string, unknown> | null = null;

  /** The changed fields after the change (null on deletion). */
  @Field(() => JSONObjectResolver, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after: Record<string, unknown> | null = null;
}
