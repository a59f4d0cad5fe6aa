import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Each caller's last write position on the primary (see write-position.ts): no GraphQL type, written and read in SQL.
 * An entity only so that the schema diff of `pnpm migration:create` knows the table.
 */
@Entity({ tableName: 'write_position' })
export class WritePosition {
  @PrimaryKey({ type: 'string' })
  actor!: string;

  @Property({ type: 'string', columnType: 'pg_lsn' })
  lsn!: string;

  @Property({ type: 'datetime' })
  writtenAt!: Date;
}
