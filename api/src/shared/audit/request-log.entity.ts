import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';

/** A line of a log kept per request (audit trail, personal-data access log): who, when, through which request. */
@ObjectType()
@Entity({ abstract: true })
export abstract class RequestLogEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Field()
  @Property({ type: 'string' })
  actor!: string;

  @Field()
  @Property({ type: 'string' })
  requestId!: string;
}
