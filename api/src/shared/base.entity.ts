import { randomUUID } from 'node:crypto';
import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { DateScalar, type IsoDate } from './scalars';

/** Optimistic locking and timestamps shared by every record. */
@ObjectType()
@Entity({ abstract: true })
export abstract class TrackedEntity {
  abstract id: string;

  /** Optimistic lock: an update must carry the version it read, else it is refused as a conflict. */
  @Field(() => Int)
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => DateTimeResolver)
  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** A record identified by a generated UUID. */
@ObjectType()
@Entity({ abstract: true })
export abstract class BaseEntity extends TrackedEntity {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();
}

/** A record with a validity period [validFrom, validTo], both inclusive: the basis of every `asOf` query. */
@ObjectType()
@Entity({ abstract: true })
export abstract class DatedEntity extends BaseEntity {
  @Field(() => DateScalar)
  @Property({ type: 'date', index: true })
  validFrom!: IsoDate;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', nullable: true })
  validTo: IsoDate | null = null;
}
